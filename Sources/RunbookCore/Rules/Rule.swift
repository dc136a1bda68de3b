/// One check on one value; the field's rules give it its id (`app.pattern`, `RuleID`).
public struct Rule: Sendable {
    public let check: RuleID.Check
    /// The anchored regular expression the value must match, where the rule is one.
    public let pattern: String?
    private let test: @Sendable (String) -> Bool

    init(_ check: RuleID.Check, test: @escaping @Sendable (String) -> Bool) {
        self.check = check
        self.pattern = nil
        self.test = test
    }

    init(_ check: RuleID.Check, pattern: String) {
        self.check = check
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

    /// The id of one of this field's checks.
    public func id(_ check: RuleID.Check) -> RuleID { RuleID(field, check) }

    /// Whether the field must be given for `task`.
    public func isRequired(for task: RunbookTask) -> Bool {
        isRequired && !optionalFor.contains(task)
    }
}
