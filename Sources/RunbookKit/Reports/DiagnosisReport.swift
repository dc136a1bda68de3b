import RunbookCore
import RunbookEvidence
import RunbookRender

/// What `diagnose --json` prints: the learned values (keys as in `rules --json`), the next step
/// (`null` when done), the findings, and the `generate` command for the whole runbook.
public struct DiagnosisReport: Sendable, Encodable {
    public struct Item: Sendable, Encodable {
        public let id: FindingID
        public let severity: Finding.Severity
        public let step: Int?
        public let evidence: [EvidenceLine]
        public let message: String

        private enum CodingKeys: String, CodingKey { case id, severity, step, evidence, message }

        /// Written out because the synthesized one leaves a nil `step` out, and tools expect `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(severity, forKey: .severity)
            try container.encode(step, forKey: .step)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(message, forKey: .message)
        }
    }

    /// A learned value: one string, or a list for repeatable inputs.
    public enum Value: Sendable, Encodable, Equatable {
        case one(String)
        case list([String])

        public func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .one(let value): try container.encode(value)
            case .list(let values): try container.encode(values)
            }
        }
    }

    public let learned: [String: Value]
    public let step: Int?
    public let findings: [Item]
    /// Required inputs still unknown, as flags.
    public let missing: [String]
    public let generate: String?
    /// The files `--output` wrote.
    public var written: [String]?

    /// The report with each finding's explanation in `language`, as plain text.
    public init(_ situation: Situation, language: Language, templates: TemplateSet = .embedded) {
        let renderer = MarkdownRenderer(language: language, templates: templates)
        var learned: [String: Value] = [:]
        for spec in RuleSet.standard.fields {
            let values = situation.learned.values(for: spec.field)
            guard !values.isEmpty else { continue }
            learned[spec.field.jsonKey] = spec.isRepeatable ? .list(values) : .one(values[0])
        }
        self.learned = learned
        step = situation.nextStep.flatMap(situation.task.number(of:))
        findings = situation.findings.map {
            Item(id: $0.id, severity: $0.severity, step: $0.step.flatMap(situation.task.number(of:)), evidence: $0.evidence,
                 message: renderer.plain($0.explanation))
        }
        missing = situation.missing.map(\.flag)
        generate = situation.runbookInput == nil ? nil : situation.input.generateCommand
    }

    private enum CodingKeys: String, CodingKey { case learned, step, findings, missing, generate, written }

    /// Written out because the synthesized one leaves a nil `step` or `generate` out, and tools
    /// expect `null` (only `written` is left out when `--output` was not given).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(learned, forKey: .learned)
        try container.encode(step, forKey: .step)
        try container.encode(findings, forKey: .findings)
        try container.encode(missing, forKey: .missing)
        try container.encode(generate, forKey: .generate)
        try container.encodeIfPresent(written, forKey: .written)
    }
}
