/// One check on one value. Its `id` (`app.pattern`) names it in diagnostics and is the key of its
/// message in the catalogs (`rule.app.pattern`).
public struct Rule: Sendable {
    public let id: String
    /// The anchored regular expression the value must match, where the rule is one.
    public let pattern: String?
    private let test: @Sendable (String) -> Bool

    init(id: String, test: @escaping @Sendable (String) -> Bool) {
        self.id = id
        self.pattern = nil
        self.test = test
    }

    init(id: String, pattern: String) {
        self.id = id
        self.pattern = pattern
        // Compiled once, from the same string that `rules --json` publishes (compiling it for
        // every value cost a batch row 6 %).
        nonisolated(unsafe) let regex = try? Regex(pattern)
        self.test = { value in
            guard let regex else { return false }
            return (try? regex.wholeMatch(in: value)) != nil
        }
    }

    func accepts(_ value: String) -> Bool { test(value) }
}

/// Everything known about one input: whether it is required or repeatable, an accepted example,
/// the pattern other tools can use, and the rules checked in order (the first failure is reported).
public struct FieldRules: Sendable {
    public let field: Field
    public let isRequired: Bool
    public let isRepeatable: Bool
    public let example: String
    /// The whole field as one pattern, published in the JSON Schema.
    public let schemaPattern: String?
    /// The closed list of accepted values, where there is one.
    public let allowedValues: [String]?
    public let rules: [Rule]
    /// Tasks for which a required field may be left out (teardown needs no account).
    public var optionalFor: [RunbookTask] = []

    /// Whether the field must be given for `task`.
    public func isRequired(for task: RunbookTask) -> Bool {
        isRequired && !optionalFor.contains(task)
    }
}
