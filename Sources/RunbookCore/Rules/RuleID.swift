/// A rule's identity: the field it checks and what it checks, written `app.pattern`. The text is
/// stable (diagnostics, `validate --json` and batch reports name rules by it, and tools rely on it)
/// and is the key of the rule's message in the catalogs (`rule.app.pattern`), except for the
/// checks every field shares, which share a message.
public struct RuleID: Hashable, Sendable, CustomStringConvertible {
    public let field: Field
    public let check: Check

    /// What a rule checks.
    public enum Check: String, Sendable, CaseIterable {
        // Every field.
        case required
        case characters
        case duplicate
        // Single values.
        case pattern
        case length
        case id
        case form
        case name
        case known
        case region
        case network
        // Common mistakes, each with its correction.
        case arn
        case hyphens
        case list
        case zone
        /// A runbook's placeholder (`<REGION>`) pasted as it was.
        case placeholder
        // Between fields.
        case needsVPC = "needs-vpc"
        case needsSubnet = "needs-subnet"
        case needsEndpoint = "needs-endpoint"
        case regionMismatch = "region-mismatch"
        case terraformNeedsVPC = "terraform-needs-vpc"
        case terraformNeedsServiceName = "terraform-needs-service-name"
        /// A VPC given for a task that covers every account it names, with several accounts.
        case oneAccount = "one-account"
        /// A batch file names the same add-on on two rows.
        case duplicateRow = "duplicate-row"

        /// Common mistakes, whose message gives the corrected value when there is one.
        var isMistake: Bool { self == .arn || self == .hyphens || self == .list || self == .zone }

        /// Checks whose message does not depend on the field.
        var isShared: Bool { self == .characters || self == .duplicate || self == .needsVPC || self == .placeholder }

        /// Checks on values that other values stand in for until they are known: the required
        /// values and the VPC's companions may still come from a paste.
        public var waitsForPastes: Bool { self == .required || self == .needsVPC || self == .needsSubnet }
    }

    public init(_ field: Field, _ check: Check) {
        self.field = field
        self.check = check
    }

    /// `app.pattern`.
    public var description: String { "\(field.rawValue).\(check.rawValue)" }

    /// The catalog key of the rule's explanation; `details` holds what a character check found
    /// (`kind`: which kind of character), and a correction to suggest (`suggestion`), which the
    /// rules that give one say in a sentence of its own (`rule.region.known.suggestion`).
    public func messageKey(details: [String: String]) -> String {
        switch check {
        case .characters: "characters.\(details["kind"] ?? "")"
        case _ where check.isShared: "rule.\(check.rawValue)"
        case .known where details["suggestion"] != nil: "rule.\(self).suggestion"
        case _ where check.isMistake && details["suggestion"] == nil: "rule.\(self).no-suggestion"
        default: "rule.\(self)"
        }
    }
}

extension RuleID: Codable {
    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let dot = text.firstIndex(of: "."), let field = Field(rawValue: String(text[..<dot])),
              let check = Check(rawValue: String(text[text.index(after: dot)...]))
        else { throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a rule id: \(text)")) }
        self.init(field, check)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
