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
    static func resolve(_ markdown: String, linking: Bool) -> String {
        markdown.withUTF8Bytes { bytes in
            var result: [UInt8] = []
            var copied = 0, index = 0
            while let start = bytes.offset(of: open[0], from: index) {
                index = start + 1
                guard let number = number(in: bytes, at: start) else { continue }
                if result.isEmpty { result.reserveCapacity(bytes.count + 256) }
                result.append(contentsOf: bytes[copied..<start])
                if linking {
                    result.append(contentsOf: "[\(number.digits)](#step-\(number.digits))".utf8)
                } else {
                    result.append(contentsOf: number.digits.utf8)
                }
                copied = number.end
                index = number.end
            }
            guard copied > 0 else { return markdown }
            result.append(contentsOf: bytes[copied...])
            return String(decoding: result, as: UTF8.self)
        }
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
