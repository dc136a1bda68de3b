import RunbookCore

extension Assessment {
    /// The step after the furthest one the pastes (or the flags) show done, unless a finding sends
    /// the customer back to an earlier one. A finding a later line of the same paste shows resolved
    /// (an error, then the step done after all) sends nobody back and is kept as a note.
    mutating func nextStep() -> StepID? {
        let done = completedSteps()
        var next = done.map(\.step).max(by: { order($0) < order($1) }).map { task.step(after: $0) } ?? task.steps.first
        for index in findings.indices {
            guard let blocked = findings[index].blocks else { continue }
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
        return next
    }

    /// Each step the evidence shows done, with where it shows it.
    private func completedSteps() -> [(step: StepID, position: Position)] {
        let start = Position(paste: -1, line: 0)
        var done: [(step: StepID, position: Position)] = []
        // Values typed as flags were found in the steps that reveal them.
        if input.serviceName != nil { done.append((.serviceName, start)) }
        if input.endpointID != nil { done.append((.securityGroup, start)) }
        for item in seen {
            if let step = completedStep(item.kind) { done.append((step, item.position)) }
        }
        if let (state, _, position) = currentEndpointState(), state == "available" { done.append((.endpoint, position)) }
        if let present = findings.first(where: { $0.id == .connectionStringPresent }), let position = present.position {
            done.append((.connect, position))
        }
        return done
    }

    /// The step an observation shows done. Running a step's command says the steps before it are
    /// done. Every kind is listed, so that a new kind of observation has to be placed here.
    private func completedStep(_ kind: Observation.Kind) -> StepID? {
        switch kind {
        case .ran(.installPlugin): .plugin
        // Commands of the plugin that no create step runs (access:add, destroy) still show it installed.
        case .ran(let command): command.step.map { task.step(before: $0) } ?? .plugin
        case .callerAccount: .account
        case .endpointServiceStatus("Provisioning"), .allowedAccount, .noAllowedAccounts: .create
        case .endpointServiceStatus("Operational"): .wait
        // An endpoint service that is going or gone existed: the steps before creating it were done.
        case .endpointServiceStatus: .account
        case .value(.serviceName, let name): isKnownValid(.serviceName, name) ? .serviceName : nil
        case .articleLink: .serviceName
        case .value(.endpointID, _), .endpointState, .connection: .securityGroup
        case .vpcEndpoint(let report): relevant(report) ? .securityGroup : nil
        case .securityGroup(let report):
            report.inboundRules?.contains(where: { $0.covers(HerokuCLI.brokerPorts) }) == true ? .securityGroup : nil
        case .herokuError(.addonNotFound, _), .herokuError(.missingArgument, _): .plugin
        // The connection string is judged with the endpoint (`connection-string.present`), and a
        // failed check with the findings; the rest shows no step done by itself.
        case .value, .herokuError(.pluginMissing, _), .usedServiceName, .awsRegion, .awsError, .configListed, .connectionString,
             .runbookMessage:
            nil
        }
    }
}
