import RunbookCore

extension Assessment {
    /// Everything the pastes show that the customer should know, judged against the merged values.
    mutating func judge() {
        judgeEndpointService()
        judgeAccounts()
        judgeEndpoints()
        judgeSecurityGroups()
        judgeErrors()
        judgeConnectionString()
        judgePastes()
        if flags.endpointID == nil, findings.contains(where: { $0.blocks == .endpoint && Self.recreatesEndpoint.contains($0.id) }) {
            input.endpointID = nil
        }
    }

    /// Findings after which the endpoint must be created anew.
    static let recreatesEndpoint: Set<FindingID> = [.vpcEndpointRejected, .vpcEndpointFailed, .vpcEndpointState,
                                                    .vpcEndpointWrongService, .accountNotAllowed]

    private func kinds<T>(_ pick: (Observation.Kind) -> T?) -> [(T, EvidenceLine, Position)] {
        seen.compactMap { item in pick(item.kind).map { ($0, item.line, item.position) } }
    }

    /// `Provisioning` until any paste shows `Operational`; `Deprovisioning` after the last `Operational`.
    private mutating func judgeEndpointService() {
        let statuses = kinds { kind -> String? in
            if case .endpointServiceStatus(let status) = kind { return status }
            return nil
        }
        let operational = statuses.last { $0.0 == "Operational" }
        if let gone = statuses.last(where: { ($0.0 == "Deprovisioning" || $0.0 == "Deprovisioned") && $0.2 > (operational?.2 ?? Position(paste: -1, line: 0)) }) {
            findings.append(Finding(.endpointServiceDeprovisioned, .warning, step: .create, evidence: [gone.1],
                                    ["status": .code(gone.0)], blocks: .create, at: gone.2))
        } else if operational == nil, let provisioning = statuses.last(where: { $0.0 == "Provisioning" }) {
            findings.append(Finding(.endpointServiceProvisioning, .info, step: .wait, evidence: [provisioning.1],
                                    blocks: .wait, at: provisioning.2))
        }
        let links = kinds { kind -> String? in
            if case .articleLink(let url, let product) = kind, product != "kafka" { return url }
            return nil
        }
        if let link = links.first {
            findings.append(Finding(.herokuArticleLink, .info, step: .serviceName, evidence: [link.1],
                                    ["url": .code(Display.value(link.0)), "article": .code(HerokuCLI.articleURL)]))
        }
    }

    /// Accounts Heroku still provisions, and AWS accounts at work that are not allowed.
    private mutating func judgeAccounts() {
        // The last status shown for each ARN, in the order the ARNs first appear.
        var rows: [(arn: String, status: String, line: EvidenceLine, position: Position)] = []
        var rowIndex: [String: Int] = [:]
        for (row, line, position) in kinds({ kind -> (String, String)? in
            if case .allowedAccount(let arn, let status) = kind { return (arn, status) }
            return nil
        }) {
            if let index = rowIndex[row.0] {
                rows[index] = (row.0, row.1, line, position)
            } else {
                rowIndex[row.0] = rows.count
                rows.append((row.0, row.1, line, position))
            }
        }
        for row in rows where row.status.lowercased() == "provisioning" {
            findings.append(Finding(.allowedAccountProvisioning, .warning, step: .serviceName, evidence: [row.line],
                                    ["arn": .code(Display.value(row.arn))], at: row.position))
        }
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
            guard reported.insert(caller.value).inserted else { continue }
            findings.append(Finding(.accountNotAllowed, .error, step: .account, evidence: [caller.line],
                                    explanation: Text("finding.account.not-allowed", ["account": .code(caller.value), "allowed": allowedText]),
                                    at: caller.position))
        }
        for (report, line, position) in relevantEndpoints {
            guard let owner = report.ownerID, AccountARN.isAccountID(owner), !isAllowed.contains(owner), reported.insert(owner).inserted else { continue }
            findings.append(Finding(.accountNotAllowed, .error, step: .endpoint, evidence: [line],
                                    explanation: Text("finding.account.not-allowed.owner", [
                                        "account": .code(owner), "allowed": allowedText, "endpoint": endpointName(report.id),
                                    ]), blocks: .endpoint, at: position))
        }
    }

    /// "the VPC endpoint `vpce-…`", or "your VPC endpoint" when its id is unknown or invalid.
    func endpointName(_ id: String?) -> Text.Argument {
        guard let id = id ?? input.endpointID, id == input.endpointID || rules.firstProblem(with: id, rules.rules(for: .endpointID)) == nil
        else { return .sentence(Text("reply.endpoint.unnamed")) }
        return .sentence(Text("reply.endpoint.named", ["id": .code(id)]))
    }

    /// The state the endpoint is in now (the last one shown), and endpoints made for another service.
    private mutating func judgeEndpoints() {
        if let (state, line, position) = currentEndpointState() {
            let endpoint = endpointName(nil)
            let arguments: [String: Text.Argument] = ["endpoint": endpoint, "state": .code(Display.value(state))]
            switch state {
            case "available": break
            case "pendingAcceptance":
                findings.append(Finding(.vpcEndpointPendingAcceptance, .info, step: .endpoint, evidence: [line], arguments, at: position))
            case "pending":
                findings.append(Finding(.vpcEndpointPending, .info, step: .endpoint, evidence: [line], arguments, at: position))
            case "rejected", "failed":
                findings.append(Finding(state == "rejected" ? .vpcEndpointRejected : .vpcEndpointFailed, .error, step: .endpoint, evidence: [line], arguments,
                                        blocks: .endpoint, at: position))
            default:
                findings.append(Finding(.vpcEndpointState, .warning, step: .endpoint, evidence: [line], arguments,
                                        blocks: .endpoint, at: position))
            }
        }
        guard let expected = serviceName else { return }
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

    func relevant(_ report: VPCEndpointReport) -> Bool {
        guard let name = report.serviceName else { return true }
        return serviceName.map { $0 == name } ?? name.contains(".vpce-svc-")
    }

    /// The endpoint's security groups (or, when none is known, every group shown) must let TCP
    /// reach the broker ports; only a full listing of a group's rules can show that one is missing.
    private mutating func judgeSecurityGroups() {
        let ours = Set([input.securityGroupID].compactMap { $0 } + relevantEndpoints.flatMap(\.0.groupIDs))
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

    /// Errors of the AWS CLI and the Heroku CLI, each at the step whose command printed it.
    private mutating func judgeErrors() {
        for item in seen {
            switch item.kind {
            case .awsError(let code, let operation, let message):
                findings.append(awsError(code, operation: operation, message: message, line: item.line, at: item.position))
            case .herokuError(.addonNotFound, let command):
                let step = command?.step ?? .create
                findings.append(Finding(.herokuAddonNotFound, .error, step: step, evidence: [item.line], blocks: step, at: item.position))
            case .herokuError(.missingArgument, _):
                findings.append(Finding(.herokuMissingArgument, .error, step: .create, evidence: [item.line],
                                        ["flag": .code(Field.awsAccountID.flag)], blocks: .create, at: item.position))
            case .herokuError(.pluginMissing, _):
                findings.append(Finding(.pluginMissing, .error, step: .plugin, evidence: [item.line], blocks: .plugin, at: item.position))
            case .runbookMessage(_, let step, true):
                findings.append(Finding(.runbookCheckFailed, .error, step: step, evidence: [item.line],
                                        ["step": .step(order(step))], blocks: step, at: item.position))
            default:
                continue
            }
        }
    }

    private func awsError(_ code: String, operation: String, message: String, line: EvidenceLine, at position: Position) -> Finding {
        switch code {
        case "InvalidServiceName":
            let name = AWSOutputReader.quoted(in: message)
            var arguments: [String: Text.Argument] = ["name": name.map { .code(Display.value($0)) } ?? .sentence(Text("reply.service.unnamed"))]
            var key = "finding.vpc-endpoint.invalid-service-name"
            if let expected = serviceName, name != expected {
                arguments["expected"] = .code(expected)
                key += ".expected"
            }
            var finding = Finding(.vpcEndpointInvalidServiceName, .error, step: .endpoint, evidence: [line],
                                  explanation: Text(key, arguments), blocks: .endpoint, at: position)
            // An endpoint shown later was created after all.
            finding.resolvedBy = .securityGroup
            return finding
        case "InvalidPermission.Duplicate":
            return Finding(.securityGroupRuleExists, .info, step: .securityGroup, evidence: [line], at: position)
        default:
            let step = Self.step(ofOperation: operation)
            var finding = Finding(.awsError, .error, step: step, evidence: [line], [
                "code": .code(Display.value(code)), "operation": .code(Display.value(operation)),
            ], blocks: step, at: position)
            if operation == "CreateVpcEndpoint" { finding.resolvedBy = .securityGroup }
            return finding
        }
    }

    /// The step whose commands call an AWS API operation.
    static func step(ofOperation operation: String) -> StepID? {
        switch operation {
        case "GetCallerIdentity": .account
        case "CreateSecurityGroup", "AuthorizeSecurityGroupIngress", "DescribeSecurityGroups", "DescribeVpcs": .securityGroup
        case "CreateVpcEndpoint", "DescribeVpcEndpoints", "ModifyVpcEndpoint", "DescribeVpcEndpointServices": .endpoint
        default: nil
        }
    }

    /// Whether `heroku config` shows the endpoint's connection string.
    private mutating func judgeConnectionString() {
        let strings = connectionStrings
        let expected = input.endpointID.map { VPCEndpointID(value: $0) }
        let present = strings.last { candidate in
            guard let expected else { return true }
            // An id that is no endpoint id cannot be compared; the line still shows a connection string.
            return candidate.value == expected.configVarID || !Self.isConfigVarID(candidate.value)
        }
        if let present {
            findings.append(Finding(.connectionStringPresent, .info, step: .connect, evidence: [present.line],
                                    ["name": .code(Display.value(HerokuCLI.endpointVarPrefix + present.value + "_URL"))], at: present.position))
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

    /// A paste with nothing recognisable is a finding, not a failure; lines that were skipped are said.
    private mutating func judgePastes() {
        for reading in readings {
            let name: Text.Argument = .code(Display.value(reading.paste.name))
            if reading.paste.isBlank {
                findings.append(Finding(.pasteUnrecognized, .warning, step: nil, evidence: [],
                                        explanation: Text("finding.paste.empty", ["paste": name])))
            } else if reading.observations.isEmpty {
                findings.append(Finding(.pasteUnrecognized, .warning, step: nil, evidence: Array(reading.unrecognised.prefix(1)),
                                        explanation: Self.counted("finding.paste.unrecognized", reading.paste.lines.count, ["paste": name])))
            } else if let first = reading.unrecognised.first {
                findings.append(Finding(.pastePartlyRecognized, .info, step: nil, evidence: [first],
                                        explanation: Self.counted("finding.paste.partly-recognized", reading.unrecognised.count, ["paste": name])))
            }
        }
    }

    /// The sentence `key` for `count` lines, agreeing in number with it.
    private static func counted(_ key: String, _ count: Int, _ arguments: [String: Text.Argument]) -> Text {
        Text(Text.key(key, agreeingWith: count), arguments.merging(["count": .plain(String(count))]) { $1 })
    }

    static func unique(_ values: [String]) -> [String] {
        var known: Set<String> = []
        return values.filter { known.insert($0).inserted }
    }
}
