import RunbookCore
import RunbookEvidence
import RunbookRender

/// What `diagnose --json` prints: the reply to the customer and the engineer's notes (Markdown),
/// the runbook the customer is in (`task`) and its next step (`step`, in that runbook's
/// numbering; `null` when done and when nothing placed the customer), whether the task is done,
/// the learned values (keys as in `rules --json`), the findings, the values still missing, and
/// the `generate` command for the whole runbook. Pasted secrets are masked in every field.
public struct DiagnosisReport: Sendable, Encodable {
    public struct Item: Sendable, Encodable {
        public let id: FindingID
        public let severity: Finding.Severity
        public let step: Int?
        public let evidence: [EvidenceLine]
        public let message: String
        /// Whether the reply to the customer says it (false: the notes only).
        public let customer: Bool

        private enum CodingKeys: String, CodingKey { case id, severity, step, evidence, message, customer }

        /// Written out because the synthesized one leaves a nil `step` out, and tools expect `null`.
        public func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(severity, forKey: .severity)
            try container.encode(step, forKey: .step)
            try container.encode(evidence, forKey: .evidence)
            try container.encode(message, forKey: .message)
            try container.encode(customer, forKey: .customer)
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

    /// The reply to the customer, in the report's language, as Markdown.
    public let reply: String
    /// What only the support engineer needs, as Markdown.
    public let notes: String
    /// The runbook the customer is in: create, add-accounts, remove-accounts or teardown.
    public let task: RunbookTask
    public let learned: [String: Value]
    public let step: Int?
    public let done: Bool
    public let findings: [Item]
    /// Required inputs still unknown, as flags.
    public let missing: [String]
    public let generate: String?
    /// The files `--output` wrote.
    public var written: [String]?

    /// The report with the reply, the notes and each finding's explanation in `language`. The
    /// reply and the notes are laid out by the templates' Markdown layout; templates that cannot
    /// lay one out (which `--templates` refuses before any diagnosis) leave it empty.
    public init(_ situation: Situation, language: Language, templates: TemplateSet = .embedded) {
        let renderer = MarkdownRenderer(language: language, templates: templates)
        reply = (try? renderer.render(TicketReply.runbook(for: situation))) ?? ""
        notes = (try? renderer.render(TicketReply.notes(for: situation))) ?? ""
        task = situation.task
        var learned: [String: Value] = [:]
        for spec in RuleSet.standard.fields {
            let values = situation.learned.values(for: spec.field)
            guard !values.isEmpty, spec.field != .task else { continue }
            learned[spec.field.jsonKey] = spec.isRepeatable ? .list(values) : .one(values[0])
        }
        self.learned = learned
        step = situation.nextStep.flatMap(situation.task.number(of:))
        done = situation.isDone
        findings = situation.findings.map {
            Item(id: $0.id, severity: $0.severity, step: $0.step.flatMap(situation.task.number(of:)), evidence: $0.evidence,
                 message: renderer.plain($0.explanation), customer: $0.isForCustomer)
        }
        missing = situation.missing.map(\.flag)
        generate = situation.runbookInput == nil ? nil : situation.input.generateCommand
    }

    private enum CodingKeys: String, CodingKey { case reply, notes, task, learned, step, done, findings, missing, generate, written }

    /// Written out because the synthesized one leaves a nil `step` or `generate` out, and tools
    /// expect `null` (only `written` is left out when `--output` was not given).
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(reply, forKey: .reply)
        try container.encode(notes, forKey: .notes)
        try container.encode(task, forKey: .task)
        try container.encode(learned, forKey: .learned)
        try container.encode(step, forKey: .step)
        try container.encode(done, forKey: .done)
        try container.encode(findings, forKey: .findings)
        try container.encode(missing, forKey: .missing)
        try container.encode(generate, forKey: .generate)
        try container.encodeIfPresent(written, forKey: .written)
    }
}
