/// One customer's row of a batch file, decoded into raw values but not yet validated.
public struct BatchRow: Sendable {
    /// Where the row is: a line of a CSV or NDJSON file, or an index of a JSON array.
    public let location: Location
    /// The values found, exactly as written.
    public let raw: RawInput
    /// What is wrong with the row itself rather than with a value (an unknown property, a number
    /// where a string belongs); the rules check the values afterwards.
    public let problems: [RowProblem]

    public enum Location: Sendable, Equatable, Comparable {
        /// The 1-based line a CSV record or NDJSON object starts on.
        case line(Int)
        /// The 0-based index in a JSON array.
        case index(Int)
    }
}

/// A problem with a batch row or file that belongs to no single field. `rule` names it in output
/// (`row.unknown-property`) and keys its sentence in the catalogs (`batch.row.unknown-property`).
public struct RowProblem: Sendable, Equatable {
    public let rule: Rule
    /// Values the sentence refers to, e.g. `property`, `properties`.
    public let details: [String: String]

    /// What is wrong with the file or the row.
    public enum Rule: String, Sendable, CaseIterable {
        case fileEmpty = "file.empty"
        case fileInvalidJSON = "file.invalid-json"
        case fileNotArray = "file.not-array"
        case fileUnterminatedQuote = "file.unterminated-quote"
        case fileTextAfterQuote = "file.text-after-quote"
        case rowInvalidJSON = "row.invalid-json"
        case rowNotObject = "row.not-object"
        case rowNotString = "row.not-string"
        case rowNotStrings = "row.not-strings"
        case rowCellCount = "row.cell-count"
        case rowRepeatedColumn = "row.repeated-column"
        case rowUnknownProperty = "row.unknown-property"

        /// The catalog key of its usual sentence.
        public var messageKey: String { "batch.\(rawValue)" }
    }

    /// The catalog key of its sentence: the usual one, or, with a name to suggest, the one that
    /// suggests it (`batch.row.unknown-property.suggestion`).
    public var messageKey: String { rule.messageKey + (details["suggestion"] == nil ? "" : ".suggestion") }

    public init(rule: Rule, details: [String: String] = [:]) {
        self.rule = rule
        self.details = details
    }
}
