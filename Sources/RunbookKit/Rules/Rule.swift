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
        // Patterns are compiled from the same strings that `rules --json` publishes, once: a
        // diagnosis judges every value a paste shows, and compiling took most of that time.
        let compiled = CompiledPattern(pattern)
        self.test = { value in compiled.wholeMatches(value) }
    }

    func accepts(_ value: String) -> Bool { test(value) }
}

/// A regular expression compiled once and shared. `Regex` is not marked Sendable, but it is a value
/// that never changes after it is made; _StringProcessing publishes its lazily built program with an
/// atomic store, so matching from several threads at once is safe.
private final class CompiledPattern: @unchecked Sendable {
    private let regex: Regex<AnyRegexOutput>?

    init(_ pattern: String) {
        regex = try? Regex(pattern)
    }

    func wholeMatches(_ value: String) -> Bool {
        guard let regex else { return false }
        return (try? regex.wholeMatch(in: value)) != nil
    }
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
