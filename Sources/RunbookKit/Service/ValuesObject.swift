import RunbookCore
import RunbookRender

import Foundation

/// A JSON object holding a customer's values under the property names of `rules --json`, as the
/// service receives it, decoded by the same rules as a batch row: a field added to the rule set is
/// accepted here without change. Properties that belong to the request rather than to the values
/// (`language`, `format`, `pastes`) are named by the caller and handed back as they are.
public struct ValuesObject: Sendable {
    /// The values, exactly as written; the rule set judges them.
    public let raw: RawInput
    /// The request's own properties, as `JSONSerialization` read them.
    public let extras: [String: any Sendable]
    /// What is wrong with the object itself: an unknown property, a number where a string belongs.
    public let problems: [RowProblem]

    /// Decodes `object` (from `JSONSerialization`); nil when it is not a JSON object.
    public init?(_ object: Any, extras names: Set<String>, rules: RuleSet = .standard) {
        guard var properties = object as? [String: Any] else { return nil }
        var extras: [String: any Sendable] = [:]
        for name in names {
            if let value = properties.removeValue(forKey: name) { extras[name] = Self.sendable(value) }
        }
        let row = BatchRowDecoder(rules: rules).decode(object: properties, at: .index(0))
        raw = row.raw
        problems = row.problems
        self.extras = extras
    }

    /// A problem's sentence in the catalog's language, as `batch` prints it after the location.
    public static func message(_ problem: RowProblem, catalog: Catalog) -> String {
        catalog.format(problem.rule.messageKey, problem.details)
    }

    /// JSONSerialization's values are strings, numbers, booleans, nulls, arrays and dictionaries;
    /// copied into Sendable types so that they can cross tasks.
    private static func sendable(_ value: Any) -> any Sendable {
        switch value {
        case let string as String: string
        case let array as [Any]: array.map(sendable)
        case let dictionary as [String: Any]: dictionary.mapValues(sendable)
        case let number as NSNumber: number.doubleValue
        default: String(describing: value)
        }
    }
}
