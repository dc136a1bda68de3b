import RunbookCore

/// Something a diagnosis found in the pastes, with the lines that show it. Ids are stable (tools
/// and tests rely on them); the explanation is a catalog sentence, `finding.<id>` or a variant.
public struct Finding: Sendable, Equatable {
    public enum Severity: String, Sendable, CaseIterable, Codable, Comparable {
        case error
        case warning
        case info

        public static func < (lhs: Severity, rhs: Severity) -> Bool {
            allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
        }
    }

    /// E.g. `vpc-endpoint.rejected`.
    public let id: FindingID
    public var severity: Severity
    /// The step of the create runbook it concerns; nil for findings about the pastes themselves.
    public let step: StepID?
    /// The lines that show it, in paste order; empty when it comes from the flags alone.
    public let evidence: [EvidenceLine]
    public let explanation: Text
    /// The step the runbook must go back to because of it, if any.
    var blocks: StepID?
    /// The furthest step that, shown done later in the same paste, shows it resolved; nil: `blocks`.
    var resolvedBy: StepID?
    /// Where its first evidence line is, so that later lines of the same paste can show it resolved.
    var position: Assessment.Position?
    /// Commands that show the customer more about it (the zones a service offers), made from
    /// values that passed the rules; shown after the explanation.
    public internal(set) var commands: [String] = []
    /// The sentence before `commands`; nil when the explanation itself leads to them.
    public internal(set) var commandsIntro: String? = "reply.customer.commands"
    /// Said only to the support engineer (in the notes), never in the reply to the customer.
    public internal(set) var isForEngineer: Bool
    /// Nothing is left for the customer to do: Heroku support takes it from here, and the reply
    /// shows no step to run.
    public internal(set) var handsOff = false

    /// Something must be put right before any step of the runbook: the reply shows none (a removal
    /// step could act on an account that was removed by mistake).
    public internal(set) var withholdsSteps = false

    /// Whether the reply to the customer says it.
    public var isForCustomer: Bool { !isForEngineer }

    init(_ id: FindingID, _ severity: Severity, step: StepID?, evidence: [EvidenceLine], explanation: Text,
         blocks: StepID? = nil, at position: Assessment.Position? = nil) {
        self.id = id
        self.severity = severity
        self.step = step
        self.evidence = evidence
        self.explanation = explanation
        self.blocks = blocks
        self.position = position
        self.isForEngineer = id.isForEngineer
    }

    init(_ id: FindingID, _ severity: Severity, step: StepID?, evidence: [EvidenceLine], _ arguments: Text.Arguments = [:],
         blocks: StepID? = nil, at position: Assessment.Position? = nil) {
        self.init(id, severity, step: step, evidence: evidence, explanation: Text(id.messageKey, arguments), blocks: blocks, at: position)
    }
}
