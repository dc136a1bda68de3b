import Foundation

/// The sentences of one language, keyed like `step.create.title`. A sentence names the values it
/// mentions in braces: `Create the endpoint for {addon}`.
public struct Catalog: Sendable {
    public let language: Language
    private let strings: [String: String]

    init(language: Language, json: String) throws(TemplateError) {
        guard let data = json.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data),
              let strings = object as? [String: String]
        else { throw .invalidCatalog(language.rawValue, "not a JSON object of strings") }
        self.language = language
        self.strings = strings
    }

    var keys: Set<String> { Set(strings.keys) }

    /// The sentence for `key` with each `{name}` replaced by `values[name]`.
    public func format(_ key: String, _ values: [String: String] = [:]) -> String {
        // One pass, so a value is never searched for further names. On UTF-8 bytes: `{` and `}`
        // never occur inside a multi-byte character, and Character indexing cost a batch row 15 %.
        let template = strings[key] ?? key
        if values.isEmpty { return template }
        let bytes = Array(template.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "{"),
               let close = bytes[(index + 1)...].firstIndex(of: UInt8(ascii: "}")),
               let value = values[String(decoding: bytes[(index + 1)..<close], as: UTF8.self)] {
                result.append(contentsOf: value.utf8)
                index = close + 1
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A piece of a sentence: text as written, or the place of a value.
    enum Segment: Equatable {
        case text(String)
        case slot(String)
    }

    /// The sentence for `key` cut at each `{name}` in `known`; other braces stay text. One pass,
    /// so a value is never searched for further names.
    func segments(_ key: String, known: Set<String>) -> [Segment] {
        let template = strings[key] ?? key
        var segments: [Segment] = []
        var text = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            text += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  case let name = String(rest[rest.index(after: open)..<close]), known.contains(name)
            else {
                text.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            if !text.isEmpty { segments.append(.text(text)) }
            text = ""
            segments.append(.slot(name))
            rest = rest[rest.index(after: close)...]
        }
        text += rest
        if !text.isEmpty { segments.append(.text(text)) }
        return segments
    }
}
