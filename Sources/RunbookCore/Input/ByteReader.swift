import Foundation

/// Reads a file in fixed-size chunks, byte by byte, so that a batch file of any length is read with
/// the same memory. Counts lines as it goes: a line ends at LF, CR LF or a lone CR.
package final class ByteReader {
    private let handle: FileHandle
    /// The file's path, for messages.
    let path: String
    private var buffer: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private static let chunkSize = 1 << 16

    /// The 1-based line of the next byte.
    private(set) var line = 1
    private var lastWasCR = false

    init(_ handle: FileHandle, path: String) {
        self.handle = handle
        self.path = path
    }

    /// Skips a UTF-8 byte order mark at the start, as spreadsheet programs write one.
    func skipByteOrderMark() throws {
        guard try peek() == 0xEF else { return }
        try fill(atLeast: 3)
        if buffer.count - position >= 3, buffer[position + 1] == 0xBB, buffer[position + 2] == 0xBF { position += 3 }
    }

    /// The next byte without consuming it; nil at the end.
    func peek() throws -> UInt8? {
        if position == buffer.count { try fill(atLeast: 1) }
        return position < buffer.count ? buffer[position] : nil
    }

    /// The next byte; nil at the end.
    @inline(__always)
    func next() throws -> UInt8? {
        if position == buffer.count {
            try fill(atLeast: 1)
            if position == buffer.count { return nil }
        }
        let byte = buffer[position]
        position += 1
        switch byte {
        case UInt8(ascii: "\n"):
            if !lastWasCR { line += 1 }
            lastWasCR = false
        case UInt8(ascii: "\r"):
            line += 1
            lastWasCR = true
        default:
            lastWasCR = false
        }
        return byte
    }

    /// The bytes up to the end of the line (LF, CR LF or CR), without the line break; nil at the end.
    func nextLine() throws -> [UInt8]? {
        guard try peek() != nil else { return nil }
        var bytes: [UInt8] = []
        while let byte = try next() {
            if byte == UInt8(ascii: "\n") { break }
            if byte == UInt8(ascii: "\r") {
                if try peek() == UInt8(ascii: "\n") { _ = try next() }
                break
            }
            bytes.append(byte)
        }
        return bytes
    }

    private func fill(atLeast count: Int) throws {
        if position > 0 {
            buffer.removeFirst(position)
            position = 0
        }
        while !atEnd, buffer.count < count {
            guard let chunk = try handle.read(upToCount: Self.chunkSize), !chunk.isEmpty else {
                atEnd = true
                break
            }
            buffer.append(contentsOf: chunk)
        }
    }
}
