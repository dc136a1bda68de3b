/// What a step does: its identity in every task that has it. A step is always referred to by its
/// identity; its number comes from its task's order (`RunbookTask.steps`), so no sentence, expected
/// output or shell `echo` carries a number typed by hand.
public enum StepID: String, CaseIterable, Sendable, Codable {
    // The create runbook: the Dev Center article's steps.
    case plugin
    case account
    case create
    case wait
    case serviceName = "service-name"
    case securityGroup = "security-group"
    case endpoint
    case connect
    // Allowing and removing accounts.
    case accessBefore = "access-before"
    case accessAdd = "access-add"
    case accessActive = "access-active"
    case accessRemove = "access-remove"
    case accessAfter = "access-after"
    // Ending a connection.
    case deleteEndpoint = "delete-endpoint"
    case endpointGone = "endpoint-gone"
    case deleteGroup = "delete-group"
    case connections
    case stopClients = "stop-clients"
    case destroy
    case destroyed
    case connectionsAfter = "connections-after"

    /// The catalog key of the step's usual title (some inputs get a variant).
    public var titleKey: String { "step.\(rawValue).title" }
}

extension RunbookTask {
    /// The task's steps in the order they are numbered, from 1.
    public var steps: [StepID] {
        switch self {
        case .create: [.plugin, .account, .create, .wait, .serviceName, .securityGroup, .endpoint, .connect]
        case .addAccounts: [.account, .accessBefore, .accessAdd, .accessActive, .serviceName, .securityGroup, .endpoint, .connect]
        case .removeAccounts: [.connections, .accessRemove, .accessAfter, .deleteEndpoint, .endpointGone, .deleteGroup, .connectionsAfter]
        case .teardown: [.connections, .stopClients, .deleteEndpoint, .endpointGone, .deleteGroup, .destroy, .destroyed]
        }
    }

    /// The step's number in this task's runbook; nil for a step the task does not have.
    public func number(of step: StepID) -> Int? {
        steps.firstIndex(of: step).map { $0 + 1 }
    }

    /// The step numbered `number` in this task's runbook.
    public func step(numbered number: Int) -> StepID? {
        steps.indices.contains(number - 1) ? steps[number - 1] : nil
    }

    /// The step before `step` in this task; nil before the first.
    public func step(before step: StepID) -> StepID? {
        number(of: step).flatMap { self.step(numbered: $0 - 1) }
    }

    /// The step after `step` in this task; nil after the last.
    public func step(after step: StepID) -> StepID? {
        number(of: step).flatMap { self.step(numbered: $0 + 1) }
    }
}
