extension RawInput {
    /// The `privatelink-runbook generate` command line that writes the runbook for these values.
    /// Only for values that passed the rules, which admit no space or shell metacharacter, so
    /// every value stands as one word.
    public var generateCommand: String {
        var words = ["privatelink-runbook", "generate"]
        for field in Field.allCases {
            for value in values(for: field) { words += [field.flag, value] }
        }
        return words.joined(separator: " ")
    }
}
