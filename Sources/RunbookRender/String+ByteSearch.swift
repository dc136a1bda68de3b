import Foundation

extension String {
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
