import Foundation
import RunbookCore

extension String {
    /// The first occurrence of `needle`, compared byte for byte as UTF-8. Looking for a tag in a
    /// whole page this way costs a few thousand instructions; Foundation's `range(of:)`, which
    /// compares by Unicode rules, and the generic `utf8.firstRange(of:)` cost millions
    /// (callgrind, `make bench`).
    func firstByteRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let found: Int? = withUTF8Bytes { bytes in
            var index = 0
            while let candidate = bytes.offset(of: first, from: index), candidate + pattern.count <= bytes.count {
                if bytes[candidate..<candidate + pattern.count].elementsEqual(pattern) { return candidate }
                index = candidate + 1
            }
            return nil
        }
        guard let start = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }

    /// The string's UTF-8 bytes, without a copy when it is stored as contiguous UTF-8 (a native
    /// string always is; a copy made contiguous has the same bytes at the same offsets).
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start`, found by libc's `memchr`, which looks at
    /// many bytes per instruction: a byte-by-byte loop over every code block cost a batch row 6 %.
    func offset(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress,
              let hit = memchr(base + start, Int32(byte), count - start)
        else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
}
