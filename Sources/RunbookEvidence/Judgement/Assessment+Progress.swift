import RunbookCore

extension Assessment {
    /// The step after the furthest one the pastes (or the flags) show done, unless a finding sends
    /// the customer back to an earlier one; nil when the task is done or nothing places the
    /// customer at all. A finding a later line of the same paste shows resolved (an error, then the
    /// step done after all) sends nobody back and is kept as a note.
    mutating func nextStep() -> (step: StepID?, placed: Bool) {
        let done = completedSteps()
        guard isPlaced(done: done) else { return (nil, false) }
        var next = done.map(\.step).max(by: { order($0) < order($1) }).map { task.step(after: $0) } ?? task.steps.first
        for index in findings.indices {
            guard let blocked = findings[index].blocks, task.number(of: blocked) != nil else { continue }
            let resolution = findings[index].resolvedBy ?? blocked
            if let position = findings[index].position,
               done.contains(where: { order($0.step) >= order(resolution) && $0.position.paste == position.paste && $0.position > position }) {
                findings[index].severity = .info
                findings[index].blocks = nil
                continue
            }
            if let current = next, order(current) <= order(blocked) { continue }
            next = blocked
        }
        return (next, true)
    }

    /// Whether anything places the customer in the runbook: a step shown done, a value for it, a
    /// finding about one of its steps, or a sentence saying where they start or which task.
    private func isPlaced(done: [(step: StepID, position: Position)]) -> Bool {
        if isOutOfScope { return false }
        if !done.isEmpty || findings.contains(where: { $0.step != nil }) { return true }
        if flags != RawInput() { return true }
        return seen.contains { item in
            guard !articleLines.contains(item.line) else { return false }
            switch item.kind {
            // A mention of PrivateLink alone places nobody: the ticket may be anywhere in it.
            case .intent, .value, .placeholder, .ran, .awsError, .herokuError: return true
            default: return false
            }
        }
    }

    /// Each step the evidence shows done, with where it shows it.
    private func completedSteps() -> [(step: StepID, position: Position)] {
        let start = Position(paste: -1, line: 0)
        var done: [(step: StepID, position: Position)] = []
        // Values typed as flags (or known) were found in the steps that reveal them.
        switch task {
        case .create:
            if input.serviceName != nil { done.append((.serviceName, start)) }
            if input.endpointID != nil { done.append((.securityGroup, start)) }
        case .addAccounts:
            if input.endpointID != nil { done.append((.securityGroup, start)) }
        case .removeAccounts, .teardown:
            break
        }
        for item in seen where !articleLines.contains(item.line) {
            if let step = completedStep(item.kind, at: item.position) { done.append((step, item.position)) }
        }
        if task.createsEndpoint, let (state, _, position) = currentEndpointState(), state == "available", input.endpointID != nil || task == .create {
            done.append((.endpoint, position))
        }
        if let present = findings.first(where: { $0.id == .connectionStringPresent }), let position = present.position {
            done.append((.connect, position))
        }
        if task == .addAccounts, let position = newAccountsActive { done.append((.accessActive, position)) }
        if task == .removeAccounts, let position = removedAccountsGone { done.append((.accessAfter, position)) }
        return done.filter { task.number(of: $0.step) != nil }
    }

    /// The step an observation shows done in the task's runbook. Running a step's command says the
    /// steps before it are done. Every kind is listed, so that a new kind of observation has to be
    /// placed here.
    private func completedStep(_ kind: Observation.Kind, at position: Position) -> StepID? {
        switch kind {
        case .ran(.installPlugin): return task == .create ? .plugin : nil
        case .ran where foreignCommandLines.contains(position): return task == .create ? .plugin : nil
        case .ran(let command):
            // Commands of the plugin that no step of this runbook runs (access:add in create) still show it installed.
            guard let step = command.step(in: task) else { return task == .create && command != .configure && command != .addons ? .plugin : nil }
            return task.step(before: step)
        case .callerAccount: return task.createsEndpoint ? .account : nil
        case .endpointServiceStatus("Provisioning"), .noAllowedAccounts: return task == .create ? .create : nil
        case .allowedAccount: return task == .create ? .create : (task == .addAccounts ? .accessBefore : nil)
        case .endpointServiceStatus("Operational"): return task == .create ? .wait : (task == .teardown ? .connections : nil)
        case .endpointServiceStatus("Deprovisioning"), .endpointServiceStatus("Deprovisioned"):
            // An endpoint service that is going or gone existed: the steps before creating it were done.
            return task == .create ? .account : (task == .teardown && destroySeen(before: position) && !isDestroyLine(position) ? .destroyed : nil)
        case .endpointServiceStatus: return nil
        case .value(.serviceName, let name): return isKnownValid(.serviceName, name) && task.createsEndpoint && serviceStepReached ? .serviceName : nil
        case .articleLink: return task.createsEndpoint && serviceStepReached ? .serviceName : nil
        case .value(.endpointID, _), .endpointState, .connection:
            if task == .teardown, case .connection = kind { return .connections }
            return task.createsEndpoint && relevantToTask(kind) ? .securityGroup : nil
        case .vpcEndpoint(let report): return task.createsEndpoint && relevant(report) && relevantToTask(kind) ? .securityGroup : nil
        case .securityGroup(let report):
            guard task.createsEndpoint else { return nil }
            return report.inboundRules?.contains(where: { $0.covers(HerokuCLI.brokerPorts) }) == true ? .securityGroup : nil
        case .herokuError(.addonNotFound, _), .herokuError(.missingArgument, _): return task == .create ? .plugin : nil
        case .accountsChanged(let added):
            return added ? (task == .addAccounts ? .accessAdd : nil) : (task == .removeAccounts ? .accessRemove : nil)
        case .endpointDeleteAccepted: return task.createsEndpoint ? nil : .deleteEndpoint
        case .destroyAccepted: return task == .teardown ? .destroy : nil
        case .securityGroupDeleted: return task.createsEndpoint ? nil : .deleteGroup
        case .awsError(let code, _, _, _):
            // Not finding the endpoint after deleting it is its end.
            return code == "InvalidVpcEndpointId.NotFound" && !task.createsEndpoint && deletionSeen(before: position) ? .endpointGone : nil
        // The connection string is judged with the endpoint (`connection-string.present`), and a
        // failed check with the findings; the rest shows no step done by itself.
        case .value, .placeholder, .addonListed, .herokuError(.pluginMissing, _), .usedServiceName, .awsRegion, .configuredRegion, .callerARN,
             .subnetZone, .serviceZones, .statedWait, .accountToKeep, .intent, .mentions, .configListed, .connectionString,
             .runbookMessage:
            return nil
        }
    }

    /// In the runbook for more accounts, the service name step is reached once the new accounts are Active.
    private var serviceStepReached: Bool {
        task == .create || newAccountsActive != nil
    }

    /// In the runbook for more accounts, whether an endpoint the pastes show is the new account's.
    private func relevantToTask(_ kind: Observation.Kind) -> Bool {
        guard task == .addAccounts else { return true }
        switch kind {
        case .vpcEndpoint(let report): return report.id == nil || report.id == input.endpointID
        case .value(.endpointID, let id), .connection(let id, _, _): return id == input.endpointID
        case .endpointState(_, let id): return id == nil || id == input.endpointID
        default: return true
        }
    }

    /// Where the allowed accounts table shows every new account `Active`, if it does.
    private var newAccountsActive: Position? {
        let accounts = Set(input.awsAccountIDs.map { String($0.prefix(12)) })
        guard !accounts.isEmpty else { return nil }
        let rows = allowedRows.filter { accounts.contains(AccountARN.accountID($0.arn) ?? "") }
        guard Set(rows.compactMap { AccountARN.accountID($0.arn) }) == accounts, rows.allSatisfy({ $0.status.lowercased() == "active" }) else {
            return nil
        }
        return rows.map(\.position).max()
    }

    /// Where the allowed accounts, listed after the removal, no longer show the accounts removed.
    private var removedAccountsGone: Position? {
        let removal = seen.last { item in
            switch item.kind {
            case .accountsChanged(added: false), .ran(.accessRemove): return true
            default: return false
            }
        }
        guard let removal else { return nil }
        let removed = Set(input.awsAccountIDs.map { String($0.prefix(12)) })
        let after = seen.filter { item in
            guard item.position > removal.position else { return false }
            switch item.kind {
            case .allowedAccount, .noAllowedAccounts: return true
            default: return false
            }
        }
        guard let last = after.last else { return nil }
        let listed = after.compactMap { item -> String? in
            if case .allowedAccount(let arn, _) = item.kind { return AccountARN.accountID(arn) }
            return nil
        }
        return listed.contains(where: removed.contains) ? nil : last.position
    }

    /// Whether the line at `position` is `destroy`'s own `Destroying privatelink endpoint... done`.
    private func isDestroyLine(_ position: Position) -> Bool {
        seen.contains { item in
            guard item.position == position, case .destroyAccepted = item.kind else { return false }
            return true
        }
    }

    /// Whether `data:privatelink:destroy` ran (or said it was done) before `position`.
    private func destroySeen(before position: Position) -> Bool {
        seen.contains { item in
            guard item.position < position else { return false }
            switch item.kind {
            case .ran(.destroy), .destroyAccepted: return true
            default: return false
            }
        }
    }
}
