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
/// put back. Both languages of a runbook, and most rows of a batch, share a shape. A view arrives as
/// a `ViewShape` (the runbook's Markdown writes one directly) or as a `MustacheView`, written into one.
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
        var shape = ViewShape(template: template)
        shape.write(view)
        return render(shape, withTemplate: template, library: library)
    }

    /// The view written as `shape` (which starts with `template`'s name) rendered with `template`,
    /// exactly as swift-mustache renders `shape.value()`.
    func render(_ shape: ViewShape, withTemplate template: String, library: MustacheLibrary) -> String? {
        let key = Shape(bytes: shape.bytes)
        lock.lock()
        let cached = layouts[key]
        lock.unlock()
        let layout: [Piece]?
        if let cached {
            layout = cached
        } else {
            guard let marked = library.render(shape.value(marker: Self.marker), withTemplate: template) else { return nil }
            layout = Self.pieces(of: marked)
            lock.lock()
            if layouts.count < capacity { layouts[key] = layout }
            lock.unlock()
        }
        guard let layout else { return library.render(shape.value(), withTemplate: template) }
        // `layout` is nil only for a template whose text could not be cut at the markers.
        let texts = shape.texts
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

    /// The marker that stands for the index-th text while the layout is made.
    private static func marker(_ index: Int, endsWithLineBreak: Bool) -> String {
        "\(open)\(index)&\(endsWithLineBreak ? "\(closeBeforeLineBreak)\n" : String(close))"
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
        guard text.utf8.contains(where: XML.isSpecial) else {
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
