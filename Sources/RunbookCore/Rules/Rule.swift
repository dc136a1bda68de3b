/// One check on one value; the field's rules give it its id (`app.pattern`, `RuleID`).
public struct Rule: Sendable {
    public let check: RuleID.Check
    /// The anchored regular expression the value must match, where the rule is one.
    public let pattern: String?
    private let test: @Sendable (String) -> Bool
    /// What the message of a value that fails needs besides the value (a corrected value to
    /// suggest, say).
    private let explain: @Sendable (String) -> [String: String]

    init(_ check: RuleID.Check, explain: @escaping @Sendable (String) -> [String: String] = { _ in [:] },
         test: @escaping @Sendable (String) -> Bool) {
        self.check = check
        self.pattern = nil
        self.test = test
        self.explain = explain
    }

    /// A common mistake, recognised by `recognises`, whose message says how to correct it:
    /// `suggest` gives the corrected value, if there is one to give.
    static func mistake(_ check: RuleID.Check, recognises: @escaping @Sendable (String) -> Bool,
                        suggest: @escaping @Sendable (String) -> String?) -> Rule {
        Rule(check, explain: { value in suggest(value).map { ["suggestion": $0] } ?? [:] }, test: { !recognises($0) })
    }

    init(_ check: RuleID.Check, pattern: String) {
        self.check = check
        self.pattern = pattern
        self.explain = { _ in [:] }
        // Compiled once, from the same string that `rules --json` publishes (compiling it for
        // every value cost a batch row 6 %).
        nonisolated(unsafe) let regex = try? Regex(pattern)
        self.test = { value in
            guard let regex else { return false }
            return (try? regex.wholeMatch(in: value)) != nil
        }
    }

    func accepts(_ value: String) -> Bool { test(value) }

    /// The details of the message for `value`, which this rule refuses.
    func details(for value: String) -> [String: String] { explain(value) }
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
    /// Common mistakes, checked before anything else so that their message says how to correct
    /// them (an ARN where an account id belongs), rather than which character is wrong.
    public var mistakes: [Rule] = []
    /// Whether `allowedValues` are accepted in any case (`Tokyo`).
    public var ignoresCase = false

    /// The id of one of this field's checks.
    public func id(_ check: RuleID.Check) -> RuleID { RuleID(field, check) }

    /// Whether the field must be given for `task`.
    public func isRequired(for task: RunbookTask) -> Bool {
        isRequired && !optionalFor.contains(task)
    }
}
