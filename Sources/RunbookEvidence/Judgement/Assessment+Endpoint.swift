import RunbookCore

extension Assessment {
    /// What the pastes show of one VPC endpoint: its last state and its owner, where known.
    struct EndpointSeen {
        let id: String
        var state: String?
        var owner: String?
        let line: EvidenceLine
        let position: Position
        var source: Observation.Source

        /// Live endpoints first: the one a connection string belongs to (`available`), then those on
        /// their way (`pending`, `pendingAcceptance`), then those whose state is unknown, then the
        /// rest (deleted, rejected, failed, expired: facts file, section 4).
        var rank: Int {
            switch state {
            case "available": 0
            case "pending": 1
            case "pendingAcceptance": 2
            case nil: 3
            default: 4
            }
        }
    }

    /// Every endpoint the pastes name for the add-on's service, merged by id, in order of first sight.
    var endpointsSeen: [EndpointSeen] {
        var found: [EndpointSeen] = []
        var index: [String: Int] = [:]
        func note(_ id: String, state: String?, owner: String?, line: EvidenceLine, position: Position, source: Observation.Source) {
            if let at = index[id] {
                if let state { found[at].state = state }
                if let owner { found[at].owner = owner }
                if source > found[at].source { found[at].source = source }
            } else {
                index[id] = found.count
                found.append(EndpointSeen(id: id, state: state, owner: owner, line: line, position: position, source: source))
            }
        }
        for item in seen {
            switch item.kind {
            case .value(.endpointID, let id):
                note(id, state: nil, owner: nil, line: item.line, position: item.position, source: item.source)
            case .vpcEndpoint(let report):
                guard let id = report.id, relevant(report) else { continue }
                note(id, state: report.state, owner: report.ownerID, line: item.line, position: item.position, source: .output)
            case .connection(let id, let ownerARN, let status):
                note(id, state: AWSOutputReader.endpointState(status), owner: AccountARN.accountID(ownerARN), line: item.line,
                     position: item.position, source: .output)
            case .endpointState(let state, let id?):
                note(id, state: state, owner: nil, line: item.line, position: item.position, source: .output)
            default:
                continue
            }
        }
        return found
    }

    /// The endpoint the task's commands act on: the flag; else the live one among those the pastes
    /// show, of an account the task is about (add-accounts: a new account; remove-accounts: an
    /// account being removed; teardown: the caller's). An endpoint of another account is never
    /// used: a finding says whose it is.
    mutating func mergeEndpoint() {
        if flags.endpointID != nil {
            // The flag is used; an endpoint the pastes show instead is pointed out.
            input.endpointID = mergeSingle(.endpointID, candidates: endpointsSeen.map {
                Candidate(value: $0.id, line: $0.line, position: $0.position, source: $0.source)
            })
            return
        }
        var candidates = endpointsSeen.filter { isValid(.endpointID, $0.id, line: $0.line) && !refused.contains($0.id) }
        let callers = Set(callerAccounts.map(\.value))
        let taskAccounts = Set(input.awsAccountIDs.map { String($0.prefix(12)) })
        switch task {
        case .create:
            break
        case .addAccounts, .removeAccounts:
            candidates = candidates.filter { endpoint in
                if let owner = endpoint.owner {
                    guard taskAccounts.contains(owner) else {
                        findings.append(Finding(.vpcEndpointOtherAccount, .info, step: Self.step(of: .endpointID, in: task),
                                                evidence: [endpoint.line],
                                                explanation: Text("finding.vpc-endpoint.other-account.\(task.rawValue)", [
                                                    "endpoint": .code(endpoint.id), "account": .code(owner),
                                                ]), at: endpoint.position))
                        return false
                    }
                    return true
                }
                // Whose an endpoint is without an owner shown: the account of the credentials in use.
                return !callers.isEmpty && callers.isSubset(of: taskAccounts)
            }
        case .teardown:
            let owned = candidates.filter { $0.owner != nil && callers.contains($0.owner!) }
            if !owned.isEmpty { candidates = owned }
        }
        guard let best = candidates.map(\.rank).min() else { return }
        let live = candidates.filter { $0.rank == best }
        let chosen = live.max { ($0.source, -$0.position.line) < ($1.source, -$1.position.line) } ?? live[0]
        input.endpointID = chosen.id
        learned.endpointID = chosen.id
        let others = candidates.filter { $0.id != chosen.id }
        if live.count > 1 {
            findings.append(Finding(.valuesConflict, .warning, step: Self.step(of: .endpointID, in: task),
                                    evidence: [chosen.line] + live.filter { $0.id != chosen.id }.prefix(1).map(\.line),
                                    explanation: Text("finding.values.conflict", [
                                        "field": .sentence(Text("reply.value.endpoint-id")), "flag": .code(Field.endpointID.flag),
                                        "used": .code(chosen.id), "other": .code(live.first { $0.id != chosen.id }!.id),
                                    ])))
        } else if !others.isEmpty, let state = chosen.state {
            findings.append(Finding(.vpcEndpointOthers, .info, step: Self.step(of: .endpointID, in: task),
                                    evidence: [chosen.line] + others.prefix(3).map(\.line), [
                                        "endpoint": .code(chosen.id), "state": .code(state),
                                        "others": .code(Display.value(others.map { "\($0.id) (\($0.state ?? "?"))" }.joined(separator: ", "))),
                                    ]))
        }
    }

    /// Heroku names an endpoint's config var after the last 17 characters of its id, upper-cased; an
    /// id is `vpce-` and 17 hex digits, so a single `KAFKA_ENDPOINT_…_URL` gives the id back.
    mutating func mergeEndpointFromConfig() {
        guard input.endpointID == nil, task == .create else { return }
        let ids = Self.distinct(connectionStrings.map { Candidate(value: "vpce-" + $0.value.lowercased(), line: $0.line, position: $0.position) })
        guard ids.count == 1, isValid(.endpointID, ids[0].value, line: ids[0].line), !refused.contains(ids[0].value) else { return }
        input.endpointID = ids[0].value
        learned.endpointID = ids[0].value
    }

    var connectionStrings: [Candidate] {
        seen.compactMap { item in
            guard case .connectionString(let id, _) = item.kind else { return nil }
            return Candidate(value: id, line: item.line, position: item.position)
        }
    }

    /// Whether an endpoint is for the add-on's service (or, while it is unknown, for any
    /// PrivateLink endpoint service rather than one of AWS's own).
    func relevant(_ report: VPCEndpointReport) -> Bool {
        guard let name = report.serviceName else { return true }
        return serviceName.map { $0 == name } ?? name.contains(".vpce-svc-")
    }

    /// The last state shown for the endpoint: AWS's descriptions of it, the states the runbook's
    /// check prints, and Heroku's connections table.
    func currentEndpointState() -> (String, EvidenceLine, Position)? {
        let endpoint = input.endpointID
        return seen.compactMap { item -> (String, EvidenceLine, Position)? in
            switch item.kind {
            case .vpcEndpoint(let report):
                guard let state = report.state, relevant(report), endpoint == nil || report.id == nil || report.id == endpoint else { return nil }
                return (state, item.line, item.position)
            case .endpointState(let state, let id):
                guard endpoint == nil || id == nil || id == endpoint else { return nil }
                return (state, item.line, item.position)
            case .connection(let id, _, let status):
                guard endpoint == nil || id == endpoint, let state = AWSOutputReader.endpointState(status) else { return nil }
                return (state, item.line, item.position)
            default:
                return nil
            }
        }.last
    }

    /// The owner account of the endpoint in use, if the pastes show it.
    var currentEndpointOwner: String? {
        guard let id = input.endpointID else { return relevantEndpoints.compactMap(\.0.ownerID).last }
        return endpointsSeen.first { $0.id == id }?.owner
    }
}
