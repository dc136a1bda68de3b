extension String {
    /// The first occurrence of `needle`, compared byte for byte as UTF-8. Looking for a tag in a
    /// whole page this way costs a few thousand instructions; Foundation's `range(of:)`, which
    /// compares by Unicode rules, and the generic `utf8.firstRange(of:)` cost millions
    /// (callgrind, `make bench`).
    func firstByteRange(of needle: String) -> Range<String.Index>? {
        let pattern = Array(needle.utf8)
        guard let first = pattern.first else { return nil }
        let offset: Int?? = utf8.withContiguousStorageIfAvailable { bytes in
            guard pattern.count <= bytes.count else { return nil }
            var index = 0
            while index <= bytes.count - pattern.count {
                if bytes[index] == first, bytes[index..<index + pattern.count].elementsEqual(pattern) { return index }
                index += 1
            }
            return nil
        }
        guard let found = offset else {
            // Not stored as contiguous UTF-8 (a bridged string): a contiguous copy is.
            var copy = self
            copy.makeContiguousUTF8()
            return copy.firstByteRange(of: needle).map { range in
                let lower = utf8.index(utf8.startIndex, offsetBy: copy.utf8.distance(from: copy.utf8.startIndex, to: range.lowerBound))
                return lower..<utf8.index(lower, offsetBy: pattern.count)
            }
        }
        guard let start = found else { return nil }
        let lower = utf8.index(utf8.startIndex, offsetBy: start)
        return lower..<utf8.index(lower, offsetBy: pattern.count)
    }
}
