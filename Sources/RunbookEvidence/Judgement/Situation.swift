import RunbookCore
import RunbookRender

/// Where a customer is in a runbook (create, or the add-accounts, remove-accounts and teardown
/// runbooks when `--task` or the pastes say so), judged from what they pasted and the values given
/// as flags: the values learned (each passed the same `RuleSet` as a typed value; a pasted value
/// that breaks a rule is reported and never used), the findings, most severe first, and the step
/// to run next.
public struct Situation: Sendable {
    /// The runbook the customer is placed in; `nextStep` and every finding's step are its steps.
    public let task: RunbookTask
    /// The values given as flags.
    public let flags: RawInput
    /// Values learned from the pastes that passed the rules (a value that lost a conflict is not
    /// among them). `region` holds the AWS region the pastes place the add-on in.
    public let learned: RawInput
    /// Flags and learned values together, as the runbook gets them: without an endpoint that must
    /// be created again (rejected, failed, gone, for another service or in an account not allowed),
    /// so that the runbook shows how to create it.
    public let input: RawInput
    /// The validated input for the runbook; nil while a required value is still unknown.
    public let runbookInput: RunbookInput?
    /// Required values neither the flags nor the pastes give.
    public let missing: [Field]
    public let findings: [Finding]
    /// The step to run next; nil when the task is done, and when nothing placed the customer.
    public let nextStep: StepID?
    /// Whether the pastes or the flags place the customer in the runbook at all.
    public let isPlaced: Bool
    public let readings: [Reading]

    /// True when the task is complete (for create: the connection string is there and holds brokers).
    public var isDone: Bool { isPlaced && nextStep == nil && !isOutOfScope }

    /// The ticket is about something else than PrivateLink: no runbook step answers it.
    public var isOutOfScope: Bool { findings.contains { $0.id == .ticketOutOfScope } }

    /// Nothing is left for the customer to do: Heroku support investigates.
    public var isHandsOff: Bool { findings.contains { $0.handsOff } }

    /// Something must be put right first: the reply shows no step of the runbook.
    public var withholdsSteps: Bool { findings.contains { $0.withholdsSteps } }

    /// The language the customer wrote in (Japanese when any sentence is), nil when the pastes hold
    /// no sentence of theirs.
    public var language: Language? {
        let prose = readings.flatMap(\.prose)
        guard !prose.isEmpty else { return nil }
        return prose.contains { $0.text.unicodeScalars.contains(where: ProseReader.isJapanese) } ? .ja : .en
    }

    /// Every secret masked in the pastes.
    public var secrets: [MaskedSecret] { readings.flatMap(\.paste.secrets) }

    /// Reads every paste and judges the situation. Fails only when the flags themselves break a
    /// rule, exactly as `generate` would refuse them; whatever the pastes hold, this succeeds.
    /// The runbook's own messages are recognised in the sentences of `templates`.
    public static func assess(flags: RawInput, pastes: [Paste], rules: RuleSet = .standard,
                              templates: TemplateSet = .embedded) -> Result<Situation, Diagnostics> {
        let problems = flagProblems(flags, rules: rules)
        guard problems.isEmpty else { return .failure(Diagnostics(items: problems)) }
        let readers = PasteReaders(templates: templates)
        var assessment = Assessment(flags: flags, readings: pastes.map(readers.read), rules: rules)
        assessment.merge()
        assessment.judge()
        assessment.dropInconsistentLearnedValues()
        let validated = rules.validate(assessment.input)
        var runbookInput: RunbookInput?
        var missing: [Field] = []
        switch validated {
        case .success(let input): runbookInput = input
        case .failure(let diagnostics):
            let required = diagnostics.items.filter { $0.rule.check == .required }
            // Values merged from the pastes passed their rules; what else fails comes from the flags.
            guard required.count == diagnostics.items.count else {
                return .failure(Diagnostics(items: diagnostics.items.filter { !required.contains($0) }))
            }
            missing = required.map(\.field)
        }
        // Deciding the step may turn findings that a later line resolves into notes: first.
        let (next, placed) = assessment.nextStep()
        return .success(Situation(
            task: assessment.task, flags: flags, learned: assessment.learned, input: assessment.input, runbookInput: runbookInput,
            missing: missing, findings: assessment.sortedFindings, nextStep: next, isPlaced: placed, readings: assessment.readings))
    }

    /// The flags' own problems. Required values and the VPC's companions may come from a paste,
    /// so those rules wait until the values are merged.
    private static func flagProblems(_ flags: RawInput, rules: RuleSet) -> [Diagnostic] {
        guard case .failure(let diagnostics) = rules.validate(flags) else { return [] }
        // The endpoint a deleting runbook needs may come from a paste too.
        return diagnostics.items.filter { !$0.rule.check.waitsForPastes && $0.rule.check != .needsEndpoint }
    }
}
