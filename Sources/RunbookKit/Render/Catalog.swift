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
        // One pass, so a value is never searched for further names.
        let template = strings[key] ?? key
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  let value = values[String(rest[rest.index(after: open)..<close])]
            else {
                result.append("{")
                rest = rest[rest.index(after: open)...]
                continue
            }
            result += value
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
