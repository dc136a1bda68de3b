import Foundation
import RunbookCore

/// The sentences of one language, keyed like `step.create.title`. A sentence names the values it
/// mentions in braces: `Create the endpoint for {addon}`.
public struct Catalog: Sendable {
    public let language: Language
    /// Each sentence as written and cut at its `{name}`s, once, when the catalog is read: rendering
    /// formats thousands of sentences, and scanning each again cost a batch row 10 %. One
    /// dictionary, so that a sentence is found with one lookup.
    private let entries: [String: Entry]

    private struct Entry: Sendable {
        let sentence: String
        let segments: [Segment]
        /// False for a sentence that names no value: it is formatted as it is written.
        let hasSlots: Bool

        init(_ sentence: String) {
            self.sentence = sentence
            segments = Catalog.parse(sentence)
            hasSlots = segments.contains { if case .slot = $0 { true } else { false } }
        }
    }

    package init(language: Language, json: String) throws(TemplateError) {
        guard let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data),
              let strings = object as? [String: String]
        else { throw .invalidCatalog(language.rawValue, "not a JSON object of strings") }
        self.language = language
        entries = strings.mapValues(Entry.init)
    }

    package var keys: Set<String> { Set(entries.keys) }

    /// Whether the catalog has a sentence for `key`.
    public func contains(_ key: String) -> Bool { entries[key] != nil }

    /// The sentence for `key` with each `{name}` replaced by `values[name]`; a `{name}` without a
    /// value stays as written. One pass, so a value is never searched for further names.
    public func format(_ key: String, _ values: [String: String] = [:]) -> String {
        format(key) { values[$0] }
    }

    /// The sentence for `key` with each `{name}` replaced by `value(name)`; a `{name}` it gives no
    /// value for stays as written. The key itself when the catalog has no such sentence.
    public func format(_ key: String, value: (String) -> String?) -> String {
        guard let entry = entries[key] else { return key }
        guard entry.hasSlots else { return entry.sentence }
        var result = ""
        result.reserveCapacity(entry.sentence.utf8.count + 64)  // one allocation for nearly every sentence
        for segment in entry.segments {
            switch segment {
            case .text(let text): result += text
            case .slot(let name): result += value(name) ?? "{\(name)}"
            }
        }
        return result
    }

    /// A piece of a sentence: text as written, or the place of a value.
    package enum Segment: Equatable {
        case text(String)
        case slot(String)
    }

    /// The sentence for `key` cut at each `{name}` that `isKnown`; other braces stay text.
    package func segments(_ key: String, isKnown: (String) -> Bool) -> [Segment] {
        guard let entry = entries[key] else { return [.text(key)] }
        var result: [Segment] = []
        for segment in entry.segments {
            var piece = segment
            if case .slot(let name) = segment, !isKnown(name) { piece = .text("{\(name)}") }
            if case .text(let text) = piece, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
            } else {
                result.append(piece)
            }
        }
        return result
    }

    /// `{name}` is a slot where `name` holds no brace; every other character is text. On UTF-8
    /// bytes: `{` and `}` are one byte each and never part of another character.
    private static func parse(_ sentence: String) -> [Segment] {
        let bytes = Array(sentence.utf8)
        var segments: [Segment] = []
        var textStart = 0, index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "{"),
               let close = bytes[(index + 1)...].firstIndex(where: { $0 == UInt8(ascii: "}") || $0 == UInt8(ascii: "{") }),
               bytes[close] == UInt8(ascii: "}") {
                if textStart < index { segments.append(.text(String(decoding: bytes[textStart..<index], as: UTF8.self))) }
                segments.append(.slot(String(decoding: bytes[(index + 1)..<close], as: UTF8.self)))
                index = close + 1
                textStart = index
            } else {
                index += 1
            }
        }
        if textStart < bytes.count { segments.append(.text(String(decoding: bytes[textStart...], as: UTF8.self))) }
        return segments
    }
}
