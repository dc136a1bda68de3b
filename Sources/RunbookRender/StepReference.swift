import RunbookCore

/// A step reference in laid-out Markdown, written as a marker so that one layout serves both the
/// Markdown file, where it is the step's number, and the HTML page, where it is a link to the step's
/// anchor (`#step-N`): the layout is most of what a runbook costs, and the two forms differed only
/// here. The markers are private-use characters, which no value holds (the rules take ASCII only);
/// a catalog of one's own that writes one literally gets a number or a link to a step, nothing else.
enum StepReference {
    private static let open: [UInt8] = Array("\u{E010}".utf8)
    private static let close: [UInt8] = Array("\u{E011}".utf8)

    static func marker(_ number: Int) -> String {
        "\u{E010}\(number)\u{E011}"
    }

    /// `markdown` with every marker replaced by its number, or by a link to the step when `linking`.
    /// The markers are found on the bytes; the text between them is copied as slices of the string,
    /// which needs no check that the bytes are UTF-8 (decoding the whole result again did, at a
    /// tenth of a runbook's cost in the service).
    static func resolve(_ markdown: String, linking: Bool) -> String {
        let markers = markdown.withUTF8Bytes { bytes in
            var found: [(start: Int, end: Int, digits: String)] = []
            var index = 0
            while let start = bytes.offset(of: open[0], from: index) {
                index = start + 1
                guard let number = number(in: bytes, at: start) else { continue }
                found.append((start, number.end, number.digits))
                index = number.end
            }
            return found
        }
        guard !markers.isEmpty else { return markdown }
        let utf8 = markdown.utf8
        var result = ""
        result.reserveCapacity(utf8.count + markers.count * (linking ? 20 : 0))
        var copied = utf8.startIndex
        for marker in markers {
            // A marker starts and ends a scalar (it is private-use characters around ASCII digits).
            result += markdown[copied..<utf8.index(utf8.startIndex, offsetBy: marker.start)]
            result += linking ? "[\(marker.digits)](#step-\(marker.digits))" : marker.digits
            copied = utf8.index(utf8.startIndex, offsetBy: marker.end)
        }
        result += markdown[copied...]
        return result
    }

    /// The digits of the marker that starts at `start`, and where the marker ends; nil when the
    /// bytes there are not a whole marker.
    private static func number(in bytes: UnsafeBufferPointer<UInt8>, at start: Int) -> (digits: String, end: Int)? {
        guard bytes.count - start >= open.count, bytes[start..<start + open.count].elementsEqual(open) else { return nil }
        var cursor = start + open.count
        while cursor < bytes.count, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[cursor]) { cursor += 1 }
        let digits = start + open.count..<cursor
        guard !digits.isEmpty, bytes.count - cursor >= close.count,
              bytes[cursor..<cursor + close.count].elementsEqual(close)
        else { return nil }
        return (String(decoding: bytes[digits], as: UTF8.self), cursor + close.count)
    }
}
