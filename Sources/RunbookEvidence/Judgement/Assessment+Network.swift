import RunbookCore

extension Assessment {
    /// The VPC, its subnets and a security group only make sense together (the AWS CLI steps need a
    /// VPC and subnets): learned ones that cannot be used that way are left out. So are those the
    /// pastes show in another region than the add-on's (an endpoint can only be made in a VPC of
    /// the service's region: the article's first limitation) and, in the runbooks for more or
    /// fewer accounts, those of an account the task is not about.
    mutating func mergeNetwork() {
        let endpoint = input.endpointID
        let chosenReports = relevantEndpoints.filter { report, _, _ in endpoint == nil ? task == .create : report.id == endpoint }
        let trustsCommands = task == .create || task == .teardown || callerIsTaskAccount
        func fromCommands(_ field: Field) -> [Candidate] {
            trustsCommands ? inServiceRegion(values(field)) : []
        }
        var vpcCandidates = fromCommands(.vpcID)
        vpcCandidates += chosenReports.compactMap { report, line, position in report.vpcID.map { Candidate(value: $0, line: line, position: position) } }
        if trustsCommands {
            vpcCandidates += groupReports.compactMap { report, line, position in report.vpcID.map { Candidate(value: $0, line: line, position: position) } }
        }
        input.vpcID = mergeSingle(.vpcID, candidates: vpcCandidates)
        defer { reportResourcesElsewhere() }

        var subnets = fromCommands(.subnetID)
        subnets += chosenReports.flatMap { report, line, position in report.subnetIDs.map { Candidate(value: $0, line: line, position: position) } }
        var learnedSubnets: [String] = []
        for candidate in Self.distinct(subnets) where isValid(.subnetID, candidate.value, line: candidate.line) {
            if !flags.subnetIDs.contains(candidate.value), !refused.contains(candidate.value) { learnedSubnets.append(candidate.value) }
        }

        var groups = fromCommands(.securityGroupID)
        if trustsCommands {
            groups += groupReports.compactMap { report, line, position in report.id.map { Candidate(value: $0, line: line, position: position) } }
        }
        let endpointGroups = chosenReports.flatMap { report, line, position in report.groupIDs.map { Candidate(value: $0, line: line, position: position) } }
        var validGroups: [String] = []
        for candidate in Self.distinct(groups + endpointGroups) where isValid(.securityGroupID, candidate.value, line: candidate.line) {
            validGroups.append(candidate.value)
        }
        let validEndpointGroups = Set(endpointGroups.map(\.value)).filter { validGroups.contains($0) }
        // Customers have many groups: only one group, or the endpoint's only group, is clearly theirs for this.
        let learnedGroup = validGroups.count == 1 ? validGroups[0] : (validEndpointGroups.count == 1 ? validEndpointGroups.first : nil)

        guard input.vpcID != nil else { return }
        // The runbooks that make an endpoint need its subnets; those that delete one need its id.
        let usable = task.createsEndpoint ? !(flags.subnetIDs.isEmpty && learnedSubnets.isEmpty) : input.endpointID != nil
        if flags.vpcID == nil, !usable {
            input.vpcID = nil
            learned.vpcID = nil
            return
        }
        if task.createsEndpoint {
            input.subnetIDs = flags.subnetIDs + learnedSubnets
            learned.subnetIDs = learnedSubnets
        }
        if flags.securityGroupID == nil, let learnedGroup, !refused.contains(learnedGroup) {
            input.securityGroupID = learnedGroup
            learned.securityGroupID = learnedGroup
        }
    }

    /// Whether the AWS credentials the pastes show are those of an account the task is about.
    var callerIsTaskAccount: Bool {
        let callers = Set(callerAccounts.map(\.value))
        let accounts = Set(input.awsAccountIDs.map { String($0.prefix(12)) })
        return !callers.isEmpty && callers.isSubset(of: accounts)
    }

    /// The candidates from command lines whose region is the service's (or unknown); the others are
    /// left out, once with a finding that names them.
    private mutating func inServiceRegion(_ candidates: [Candidate]) -> [Candidate] {
        guard let serviceRegion else { return candidates }
        var kept: [Candidate] = []
        for candidate in candidates {
            guard candidate.source == .command, let region = commandRegion(at: candidate.position),
                  Self.looksLikeAWSRegion(region), region != serviceRegion.awsCode else {
                kept.append(candidate)
                continue
            }
            guard refused.insert(candidate.value).inserted else { continue }
            elsewhere.append((candidate.value, region, candidate.line, candidate.position))
        }
        return kept
    }

    /// One finding for every resource left out for its region, naming them.
    private mutating func reportResourcesElsewhere() {
        guard let first = elsewhere.first, let serviceRegion else { return }
        let resources = Self.unique(elsewhere.map(\.value))
        findings.append(Finding(.regionResources, .warning, step: Self.step(of: .vpcID, in: task), evidence: [first.line],
                                explanation: Text(Text.key("finding.region.resources-elsewhere", agreeingWith: resources.count), [
                                    "resources": ReplyText.list(resources.prefix(8).map { .code($0) }), "region": .code(first.region),
                                    "serviceRegion": .code(serviceRegion.awsCode),
                                ]), at: first.position))
    }

    /// Learned values that the rules between values refuse together (a VPC without the subnets
    /// or endpoint its task needs) are left out, so that the values given as flags alone decide
    /// whether the input is valid.
    mutating func dropInconsistentLearnedValues() {
        guard case .failure(let diagnostics) = rules.validate(input) else { return }
        for problem in diagnostics.items where !problem.rule.check.waitsForPastes || problem.rule.check == .needsVPC {
            switch problem.field {
            case .vpcID where flags.vpcID == nil:
                input.vpcID = nil; learned.vpcID = nil
                input.subnetIDs = flags.subnetIDs; learned.subnetIDs = []
                if flags.securityGroupID == nil { input.securityGroupID = nil; learned.securityGroupID = nil }
            case .subnetID where !flags.subnetIDs.contains(problem.value ?? ""):
                input.subnetIDs.removeAll { $0 == problem.value }; learned.subnetIDs.removeAll { $0 == problem.value }
            case .securityGroupID where flags.securityGroupID == nil:
                input.securityGroupID = nil; learned.securityGroupID = nil
            case .region where flags.region == nil:
                input.region = nil; learned.region = nil
            case .awsAccountID where !flags.awsAccountIDs.contains(problem.value ?? ""):
                input.awsAccountIDs.removeAll { $0 == problem.value }; learned.awsAccountIDs.removeAll { $0 == problem.value }
            default:
                continue
            }
        }
    }
}

extension Assessment {
    /// A subnet AWS refused because the service is not offered in its zone
    /// (`InvalidParameter … does not support the availability zone of the subnet: subnet-….`) is
    /// never put in a command again: the endpoint would be refused again.
    mutating func refuseUnsupportedSubnets() {
        for item in seen {
            guard case .awsError("InvalidParameter", _, let message, _) = item.kind, message.contains("does not support the availability zone"),
                  let subnet = message.split(separator: " ").last.map({ String($0).trimming(".") }) else { continue }
            refused.insert(subnet)
        }
    }
}
