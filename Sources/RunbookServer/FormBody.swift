import Foundation
import RunbookKit

/// An `application/x-www-form-urlencoded` body of the pages' forms: names as in `rules --json`,
/// plus the page's `lang`, the document's `language`, `format` and `paste`.
struct FormBody {
    private var fields: [String: [String]] = [:]

    init(_ data: Data) {
        for pair in String(decoding: data, as: UTF8.self).split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { continue }
            fields[name, default: []].append(parts.count > 1 ? Self.decode(parts[1]) ?? "" : "")
        }
    }

    /// The last value given for `name`.
    subscript(name: String) -> String? { fields[name]?.last }

    /// The values typed into the form, by the rule set's fields: a repeatable field's box holds
    /// its values separated by white space (as the page's script splits them); an empty box gives no value.
    func raw(rules: RuleSet) -> RawInput {
        var raw = RawInput()
        for spec in rules.fields {
            for value in fields[spec.field.jsonKey] ?? [] {
                if spec.isRepeatable {
                    // Characters, not bytes: a browser sends CR LF, which is one Character.
                    for item in value.split(whereSeparator: \.isWhitespace) {
                        raw.add(String(item), for: spec.field)
                    }
                } else if !value.isEmpty {
                    raw.add(value, for: spec.field)
                }
            }
        }
        return raw
    }

    private static func decode(_ text: Substring) -> String? {
        text.replacingOccurrences(of: "+", with: " ").removingPercentEncoding
    }
}
