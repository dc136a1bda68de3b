import Foundation
import Mustache
import RunbookCore

/// Renders a template once per view shape and fills in the text afterwards.
///
/// swift-mustache looks every name up through dynamic casts (about 30 M instructions for one
/// runbook's Markdown, 60 % of a batch row; see BENCHMARKS.md). Which text a template prints, and
/// where, depends only on the view's shape: which keys exist, how many items each list has, and
/// (for indentation of partials) whether a text is empty or ends with a line break. So the template
/// is rendered by swift-mustache, as before, with a marker in place of each text; the result, cut at
/// the markers, is kept for that shape; and each view of the same shape is its layout with the texts
/// put back. Both languages of a runbook, and most rows of a batch, share a shape.
///
/// A marker holds `&`, so a marker the template HTML-escapes comes out as `&amp;`: that text is then
/// escaped the way swift-mustache escapes it (`htmlEscape`, String.swift of swift-mustache 2.1.1);
/// LayoutCacheTests compare both on HTML and text templates.
final class LayoutCache: @unchecked Sendable {
    private enum Piece {
        case literal(String)
        case value(Int)
        /// A text the template HTML-escapes (`{{name}}` in an HTML template).
        case escapedValue(Int)
    }

    private let lock = NSLock()
    private var layouts: [Shape: [Piece]?] = [:]
    /// Enough for every shape a batch is likely to have; beyond it, new shapes render directly.
    private let capacity = 512

    // Private-use characters, so that a template's own text does not look like a marker (texts are
    // never searched for markers: they are put back by index).
    private static let open: Character = "\u{E000}"
    private static let close: Character = "\u{E001}"
    private static let closeBeforeLineBreak: Character = "\u{E002}"

    /// `view` rendered with `template`, exactly as `library.render(view.mustacheValue, withTemplate:)`.
    func render(_ view: MustacheView, withTemplate template: String, library: MustacheLibrary) -> String? {
        var shape = Array(template.utf8)
        shape.reserveCapacity(4096)
        var texts: [String] = []
        Self.describe(view, into: &shape, texts: &texts)

        lock.lock()
        let cached = layouts[Shape(bytes: shape)]
        lock.unlock()
        let layout: [Piece]?
        if let cached {
            layout = cached
        } else {
            var counter = 0
            guard let marked = library.render(Self.marked(view, counter: &counter), withTemplate: template) else { return nil }
            layout = Self.pieces(of: marked)
            lock.lock()
            if layouts.count < capacity { layouts[Shape(bytes: shape)] = layout }
            lock.unlock()
        }
        guard let layout else { return library.render(view.mustacheValue, withTemplate: template) }
        // `layout` is nil only for a template whose text could not be cut at the markers.
        var text = ""
        text.reserveCapacity(texts.reduce(0) { $0 + $1.utf8.count } * 2)
        for piece in layout {
            switch piece {
            case .literal(let literal): text += literal
            case .value(let index): text += texts[index]
            case .escapedValue(let index): Self.appendEscaped(texts[index], to: &text)
            }
        }
        return text
    }

    /// A view's shape as the cache's key, hashed and compared as one block of bytes (an array of
    /// bytes hashes each byte on its own: a tenth of the lookup's cost for a runbook's shape).
    private struct Shape: Hashable {
        let bytes: [UInt8]

        func hash(into hasher: inout Hasher) {
            bytes.withUnsafeBytes { hasher.combine(bytes: $0) }
        }

        static func == (lhs: Shape, rhs: Shape) -> Bool {
            guard lhs.bytes.count == rhs.bytes.count else { return false }
            return lhs.bytes.withUnsafeBytes { left in
                rhs.bytes.withUnsafeBytes { right in
                    guard let a = left.baseAddress, let b = right.baseAddress else { return true }  // both empty
                    return memcmp(a, b, left.count) == 0
                }
            }
        }
    }

    /// Appends the shape of `view` to `shape` and its non-empty texts, in order, to `texts`.
    private static func describe(_ view: MustacheView, into shape: inout [UInt8], texts: inout [String]) {
        switch view {
        case .text(let text):
            if text.isEmpty {
                shape.append(UInt8(ascii: "e"))
            } else {
                shape.append(text.utf8.last == UInt8(ascii: "\n") ? UInt8(ascii: "n") : UInt8(ascii: "t"))
                texts.append(text)
            }
        case .list(let items):
            shape.append(UInt8(ascii: "["))
            for item in items { describe(item, into: &shape, texts: &texts) }
            shape.append(UInt8(ascii: "]"))
        case .object(let properties):
            shape.append(UInt8(ascii: "{"))
            for entry in properties.entries {
                let (key, value) = (entry.key, entry.value)
                shape.append(contentsOf: key.utf8)
                shape.append(0)
                describe(value, into: &shape, texts: &texts)
            }
            shape.append(UInt8(ascii: "}"))
        }
    }

    /// The view with each non-empty text replaced by its marker, numbered in the order `describe`
    /// lists the texts.
    private static func marked(_ view: MustacheView, counter: inout Int) -> Any {
        switch view {
        case .text(let text):
            if text.isEmpty { return text }
            defer { counter += 1 }
            let endsWithLineBreak = text.utf8.last == UInt8(ascii: "\n")
            return "\(open)\(counter)&\(endsWithLineBreak ? "\(closeBeforeLineBreak)\n" : String(close))"
        case .list(let items):
            return items.map { marked($0, counter: &counter) }
        case .object(let properties):
            var result: [String: Any] = [:]
            for entry in properties.entries { result[entry.key] = marked(entry.value, counter: &counter) }
            return result
        }
    }

    /// The rendered text cut at the markers; nil when a marker came out escaped.
    private static func pieces(of marked: String) -> [Piece]? {
        var pieces: [Piece] = []
        var rest = Substring(marked)
        while let start = rest.firstIndex(of: open) {
            if start > rest.startIndex { pieces.append(.literal(String(rest[..<start]))) }
            var cursor = rest.index(after: start)
            let digits = rest[cursor...].prefix { $0.isASCII && $0.isNumber }
            guard let index = Int(digits) else { return nil }
            cursor = digits.endIndex
            let escaped: Bool
            if rest[cursor...].hasPrefix("&amp;") {
                escaped = true
                cursor = rest.index(cursor, offsetBy: 5)
            } else if rest[cursor...].hasPrefix("&") {
                escaped = false
                cursor = rest.index(after: cursor)
            } else {
                return nil
            }
            guard cursor < rest.endIndex else { return nil }
            switch rest[cursor] {
            case close:
                cursor = rest.index(after: cursor)
            case closeBeforeLineBreak:
                cursor = rest.index(after: cursor)
                guard cursor < rest.endIndex, rest[cursor] == "\n" else { return nil }
                cursor = rest.index(after: cursor)
            default:
                return nil
            }
            pieces.append(escaped ? .escapedValue(index) : .value(index))
            rest = rest[cursor...]
        }
        if !rest.isEmpty { pieces.append(.literal(String(rest))) }
        return pieces
    }

    /// swift-mustache's HTML escaping, Character by Character as it does it; a text without any of
    /// the five characters' bytes has none of them to escape.
    private static func appendEscaped(_ text: String, to result: inout String) {
        let special: [UInt8] = Array("<>&\"'".utf8)
        guard text.utf8.contains(where: special.contains) else {
            result += text
            return
        }
        for character in text {
            switch character {
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "&": result += "&amp;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
    }
}
