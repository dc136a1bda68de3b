import RunbookCore

/// The causes behind the errors customers paste, named with what AWS's and Heroku's documentation
/// say they mean (each source beside its case), at the step whose command printed them.
extension Assessment {
    mutating func judgeErrors() {
        for item in seen {
            switch item.kind {
            case .awsError(let code, let operation, let message, let region):
                findings.append(awsError(code, operation: operation, message: message, region: region ?? commandRegion(at: item.position),
                                         line: item.line, at: item.position))
            case .herokuError(.addonNotFound, let command):
                let step = command?.step(in: task) ?? Self.step(of: .addon, in: task)
                findings.append(Finding(.herokuAddonNotFound, .error, step: step, evidence: [item.line], blocks: step, at: item.position))
            case .herokuError(.missingArgument, _):
                let step: StepID? = task == .create ? .create : (task == .addAccounts ? .accessAdd : (task == .removeAccounts ? .accessRemove : nil))
                findings.append(Finding(.herokuMissingArgument, .error, step: step, evidence: [item.line],
                                        ["flag": .code(Field.awsAccountID.flag)], blocks: step, at: item.position))
            case .herokuError(.pluginMissing, _):
                let step: StepID? = task == .create ? .plugin : nil
                findings.append(Finding(.pluginMissing, .error, step: step, evidence: [item.line], blocks: step, at: item.position))
            case .runbookMessage(_, let step, true) where task.number(of: step) != nil:
                findings.append(Finding(.runbookCheckFailed, .error, step: step, evidence: [item.line],
                                        ["step": .step(order(step))], blocks: step, at: item.position))
            default:
                continue
            }
        }
    }

    private func awsError(_ code: String, operation: String, message: String, region: String?, line: EvidenceLine, at position: Position) -> Finding {
        let step = Self.step(ofOperation: operation, in: task)
        let resolvedBy: StepID? = operation == "CreateVpcEndpoint" ? .securityGroup : nil
        func finding(_ id: FindingID, _ key: String, _ arguments: Text.Arguments, severity: Finding.Severity = .error,
                     blocks: StepID? = step) -> Finding {
            var finding = Finding(id, severity, step: step, evidence: [line], explanation: Text(key, arguments), blocks: blocks, at: position)
            finding.resolvedBy = resolvedBy
            return finding
        }
        switch code {
        case "InvalidServiceName":
            let name = AWSOutputReader.quoted(in: message)
            var arguments: Text.Arguments = ["name": name.map { .code(Display.value($0)) } ?? .sentence(Text("reply.service.unnamed"))]
            let named = name.flatMap(RuleSet.serviceNameRegion) ?? serviceRegion
            // The service exists only in its own region (AWS PrivateLink: "Endpoints are supported
            // within the same Region only"): a CLI in another region does not find it.
            if let named, let region, Self.looksLikeAWSRegion(region), region != named.awsCode {
                arguments["region"] = .code(region)
                arguments["serviceRegion"] = .code(named.awsCode)
                arguments["regionFlag"] = .code("--region \(named.awsCode)")
                return finding(.vpcEndpointInvalidServiceName, "finding.vpc-endpoint.invalid-service-name.region", arguments)
            }
            if let expected = serviceName, name != expected {
                arguments["expected"] = .code(expected)
                return finding(.vpcEndpointInvalidServiceName, "finding.vpc-endpoint.invalid-service-name.expected", arguments)
            }
            return finding(.vpcEndpointInvalidServiceName, "finding.vpc-endpoint.invalid-service-name", arguments)
        case "InvalidPermission.Duplicate":
            return finding(.securityGroupRuleExists, "finding.security-group.rule-exists", [:], severity: .info, blocks: nil)
        case "UnauthorizedOperation", "AccessDenied", "AccessDeniedException":
            return unauthorized(message, operation: operation, make: finding)
        case "ExpiredToken", "ExpiredTokenException", "RequestExpired":
            // EC2 API Reference, "Common Error Types": ExpiredTokenException "The security token included in
            // the request has expired. Request a new security token and try again." RequestExpired: "The
            // request reached the service more than 15 minutes after the date stamp on the request …, or the
            // date stamp on the request is more than 15 minutes in the future."
            return finding(.awsExpiredCredentials, code == "RequestExpired" ? "finding.aws.request-expired" : "finding.aws.expired-token",
                           ["code": .code(code)])
        case "InvalidParameter" where message.contains("does not support the availability zone"):
            return zoneUnsupported(message, make: finding)
        case "InvalidVpcEndpointId.NotFound":
            return endpointNotFound(message, region: region, at: position, make: finding)
        default:
            return finding(.awsError, "finding.aws.error", ["code": .code(Display.value(code)), "operation": .code(Display.value(operation))])
        }
    }

    /// EC2's `UnauthorizedOperation` (STS and IAM say `AccessDenied`): the IAM user or role in use
    /// lacks the action, an IAM matter in the customer's account. EC2 names the principal and the
    /// action in its message (`User: ARN is not authorized to perform: ec2:CreateVpcEndpoint …`)
    /// and may add an encoded authorization failure message, which `aws sts
    /// decode-authorization-message` decodes for a principal allowed `sts:DecodeAuthorizationMessage`
    /// (AWS STS API Reference, DecodeAuthorizationMessage). EC2's IAM actions are named after its
    /// API operations (`ec2:CreateVpcEndpoint` for CreateVpcEndpoint).
    private func unauthorized(_ message: String, operation: String,
                              make: (FindingID, String, Text.Arguments, Finding.Severity, StepID?) -> Finding) -> Finding {
        let words = message.split(separator: " ").map(String.init)
        // EC2 names the principal in its longer message; else the identity get-caller-identity showed.
        let principal = words.first { $0.hasPrefix("arn:aws:iam::") || $0.hasPrefix("arn:aws:sts::") } ?? kinds { kind -> String? in
            if case .callerARN(let arn) = kind { return arn }
            return nil
        }.last?.0
        let action = words.first { $0.hasPrefix("ec2:") || $0.hasPrefix("sts:") || $0.hasPrefix("iam:") }.map { $0.trimming(".,") }
            ?? (operation.isEmpty ? nil : "ec2:" + operation)
        var arguments: Text.Arguments = ["action": .code(Display.value(action ?? "ec2:*"))]
        var key = "finding.aws.unauthorized"
        if let principal { arguments["principal"] = .code(Display.value(principal.trimming(".,"))); key += ".principal" }
        if message.contains("Encoded authorization failure message") { key += ".encoded" }
        return make(.awsUnauthorized, key, arguments, .error, Self.step(ofOperation: operation, in: task))
    }

    /// `InvalidParameter: The VPC endpoint service … does not support the availability zone of the
    /// subnet: subnet-….` (the message as AWS returns it, quoted in aws/aws-sdk-go-v2 issue 1024): an
    /// interface endpoint takes subnets only in zones the service offers (facts file, section 4).
    private func zoneUnsupported(_ message: String,
                                 make: (FindingID, String, Text.Arguments, Finding.Severity, StepID?) -> Finding) -> Finding {
        let subnet = message.split(separator: " ").last.map { String($0).trimming(".") } ?? ""
        var arguments: Text.Arguments = ["subnet": .code(Display.value(subnet))]
        var key = "finding.vpc-endpoint.zone-unsupported"
        if let zone = kinds({ kind -> (String, String?)? in
            if case .subnetZone(let id, let zone, let zoneID) = kind, id == subnet { return (zone, zoneID) }
            return nil
        }).last?.0 {
            arguments["zone"] = .code(zone.1.map { "\(zone.0) (\($0))" } ?? zone.0)
            key += ".zone"
        }
        var finding = make(.vpcEndpointZoneUnsupported, key, arguments, .error, Self.step(ofOperation: "CreateVpcEndpoint", in: task))
        if let name = serviceName, let region = serviceRegion {
            finding.commands = ["aws ec2 describe-vpc-endpoint-services --region \(region.awsCode) --service-names \(name) --query 'ServiceDetails[0].AvailabilityZones' --output text"]
        }
        return finding
    }

    /// `InvalidVpcEndpointId.NotFound` is AWS's answer for a wrong id, a wrong region or another
    /// account's credentials, not only for a deleted endpoint, which stays listed for a while as
    /// `deleted` (facts file, section 8). The pastes tell which: the region the command used
    /// against the service's, a `deleted` state or a deletion seen before.
    private func endpointNotFound(_ message: String, region: String?, at position: Position,
                                  make: (FindingID, String, Text.Arguments, Finding.Severity, StepID?) -> Finding) -> Finding {
        let id = AWSOutputReader.quoted(in: message)
        var arguments: Text.Arguments = ["endpoint": endpointName(id)]
        // In the runbooks that delete the endpoint, not finding it after the deletion is its end.
        if !task.createsEndpoint, deletionSeen(before: position) {
            return make(.vpcEndpointNotFound, "finding.vpc-endpoint.not-found.deleted", arguments, .info, nil)
        }
        if let region, let serviceRegion, Self.looksLikeAWSRegion(region), region != serviceRegion.awsCode {
            arguments["region"] = .code(region)
            arguments["serviceRegion"] = .code(serviceRegion.awsCode)
            var finding = make(.vpcEndpointNotFound, "finding.vpc-endpoint.not-found.region", arguments, .error, nil)
            // Only for the endpoint the reply is about: its commands act on no other.
            if let id, id == input.endpointID {
                finding.commands = ["aws ec2 describe-vpc-endpoints --region \(serviceRegion.awsCode) --vpc-endpoint-ids \(id) --query 'VpcEndpoints[0].State' --output text"]
            }
            return finding
        }
        if deletionSeen(before: position) {
            return make(.vpcEndpointNotFound, "finding.vpc-endpoint.not-found.deleted", arguments, .warning, nil)
        }
        return make(.vpcEndpointNotFound, "finding.vpc-endpoint.not-found", arguments, .warning, nil)
    }

    /// Whether the pastes show, before `position`, the endpoint deleted or being deleted.
    func deletionSeen(before position: Position) -> Bool {
        seen.contains { item in
            guard item.position < position else { return false }
            switch item.kind {
            case .endpointDeleteAccepted, .ran(.deleteEndpoint): return true
            case .endpointState(let state, _): return state == "deleted" || state == "deleting"
            case .vpcEndpoint(let report): return report.state == "deleted" || report.state == "deleting"
            default: return false
            }
        }
    }

    /// A wait in words: minutes, or whole hours from two hours on.
    static func duration(minutes: Int) -> Text.Argument {
        minutes >= 120 ? .sentence(Text("reply.duration.hours", ["hours": .plain(String(minutes / 60))]))
            : .sentence(Text("reply.duration.minutes", ["minutes": .plain(String(minutes))]))
    }

    /// The step whose commands call an AWS API operation, in `task`'s runbook.
    static func step(ofOperation operation: String, in task: RunbookTask) -> StepID? {
        let step: StepID? = switch operation {
        case "GetCallerIdentity": .account
        case "CreateSecurityGroup", "AuthorizeSecurityGroupIngress", "DescribeSecurityGroups", "DescribeVpcs": .securityGroup
        case "CreateVpcEndpoint", "ModifyVpcEndpoint", "DescribeVpcEndpointServices", "DescribeSubnets": .endpoint
        case "DescribeVpcEndpoints": task.createsEndpoint ? .endpoint : .endpointGone
        case "DeleteVpcEndpoints": .deleteEndpoint
        case "DeleteSecurityGroup": .deleteGroup
        default: nil
        }
        return step.flatMap { task.number(of: $0) == nil ? nil : $0 }
    }

    /// An endpoint waiting for acceptance far longer than the article's 5 to 10 minutes while its
    /// account is `Active` among the allowed accounts: Heroku accepts allowed accounts' endpoints,
    /// so there is nothing left for the customer to do, and Heroku support investigates. "Far
    /// longer": the runbook's own check gave up after its 20 minutes, or the customer says 30
    /// minutes or more.
    func stuckPending(line: EvidenceLine, position: Position) -> Finding? {
        let waited = kinds { kind -> Int? in
            if case .statedWait(let minutes) = kind { return minutes }
            return nil
        }.map(\.0).max() ?? 0
        let timedOut = seen.contains { if case .runbookMessage("shell.state.timeout", _, _) = $0.kind { return true } else { return false } }
        guard waited >= 30 || timedOut else { return nil }
        let owner = currentEndpointOwner ?? callerAccounts.last?.value ?? (input.awsAccountIDs.count == 1 ? String(input.awsAccountIDs[0].prefix(12)) : nil)
        guard let owner, let row = allowedRows.last(where: { AccountARN.accountID($0.arn) == owner }), row.status.lowercased() == "active" else {
            return nil
        }
        var finding = Finding(.vpcEndpointPendingTooLong, .warning, step: .endpoint, evidence: [line, row.line], [
            "endpoint": endpointName(nil), "account": .code(owner),
            "duration": Self.duration(minutes: max(waited, timedOut ? AWSCLI.pollMinutes : 0)),
        ], at: position)
        finding.handsOff = true
        return finding
    }
}
