/// A problem with the input that the user can fix. Diagnostics are collected, never thrown one at a
/// time, so that one run reports every problem.
public struct Diagnostic: Sendable, Equatable, Codable {
    public let field: Field
    /// The value as typed; nil when the problem is a missing value.
    public let value: String?
    /// The rule that failed, e.g. `app.pattern`.
    public let rule: RuleID
    /// An accepted value for the field.
    public let example: String
    /// Values the message refers to, e.g. `character`, `position`, `region`.
    public let details: [String: String]

    /// How `details["choices"]` joins the accepted values; a formatter joins them its language's way.
    public static let choiceSeparator = ", "

    public init(field: Field, value: String?, rule: RuleID, example: String, details: [String: String] = [:]) {
        self.field = field
        self.value = value
        self.rule = rule
        self.example = example
        self.details = details
    }
}

/// The diagnostics of one failed validation, in input order.
public struct Diagnostics: Error, Sendable, Equatable {
    public let items: [Diagnostic]

    public init(items: [Diagnostic]) {
        self.items = items
    }
}
