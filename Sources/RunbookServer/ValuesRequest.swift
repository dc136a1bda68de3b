import Foundation
import RunbookKit

/// A JSON body holding a customer's values under the property names of `rules --json`, plus the
/// request's own properties (`language`, `format`, `pastes`): decoded through RunbookKit's
/// `ValuesObject`, so the names and the rules are those of `batch` and `validate`.
struct ValuesRequest {
    let values: ValuesObject

    /// 400 for a body that is not JSON or not an object; unknown properties and wrong types are
    /// kept as request problems, reported together with the values' problems.
    init(json data: Data, extras: Set<String>, text: ServiceText) throws {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]) else {
            throw Problem(.badRequest, "malformed-json", text: text)
        }
        guard let values = ValuesObject(object, extras: extras) else {
            throw Problem(.badRequest, "not-object", text: text)
        }
        self.values = values
    }

    var raw: RawInput { values.raw }

    /// What is wrong with the object itself.
    var issues: [RequestIssue] { values.problems.map(RequestIssue.row) }

    /// A request property that must be one of `choices` when given; a wrong one is a request problem.
    func choice<Value: RawRepresentable>(_ name: String, as type: Value.Type, problems: inout [RequestIssue]) -> Value?
    where Value.RawValue == String, Value: CaseIterable {
        guard let value = values.extras[name] else { return nil }
        if let string = value as? String, let choice = Value(rawValue: string) { return choice }
        problems.append(.request(.choice, [
            "property": name, "choices": Value.allCases.map(\.rawValue).joined(separator: ", "),
        ]))
        return nil
    }
}
