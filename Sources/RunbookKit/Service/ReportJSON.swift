import RunbookCore
import RunbookRender

import Foundation

/// The JSON that `validate --json`, `diagnose --json` and `rules --json` print, and that the
/// service answers: one encoder setting, so that the command line and the service give the same
/// bytes. The text has no final line break; both add one (`print` does for the command line).
public enum ReportJSON {
    /// An `Encodable` report (`ValidationReport`, `DiagnosisReport`) as pretty-printed JSON with
    /// sorted keys and unescaped slashes.
    public static func text<Report: Encodable>(encoding report: Report) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(report), as: UTF8.self)
    }

    /// A `JSONSerialization` object (the JSON Schema of `rules --json`) in the same layout.
    public static func text(object: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self)
    }

    /// What `rules --json` prints for the catalog's language, without the final line break.
    public static func rules(_ rules: RuleSet = .standard, catalog: Catalog) -> String {
        // The schema holds only strings, numbers, booleans, arrays and objects: it always serializes.
        (try? text(object: rules.jsonSchema(catalog: catalog))) ?? "{}"
    }
}
