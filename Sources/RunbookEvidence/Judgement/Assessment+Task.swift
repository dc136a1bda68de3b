import RunbookCore

extension Assessment {
    /// The runbook the pastes place the customer in when `--task` is not given: what they ran or
    /// saw of another task's commands (`data:privatelink:destroy`, `delete-vpc-endpoints`,
    /// `access:remove`, `access:add` and their outputs), else an allowed accounts table where a new
    /// account is still `Provisioning` beside `Active` ones (accounts added to an endpoint in use),
    /// else what their sentences say they want; create otherwise. Ending everything outranks
    /// removing an account, which outranks adding one.
    static func inferTask(_ seen: [Seen]) -> RunbookTask {
        var ran: Set<RunbookCommand> = []
        var added = false, removed = false, destroyed = false, deleted = false
        var statuses: Set<String> = []
        var connected = false
        var intents: [RunbookTask] = []
        for item in seen {
            switch item.kind {
            case .ran(let command): ran.insert(command)
            case .accountsChanged(let isAdded): if isAdded { added = true } else { removed = true }
            case .destroyAccepted: destroyed = true
            case .endpointDeleteAccepted: deleted = true
            case .allowedAccount(_, let status): statuses.insert(status.lowercased())
            case .intent(let task): intents.append(task)
            case .connection: connected = true
            default: break
            }
        }
        if ran.contains(.destroy) || destroyed { return .teardown }
        if ran.contains(.accessRemove) || removed { return .removeAccounts }
        if ran.contains(.deleteEndpoint) || deleted { return intents.contains(.removeAccounts) ? .removeAccounts : .teardown }
        if ran.contains(.accessAdd) || added { return .addAccounts }
        if statuses.contains("provisioning"), statuses.contains("active"), connected { return .addAccounts }
        for task in [RunbookTask.teardown, .removeAccounts, .addAccounts] where intents.contains(task) { return task }
        return .create
    }
}
