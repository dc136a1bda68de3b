import RunbookCore

extension Assessment {
    /// Everything the pastes show that the customer (or only the engineer) should know, judged
    /// against the merged values.
    mutating func judge() {
        judgeSecrets()
        judgeArticleValues()
        judgeEndpointService()
        judgeAccounts()
        judgeEndpoints()
        judgeSecurityGroups()
        judgeErrors()
        judgeConnectionString()
        judgePastes()
        judgeScope()
        if flags.endpointID == nil, findings.contains(where: { $0.blocks == .endpoint && Self.recreatesEndpoint.contains($0.id) }) {
            input.endpointID = nil
        }
    }

    /// Findings after which the endpoint must be created anew.
    static let recreatesEndpoint: Set<FindingID> = [.vpcEndpointRejected, .vpcEndpointFailed, .vpcEndpointState, .vpcEndpointExpired,
                                                    .vpcEndpointWrongService, .accountNotAllowed]

    func kinds<T>(_ pick: (Observation.Kind) -> T?) -> [(T, EvidenceLine, Position)] {
        seen.compactMap { item in pick(item.kind).map { ($0, item.line, item.position) } }
    }

    /// A secret in a paste was masked: the customer must rotate it, whatever else the reply says.
    private mutating func judgeSecrets() {
        var kinds: [MaskedSecret.Kind] = []
        var lines: [EvidenceLine] = []
        for secret in readings.flatMap(\.paste.secrets) {
            if !kinds.contains(secret.kind) { kinds.append(secret.kind) }
            if lines.count < 3, !lines.contains(secret.line) { lines.append(secret.line) }
        }
        for kind in kinds {
            findings.append(Finding(.secretExposed, .error, step: nil, evidence: Array(lines.prefix(1)),
                                    explanation: Text("finding.secret.\(kind.rawValue)")))
        }
    }

    /// The article's example values, or its placeholders, in place of the customer's own.
    private mutating func judgeArticleValues() {
        if !articleValues.isEmpty {
            let values = Self.unique(articleValues.map(\.value))
            findings.append(Finding(.pasteArticleExample, .warning, step: nil, evidence: [articleValues[0].line], [
                "values": .code(Display.value(values.joined(separator: ", "))),
            ]))
        }
        let placeholders = kinds { kind -> String? in
            if case .placeholder(_, let value) = kind { return value }
            return nil
        }
        if let first = placeholders.first {
            findings.append(Finding(.pastePlaceholder, .error, step: nil, evidence: [first.1], [
                "placeholders": .code(Display.value(Self.unique(placeholders.map(\.0)).joined(separator: ", "))),
            ], at: first.2))
        }
    }

    /// `Provisioning` until any paste shows `Operational`; `Deprovisioning` after the last `Operational`.
    private mutating func judgeEndpointService() {
        let statuses = kinds { kind -> String? in
            if case .endpointServiceStatus(let status) = kind { return status }
            return nil
        }
        let operational = statuses.last { $0.0 == "Operational" }
        if let gone = statuses.last(where: { ($0.0 == "Deprovisioning" || $0.0 == "Deprovisioned") && $0.2 > (operational?.2 ?? Position(paste: -1, line: 0)) }) {
            // In the teardown runbook a service going away is the step done, not a problem.
            if task != .teardown {
                findings.append(Finding(.endpointServiceDeprovisioned, .warning, step: task.number(of: .create) == nil ? nil : .create,
                                        evidence: [gone.1], ["status": .code(gone.0)], blocks: task == .create ? .create : nil, at: gone.2))
            }
        } else if operational == nil, let provisioning = statuses.last(where: { $0.0 == "Provisioning" }), task == .create {
            findings.append(Finding(.endpointServiceProvisioning, .info, step: .wait, evidence: [provisioning.1],
                                    blocks: .wait, at: provisioning.2))
        }
        let links = kinds { kind -> String? in
            if case .articleLink(let url, let product) = kind, product != "kafka" { return url }
            return nil
        }
        if let link = links.first {
            findings.append(Finding(.herokuArticleLink, .info, step: Self.step(of: .serviceName, in: task), evidence: [link.1],
                                    ["url": .code(Display.value(link.0)), "article": .code(HerokuCLI.articleURL)]))
        }
    }

    /// Accounts Heroku still provisions, and AWS accounts at work that are not allowed.
    private mutating func judgeAccounts() {
        let rows = allowedRows
        let newAccounts = Set(input.awsAccountIDs.map { String($0.prefix(12)) })
        for row in rows where row.status.lowercased() == "provisioning" {
            // Adding accounts: wait until the new one is Active, then its own VPC's steps.
            let adding = task == .addAccounts
            findings.append(Finding(.allowedAccountProvisioning, .warning, step: adding ? .accessActive : Self.step(of: .serviceName, in: task),
                                    evidence: [row.line],
                                    explanation: Text(adding ? "finding.allowed-account.provisioning.add" : "finding.allowed-account.provisioning",
                                                      ["arn": .code(Display.value(row.arn))]),
                                    blocks: adding && newAccounts.contains(AccountARN.accountID(row.arn) ?? "") ? .accessActive : nil,
                                    at: row.position))
        }
        guard task.createsEndpoint else { return }
        let tableShown = !rows.isEmpty || seen.contains { if case .noAllowedAccounts = $0.kind { return true } else { return false } }
        let allowed: [String]
        if tableShown {
            allowed = rows.compactMap { AccountARN.accountID($0.arn) }
        } else if !statedAccounts.isEmpty {
            allowed = statedAccounts.map { String($0.prefix(12)) }
        } else {
            return
        }
        let allowedText: Text.Argument = allowed.isEmpty ? .sentence(Text("reply.no-accounts"))
            : .code(Display.value(Self.unique(allowed).joined(separator: ", ")))
        let isAllowed = Set(allowed)
        var reported: Set<String> = []
        for caller in callerAccounts where AccountARN.isAccountID(caller.value) && !isAllowed.contains(caller.value) {
            guard reported.insert(caller.value).inserted, !ArticleExample.isExample(.awsAccountID, caller.value) else { continue }
            findings.append(Finding(.accountNotAllowed, .error, step: .account, evidence: [caller.line],
                                    explanation: Text("finding.account.not-allowed", ["account": .code(caller.value), "allowed": allowedText]),
                                    at: caller.position))
        }
        var reportedOwners: Set<String> = []
        for (report, line, position) in relevantEndpoints where report.id == nil || report.id == input.endpointID || input.endpointID == nil {
            guard let owner = report.ownerID, AccountARN.isAccountID(owner), !isAllowed.contains(owner), reportedOwners.insert(owner).inserted else { continue }
            findings.append(Finding(.accountNotAllowed, .error, step: .endpoint, evidence: [line],
                                    explanation: Text("finding.account.not-allowed.owner", [
                                        "account": .code(owner), "allowed": allowedText, "endpoint": endpointName(report.id),
                                    ]), blocks: .endpoint, at: position))
        }
    }

    /// The accounts allowed to connect, as far as the pastes or flags show them; nil when unknown.
    var allowedAccountIDs: Set<String>? {
        let rows = allowedRows
        if !rows.isEmpty || seen.contains(where: { if case .noAllowedAccounts = $0.kind { return true } else { return false } }) {
            return Set(rows.compactMap { AccountARN.accountID($0.arn) })
        }
        return statedAccounts.isEmpty ? nil : Set(statedAccounts.map { String($0.prefix(12)) })
    }

    /// "the VPC endpoint `vpce-…`", or "your VPC endpoint" when its id is unknown or invalid.
    func endpointName(_ id: String?) -> Text.Argument {
        guard let id = id ?? input.endpointID, id == input.endpointID || rules.firstProblem(with: id, rules.rules(for: .endpointID)) == nil,
              !ArticleExample.isExample(.endpointID, id)
        else { return .sentence(Text("reply.endpoint.unnamed")) }
        return .sentence(Text("reply.endpoint.named", ["id": .code(id)]))
    }

    /// The state the endpoint is in now (the last one shown), and endpoints made for another service.
    private mutating func judgeEndpoints() {
        if task.createsEndpoint, let (state, line, position) = currentEndpointState() {
            let endpoint = endpointName(nil)
            let arguments: Text.Arguments = ["endpoint": endpoint, "state": .code(Display.value(state))]
            // An endpoint of an account that is not allowed is not accepted by waiting (judgeAccounts says why).
            let ownerNotAllowed = findings.contains { $0.id == .accountNotAllowed && $0.step == .endpoint }
                || currentEndpointOwner.map { owner in allowedAccountIDs.map { !$0.contains(owner) } ?? false } == true
            switch state {
            case "available": break
            case "pendingAcceptance" where !ownerNotAllowed:
                if let stuck = stuckPending(line: line, position: position) {
                    findings.append(stuck)
                } else {
                    findings.append(Finding(.vpcEndpointPendingAcceptance, .info, step: .endpoint, evidence: [line], arguments, at: position))
                }
            case "pending" where !ownerNotAllowed:
                findings.append(Finding(.vpcEndpointPending, .info, step: .endpoint, evidence: [line], arguments, at: position))
            case "pendingAcceptance", "pending":
                break
            case "rejected", "failed":
                findings.append(Finding(state == "rejected" ? .vpcEndpointRejected : .vpcEndpointFailed, .error, step: .endpoint, evidence: [line], arguments,
                                        blocks: .endpoint, at: position))
            case "expired":
                findings.append(Finding(.vpcEndpointExpired, .error, step: .endpoint, evidence: [line], arguments, blocks: .endpoint, at: position))
            default:
                findings.append(Finding(.vpcEndpointState, .warning, step: .endpoint, evidence: [line], arguments,
                                        blocks: .endpoint, at: position))
            }
        }
        guard let expected = serviceName, task.createsEndpoint else { return }
        let forTheService = relevantEndpoints.contains { $0.0.id != nil }
        var reported: Set<String> = []
        for (report, line, position) in endpointReports {
            guard let actual = report.serviceName, actual.contains(".vpce-svc-"), actual != expected,
                  !forTheService || (report.id != nil && report.id == input.endpointID),
                  reported.insert(actual).inserted else { continue }
            findings.append(wrongService(actual, expected: expected, endpoint: endpointName(report.id), line: line, at: position))
        }
        for (used, line, position) in kinds({ kind -> String? in
            if case .usedServiceName(let name) = kind { return name }
            return nil
        }) where used != expected && reported.insert(used).inserted {
            findings.append(wrongService(used, expected: expected, endpoint: .sentence(Text("reply.endpoint.unnamed")), line: line, at: position))
        }
    }

    private func wrongService(_ actual: String, expected: String, endpoint: Text.Argument, line: EvidenceLine, at position: Position) -> Finding {
        Finding(.vpcEndpointWrongService, .error, step: .endpoint, evidence: [line],
                ["endpoint": endpoint, "actual": .code(Display.value(actual)), "expected": .code(expected)],
                blocks: .endpoint, at: position)
    }

    /// The endpoint's security groups (or, when none is known, every group shown) must let TCP
    /// reach the broker ports; only a full listing of a group's rules can show that one is missing.
    private mutating func judgeSecurityGroups() {
        guard task.createsEndpoint else { return }
        let ours = Set([input.securityGroupID].compactMap { $0 } + relevantEndpoints.filter { $0.0.id == nil || $0.0.id == input.endpointID }.flatMap(\.0.groupIDs))
        var covered: Set<String> = []
        var listed: Set<String> = []
        var listings: [(id: String, line: EvidenceLine, position: Position)] = []
        for (report, line, position) in groupReports {
            guard let rules = report.inboundRules else { continue }
            let id = report.id ?? ""
            if rules.contains(where: { $0.covers(HerokuCLI.brokerPorts) }) { covered.insert(id) }
            if report.listsEveryRule, ours.isEmpty || ours.contains(id), listed.insert(id).inserted {
                listings.append((id, line, position))
            }
        }
        for listing in listings where !covered.contains(listing.id) {
            findings.append(Finding(.securityGroupPorts, .error, step: .securityGroup, evidence: [listing.line], [
                "group": .code(Display.value(listing.id)), "ports": .code(HerokuCLI.brokerPortsText),
            ], blocks: .securityGroup, at: listing.position))
        }
    }

    /// Whether `heroku config` shows the endpoint's connection string, and a value a client can use.
    private mutating func judgeConnectionString() {
        guard task.createsEndpoint else { return }
        let strings = seen.compactMap { item -> (id: String, value: ConnectionStringValue, line: EvidenceLine, position: Position)? in
            guard case .connectionString(let id, let value) = item.kind else { return nil }
            return (id, value, item.line, item.position)
        }
        let expected = input.endpointID.map { VPCEndpointID(value: $0) }
        let present = strings.last { candidate in
            guard let expected else { return true }
            // An id that is no endpoint id cannot be compared; the line still shows a connection string.
            return candidate.id == expected.configVarID || !Self.isConfigVarID(candidate.id)
        }
        if let present {
            let name: Text.Argument = .code(Display.value(HerokuCLI.endpointVarPrefix + present.id + "_URL"))
            if present.value == .brokers {
                findings.append(Finding(.connectionStringPresent, .info, step: .connect, evidence: [present.line], ["name": name], at: present.position))
            } else {
                findings.append(Finding(.connectionStringMalformed, .warning, step: .connect, evidence: [present.line], ["name": name],
                                        blocks: .connect, at: present.position))
            }
            return
        }
        let listed = seen.last { item in
            switch item.kind {
            case .configListed, .ran(.config): true
            default: false
            }
        }
        guard let evidence = strings.last.map({ ($0.line, $0.position) }) ?? listed.map({ ($0.line, $0.position) }) else { return }
        let name: Text.Argument = .code(expected?.configVarName ?? HerokuCLI.endpointVarPlaceholder)
        let available = currentEndpointState()?.0 == "available"
        findings.append(Finding(.connectionStringMissing, .warning, step: .connect, evidence: [evidence.0],
                                explanation: Text(available ? "finding.connection-string.missing.available" : "finding.connection-string.missing",
                                                  ["name": name]),
                                blocks: available ? .connect : .endpoint, at: evidence.1))
    }

    static func isConfigVarID(_ id: String) -> Bool {
        id.utf8.count == 17 && id.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains($0) }
    }

    /// A paste with nothing recognisable is a finding, not a failure; lines that were skipped are
    /// said. Both are for the engineer: sentences are read as sentences, never quoted back.
    private mutating func judgePastes() {
        for reading in readings {
            let name: Text.Argument = .code(Display.value(reading.paste.name))
            if reading.paste.isBlank {
                findings.append(Finding(.pasteUnrecognized, .warning, step: nil, evidence: [],
                                        explanation: Text("finding.paste.empty", ["paste": name])))
            } else if reading.observations.isEmpty, reading.prose.isEmpty {
                findings.append(Finding(.pasteUnrecognized, .warning, step: nil, evidence: Array(reading.unrecognised.prefix(1)),
                                        explanation: Self.counted("finding.paste.unrecognized", reading.paste.lines.count, ["paste": name])))
            } else if let first = reading.unrecognised.first {
                findings.append(Finding(.pastePartlyRecognized, .info, step: nil, evidence: [first],
                                        explanation: Self.counted("finding.paste.partly-recognized", reading.unrecognised.count, ["paste": name])))
            }
        }
    }

    /// A ticket whose sentences are about using Kafka, with no output and nothing about PrivateLink,
    /// is not this runbook's to answer.
    private mutating func judgeScope() {
        let subjects = Set(kinds { kind -> TicketSubject? in
            if case .mentions(let subject) = kind { return subject }
            return nil
        }.map(\.0))
        let onlyProse = seen.allSatisfy { item in
            switch item.kind {
            case .mentions, .statedWait, .intent: true
            default: false
            }
        }
        guard subjects.contains(.kafkaUsage), !subjects.contains(.privateLink), onlyProse else { return }
        findings.append(Finding(.ticketOutOfScope, .info, step: nil, evidence: Array(readings.flatMap(\.prose).prefix(1))))
    }

    /// The sentence `key` for `count` lines, agreeing in number with it.
    static func counted(_ key: String, _ count: Int, _ arguments: Text.Arguments) -> Text {
        Text(Text.key(key, agreeingWith: count), arguments.merging(["count": .plain(String(count))]) { $1 })
    }

    static func unique(_ values: [String]) -> [String] {
        var known: Set<String> = []
        return values.filter { known.insert($0).inserted }
    }

    var isOutOfScope: Bool { findings.contains { $0.id == .ticketOutOfScope } }
}
