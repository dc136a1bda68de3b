import RunbookCore

/// The work behind `Situation.assess`: merges pasted values with the flags (this file), then judges
/// the findings (`+Findings`) and the next step (`+Progress`).
struct Assessment {
    /// Where an observation is: pastes in the order given, lines in paste order.
    struct Position: Comparable {
        let paste: Int
        let line: Int

        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.paste, lhs.line) < (rhs.paste, rhs.line) }
    }

    struct Seen {
        let kind: Observation.Kind
        let line: EvidenceLine
        let position: Position
    }

    /// A value for a field from a paste, where it first appears.
    struct Candidate {
        let value: String
        let line: EvidenceLine
        let position: Position
    }

    /// At most this many different values of one field are judged; more can only repeat the findings.
    static let candidateLimit = 64

    /// The runbook the customer is placed in; steps are compared by their order there.
    let task = RunbookTask.create
    let flags: RawInput
    let readings: [Reading]
    let rules: RuleSet
    let seen: [Seen]
    var input: RawInput
    var learned = RawInput()
    var findings: [Finding] = []
    /// The endpoint service name and the region the service is in, once known.
    var serviceName: String?
    var serviceRegion: PrivateSpaceRegion?
    /// The accounts given as flags or in pasted commands and tables, before the caller's stands in.
    var statedAccounts: [String] = []
    private var verdicts: [String: Bool] = [:]

    init(flags: RawInput, readings: [Reading], rules: RuleSet) {
        self.flags = flags
        self.readings = readings
        self.rules = rules
        self.input = flags
        var seen: [Seen] = []
        for (index, reading) in readings.enumerated() {
            for observation in reading.observations {
                seen.append(Seen(kind: observation.kind, line: observation.evidence,
                                 position: Position(paste: index, line: observation.evidence.number)))
            }
        }
        self.seen = seen
    }

    /// A step's place in the task's runbook; a step the task does not have comes last.
    func order(_ step: StepID) -> Int {
        task.number(of: step) ?? Int.max
    }

    var sortedFindings: [Finding] {
        findings.enumerated().sorted { a, b in
            let left = (a.element.severity, a.element.step.map(order) ?? Int.max, a.offset)
            let right = (b.element.severity, b.element.step.map(order) ?? Int.max, b.offset)
            return left < right
        }.map(\.element)
    }

    // MARK: Merging

    mutating func merge() {
        mergeServiceName()
        input.addon = mergeSingle(.addon, candidates: values(.addon))
        input.app = mergeSingle(.app, candidates: values(.app))
        mergeAccounts()
        mergeRegion()
        input.endpointID = mergeSingle(.endpointID, candidates: values(.endpointID) + relevantEndpoints.compactMap { report, line, position in
            report.id.map { Candidate(value: $0, line: line, position: position) }
        })
        mergeEndpointFromConfig()
        mergeNetwork()
    }

    /// Heroku's own output names the service; an existing endpoint's service name is used only when
    /// Heroku's is not in the pastes (AWS created that endpoint, so the service exists).
    private mutating func mergeServiceName() {
        var name = mergeSingle(.serviceName, candidates: values(.serviceName))
        if name == nil {
            for (report, line, _) in endpointReports {
                guard let used = report.serviceName, used.contains(".vpce-svc-"), isValid(.serviceName, used, line: line) else { continue }
                name = used
                learned.serviceName = used
                break
            }
        }
        input.serviceName = name
        serviceName = name
        serviceRegion = name.flatMap(RuleSet.serviceNameRegion)
    }

    private mutating func mergeAccounts() {
        var accounts = flags.awsAccountIDs
        for candidate in Self.distinct(values(.awsAccountID)) where isValid(.awsAccountID, candidate.value, line: candidate.line) {
            if !accounts.contains(candidate.value) {
                accounts.append(candidate.value)
                learned.awsAccountIDs.append(candidate.value)
            }
        }
        statedAccounts = accounts
        // Step 2 finds the account that will connect: without any other, it is the one to allow.
        if accounts.isEmpty {
            for caller in Self.distinct(callerAccounts) where isValid(.awsAccountID, caller.value, line: caller.line) {
                accounts = [caller.value]
                learned.awsAccountIDs = [caller.value]
                break
            }
        }
        input.awsAccountIDs = accounts
    }

    /// The service name places the add-on in a region; a flag or an AWS command elsewhere is a mismatch.
    private mutating func mergeRegion() {
        let pasted = regionCandidates
        guard let serviceRegion else {
            input.region = mergeSingle(.region, candidates: pasted)
            return
        }
        learned.region = serviceRegion.awsCode
        if let flag = flags.region, PrivateSpaceRegion.named(flag) != serviceRegion {
            findings.append(regionMismatch(flag, evidence: []))
            input.region = nil
        }
        var reported: Set<String> = []
        for candidate in Self.distinct(pasted) where PrivateSpaceRegion.named(candidate.value) != serviceRegion && !reported.contains(candidate.value) {
            reported.insert(candidate.value)
            if Self.looksLikeAWSRegion(candidate.value) {
                findings.append(regionMismatch(candidate.value, evidence: [candidate.line], at: candidate.position))
            } else {
                _ = isValid(.region, candidate.value, line: candidate.line)
            }
        }
    }

    private func regionMismatch(_ region: String, evidence: [EvidenceLine], at position: Position? = nil) -> Finding {
        Finding(.regionMismatch, .error, step: .securityGroup, evidence: evidence, [
            "region": .code(Display.value(region)), "serviceRegion": .code(serviceRegion?.awsCode ?? ""),
            "service": .code(serviceName ?? ""),
        ], blocks: .securityGroup, at: position)
    }

    /// `us-east-2`, `eu-south-1`: the shape of an AWS region code, Private Space region or not.
    static func looksLikeAWSRegion(_ value: String) -> Bool {
        let parts = value.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, let last = parts.last, last.count == 1, last.allSatisfy(\.isASCII), last.allSatisfy(\.isNumber) else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }

    /// Heroku names an endpoint's config var after the last 17 characters of its id, upper-cased; an
    /// id is `vpce-` and 17 hex digits, so a single `KAFKA_ENDPOINT_…_URL` gives the id back.
    private mutating func mergeEndpointFromConfig() {
        guard input.endpointID == nil else { return }
        let ids = Self.distinct(connectionStrings.map { Candidate(value: "vpce-" + $0.value.lowercased(), line: $0.line, position: $0.position) })
        guard ids.count == 1, isValid(.endpointID, ids[0].value, line: ids[0].line) else { return }
        input.endpointID = ids[0].value
        learned.endpointID = ids[0].value
    }

    var connectionStrings: [Candidate] {
        seen.compactMap { item in
            guard case .connectionString(let id) = item.kind else { return nil }
            return Candidate(value: id, line: item.line, position: item.position)
        }
    }

    /// The VPC, its subnets and a security group only make sense together (the AWS CLI steps need a
    /// VPC and subnets): learned ones that cannot be used that way are left out.
    private mutating func mergeNetwork() {
        var vpcCandidates = values(.vpcID)
        vpcCandidates += relevantEndpoints.compactMap { report, line, position in report.vpcID.map { Candidate(value: $0, line: line, position: position) } }
        vpcCandidates += groupReports.compactMap { report, line, position in report.vpcID.map { Candidate(value: $0, line: line, position: position) } }
        input.vpcID = mergeSingle(.vpcID, candidates: vpcCandidates)

        var subnets = values(.subnetID)
        subnets += relevantEndpoints.flatMap { report, line, position in report.subnetIDs.map { Candidate(value: $0, line: line, position: position) } }
        var learnedSubnets: [String] = []
        for candidate in Self.distinct(subnets) where isValid(.subnetID, candidate.value, line: candidate.line) {
            if !flags.subnetIDs.contains(candidate.value) { learnedSubnets.append(candidate.value) }
        }

        var groups = values(.securityGroupID)
        groups += groupReports.compactMap { report, line, position in report.id.map { Candidate(value: $0, line: line, position: position) } }
        let endpointGroups = relevantEndpoints.flatMap { report, line, position in report.groupIDs.map { Candidate(value: $0, line: line, position: position) } }
        var validGroups: [String] = []
        for candidate in Self.distinct(groups + endpointGroups) where isValid(.securityGroupID, candidate.value, line: candidate.line) {
            validGroups.append(candidate.value)
        }
        let validEndpointGroups = Set(endpointGroups.map(\.value)).filter { validGroups.contains($0) }
        // Customers have many groups: only one group, or the endpoint's only group, is clearly theirs for this.
        let learnedGroup = validGroups.count == 1 ? validGroups[0] : (validEndpointGroups.count == 1 ? validEndpointGroups.first : nil)

        guard input.vpcID != nil else { return }
        if flags.vpcID == nil, flags.subnetIDs.isEmpty, learnedSubnets.isEmpty {
            input.vpcID = nil
            learned.vpcID = nil
            return
        }
        input.subnetIDs = flags.subnetIDs + learnedSubnets
        learned.subnetIDs = learnedSubnets
        if flags.securityGroupID == nil, let learnedGroup {
            input.securityGroupID = learnedGroup
            learned.securityGroupID = learnedGroup
        }
    }

    /// The flag's value, else the first valid pasted one; a different valid value is a conflict.
    private mutating func mergeSingle(_ field: Field, candidates: [Candidate]) -> String? {
        let flag = flags.values(for: field).first
        var valid: [Candidate] = []
        for candidate in Self.distinct(candidates) where isValid(field, candidate.value, line: candidate.line) { valid.append(candidate) }
        guard let used = flag ?? valid.first?.value else { return nil }
        if flag == nil { learned.add(used, for: field) }
        if let other = valid.first(where: { $0.value != used }) {
            let usedLine = valid.first { $0.value == used }?.line
            findings.append(Finding(.valuesConflict, .warning, step: Self.step(of: field),
                                    evidence: [usedLine, other.line].compactMap { $0 },
                                    explanation: Text(flag == nil ? "finding.values.conflict" : "finding.values.conflict.flag", [
                                        "flag": .code(field.flag), "used": .code(used), "other": .code(other.value),
                                    ])))
        }
        return used
    }

    /// Whether a value was judged and passed, without judging it now.
    func isKnownValid(_ field: Field, _ value: String) -> Bool {
        verdicts[field.rawValue + "\u{0}" + value] == true
    }

    /// Whether a pasted value passes the field's rules; one that does not becomes a finding, once.
    mutating func isValid(_ field: Field, _ value: String, line: EvidenceLine) -> Bool {
        let key = field.rawValue + "\u{0}" + value
        if let verdict = verdicts[key] { return verdict }
        let problem = rules.firstProblem(with: value, rules.rules(for: field))
        verdicts[key] = problem == nil
        if let problem {
            findings.append(Finding(.pasteInvalidValue, .warning, step: Self.step(of: field), evidence: [line], [
                "value": .code(Display.value(value)), "flag": .code(field.flag), "rule": .sentence(Self.ruleText(problem)),
            ]))
        }
        return problem == nil
    }

    /// The rule's message as a sentence; a character from the paste is shown as code.
    private static func ruleText(_ problem: Diagnostic) -> Text {
        Text(problem.rule.messageKey(details: problem.details), problem.details.mapValues { .plain($0) }.merging(
            problem.details["character"].map { ["character": .code($0)] } ?? [:]) { $1 })
    }

    /// The step where a field's value is found or first used.
    static func step(of field: Field) -> StepID? {
        switch field {
        case .addon, .app: .create
        case .awsAccountID: .account
        case .serviceName: .serviceName
        case .region, .vpcID, .securityGroupID, .cidr: .securityGroup
        case .endpointID, .subnetID: .endpoint
        case .awsSteps, .task: nil
        }
    }

    // MARK: What the pastes show

    /// The pasted candidates for a field stated as such, in paste order.
    func values(_ field: Field) -> [Candidate] {
        seen.compactMap { item in
            guard case .value(let stated, let value) = item.kind, stated == field else { return nil }
            return Candidate(value: value, line: item.line, position: item.position)
        }
    }

    var callerAccounts: [Candidate] {
        seen.compactMap { item in
            guard case .callerAccount(let account) = item.kind else { return nil }
            return Candidate(value: account, line: item.line, position: item.position)
        }
    }

    var regionCandidates: [Candidate] {
        seen.compactMap { item in
            guard case .awsRegion(let region) = item.kind else { return nil }
            return Candidate(value: region, line: item.line, position: item.position)
        }
    }

    var endpointReports: [(VPCEndpointReport, EvidenceLine, Position)] {
        seen.compactMap { item in
            guard case .vpcEndpoint(let report) = item.kind else { return nil }
            return (report, item.line, item.position)
        }
    }

    /// Endpoints for the add-on's service: those for it, or, while it is unknown, any endpoint for a
    /// PrivateLink endpoint service (not the gateway and interface endpoints of AWS's own services).
    var relevantEndpoints: [(VPCEndpointReport, EvidenceLine, Position)] {
        endpointReports.filter { report, _, _ in
            guard let name = report.serviceName else { return true }
            return serviceName.map { $0 == name } ?? name.contains(".vpce-svc-")
        }
    }

    var groupReports: [(SecurityGroupReport, EvidenceLine, Position)] {
        seen.compactMap { item in
            guard case .securityGroup(let report) = item.kind else { return nil }
            return (report, item.line, item.position)
        }
    }

    /// Each value once, where it first appears, at most `candidateLimit` of them.
    static func distinct(_ candidates: [Candidate]) -> [Candidate] {
        var known: Set<String> = []
        var result: [Candidate] = []
        for candidate in candidates.sorted(by: { $0.position < $1.position }) where known.insert(candidate.value).inserted {
            result.append(candidate)
            if result.count == candidateLimit { break }
        }
        return result
    }
}

/// How pasted text appears inside a sentence: whole up to a length, shortened beyond it.
enum Display {
    static let limit = 200

    static func value(_ text: String) -> String {
        text.count <= limit ? text : String(text.prefix(limit)) + "…"
    }
}
