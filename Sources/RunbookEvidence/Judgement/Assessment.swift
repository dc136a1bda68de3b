import RunbookCore

/// The work behind `Situation.assess`: places the customer in a runbook (`+Task`), merges pasted
/// values with the flags (this file, `+Addon`, `+Endpoint`, `+Network`), then judges the findings
/// (`+Findings`, `+Causes`, `+Lifecycle`) and the next step (`+Progress`).
struct Assessment {
    /// Where an observation is: pastes in the order given, lines in paste order.
    struct Position: Comparable, Hashable {
        let paste: Int
        let line: Int

        static func < (lhs: Position, rhs: Position) -> Bool { (lhs.paste, lhs.line) < (rhs.paste, rhs.line) }
    }

    struct Seen {
        let kind: Observation.Kind
        let line: EvidenceLine
        let position: Position
        let source: Observation.Source
    }

    /// A value for a field from a paste, where it first appears, and how much it says.
    struct Candidate {
        let value: String
        let line: EvidenceLine
        let position: Position
        var source: Observation.Source = .output
    }

    /// At most this many different values of one field are judged; more can only repeat the findings.
    static let candidateLimit = 64

    /// The runbook the customer is placed in; steps are compared by their order there.
    let task: RunbookTask
    let flags: RawInput
    let readings: [Reading]
    let rules: RuleSet
    /// What the pastes show, without what they show of another add-on than the customer's
    /// (`setAside(foreign:)`).
    var seen: [Seen]
    var input: RawInput
    var learned = RawInput()
    var findings: [Finding] = []
    /// The endpoint service name and the region the service is in, once known.
    var serviceName: String?
    var serviceRegion: PrivateSpaceRegion?
    /// The accounts given as flags or in pasted commands and tables, before the caller's stands in.
    var statedAccounts: [String] = []
    /// The article's example values and placeholders found in the pastes, by value, where first seen.
    var articleValues: [(field: Field, value: String, line: EvidenceLine)] = []
    var placeholders: [(field: Field, value: String, line: EvidenceLine)] = []
    /// Values a finding found to be the wrong resource: never put in a command.
    var refused: Set<String> = []
    /// Lines that hold one of the article's example values: they show the article's progress, not the customer's.
    var articleLines: Set<EvidenceLine> = []
    /// Command lines that named another add-on than the customer's: they show the plugin installed, no more.
    var foreignCommandLines: Set<Position> = []
    /// Resources the pastes show in another region than the service's, left out.
    var elsewhere: [(value: String, region: String, line: EvidenceLine, position: Position)] = []
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
                                 position: Position(paste: index, line: observation.evidence.number), source: observation.source))
            }
        }
        self.seen = seen
        task = flags.task.flatMap(RunbookTask.init(rawValue:)) ?? Self.inferTask(seen)
        input.task = task == .create && flags.task == nil ? nil : task.rawValue
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
        mergeAddon()
        refused.formUnion(articleValues.filter { $0.field == .addon }.map(\.value))
        for item in seen {
            guard case .value(let field, let value) = item.kind, ArticleExample.isExample(field, value) else { continue }
            articleLines.insert(item.line)
            if !articleValues.contains(where: { $0.value == value }) { articleValues.append((field, value, item.line)) }
        }
        setAsideForeignOutput()
        refuseUnsupportedSubnets()
        mergeServiceName()
        input.app = mergeSingle(.app, candidates: values(.app) + listedAddonApps)
        mergeAccounts()
        mergeRegion()
        mergeEndpoint()
        mergeEndpointFromConfig()
        mergeNetwork()
    }

    /// Heroku's own output names the service; an existing endpoint's service name is used only when
    /// Heroku's is not in the pastes (AWS created that endpoint, so the service exists).
    private mutating func mergeServiceName() {
        var name = mergeSingle(.serviceName, candidates: values(.serviceName))
        // The name an AWS command was given, unless AWS did not find it for another reason than
        // the command's region (then the name itself may be wrong).
        if name == nil {
            let refuted = seen.contains { item in
                guard case .awsError("InvalidServiceName", _, _, let stated) = item.kind else { return false }
                let region = stated ?? commandRegion(at: item.position)
                return region == nil || !Self.looksLikeAWSRegion(region!) || used.allSatisfy { RuleSet.serviceNameRegion($0.value)?.awsCode == region }
            }
            if !refuted { name = mergeSingle(.serviceName, candidates: used) }
        }
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

    /// The service places the add-on in a region; a flag, an AWS command or the AWS CLI's
    /// configured region elsewhere is a mismatch.
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
        // The AWS CLI's configured region is judged with the errors it causes (`+Causes`) and the
        // resources left out for it (`+Network`).
        for candidate in Self.distinct(pasted)
        where PrivateSpaceRegion.named(candidate.value) != serviceRegion && !reported.contains(candidate.value) {
            reported.insert(candidate.value)
            if Self.looksLikeAWSRegion(candidate.value) {
                findings.append(regionMismatch(candidate.value, evidence: [candidate.line], at: candidate.position))
            } else {
                _ = isValid(.region, candidate.value, line: candidate.line)
            }
        }
    }

    private func regionMismatch(_ region: String, evidence: [EvidenceLine], at position: Position? = nil) -> Finding {
        Finding(.regionMismatch, .error, step: task.number(of: .securityGroup) == nil ? nil : .securityGroup, evidence: evidence, [
            "region": .code(Display.value(region)), "serviceRegion": .code(serviceRegion?.awsCode ?? ""),
            "service": .code(serviceName ?? ""),
        ], blocks: task.createsEndpoint ? .securityGroup : nil, at: position)
    }

    /// `us-east-2`, `eu-south-1`: the shape of an AWS region code, Private Space region or not.
    static func looksLikeAWSRegion(_ value: String) -> Bool {
        AWSConfigureReader.isRegion(value)
    }

    /// The flag's value, else the first valid pasted one of the most telling source (a tool's
    /// output over a command line over a sentence); a different valid value is a conflict.
    mutating func mergeSingle(_ field: Field, candidates: [Candidate]) -> String? {
        let flag = flags.values(for: field).first
        var valid: [Candidate] = []
        for candidate in Self.distinct(candidates) where isValid(field, candidate.value, line: candidate.line) { valid.append(candidate) }
        valid.removeAll { refused.contains($0.value) }
        let best = valid.enumerated().max { a, b in (a.element.source, -a.offset) < (b.element.source, -b.offset) }?.element
        guard let used = flag ?? best?.value else { return nil }
        if flag == nil { learned.add(used, for: field) }
        if let other = valid.first(where: { $0.value != used }) {
            let usedLine = valid.first { $0.value == used }?.line
            var finding = Finding(.valuesConflict, .warning, step: Self.step(of: field, in: task),
                                  evidence: [usedLine, other.line].compactMap { $0 },
                                  explanation: Text(flag == nil ? "finding.values.conflict" : "finding.values.conflict.flag", [
                                      "field": .sentence(Text("reply.value.\(field.rawValue)")), "flag": .code(field.flag),
                                      "used": .code(used), "other": .code(other.value),
                                  ]))
            finding.isForEngineer = flag != nil
            findings.append(finding)
        }
        return used
    }

    /// Whether a value was judged and passed, without judging it now.
    func isKnownValid(_ field: Field, _ value: String) -> Bool {
        verdicts[field.rawValue + "\u{0}" + value] == true
    }

    /// Whether a pasted value passes the field's rules and is the customer's own; one that breaks
    /// a rule becomes a finding, once, and one of the article's examples is noted for its finding.
    mutating func isValid(_ field: Field, _ value: String, line: EvidenceLine) -> Bool {
        let key = field.rawValue + "\u{0}" + value
        if let verdict = verdicts[key] { return verdict }
        if ArticleExample.isExample(field, value) {
            verdicts[key] = false
            articleValues.append((field, value, line))
            articleLines.insert(line)
            return false
        }
        let problem = rules.firstProblem(with: value, rules.rules(for: field))
        verdicts[key] = problem == nil
        if let problem {
            findings.append(Finding(.pasteInvalidValue, .warning, step: Self.step(of: field, in: task), evidence: [line], [
                "value": .code(Display.value(value)), "flag": .code(field.flag), "rule": .sentence(Self.ruleText(problem)),
            ]))
        }
        return problem == nil
    }

    /// The rule's message as a sentence; a character from the paste is shown as code.
    private static func ruleText(_ problem: Diagnostic) -> Text {
        var arguments = Text.Arguments()
        for (name, value) in problem.details { arguments[name] = name == "character" ? .code(value) : .plain(value) }
        return Text(problem.rule.messageKey(details: problem.details), arguments)
    }

    /// The step where a field's value is found or first used, in `task`'s runbook.
    static func step(of field: Field, in task: RunbookTask) -> StepID? {
        let step: StepID? = switch (task, field) {
        case (.create, .addon), (.create, .app): .create
        case (.addAccounts, .addon), (.addAccounts, .app): .accessAdd
        case (.removeAccounts, .addon), (.removeAccounts, .app), (.removeAccounts, .awsAccountID): .accessRemove
        case (.addAccounts, .awsAccountID): .accessAdd
        case (.teardown, .addon), (.teardown, .app): .destroy
        case (_, .awsAccountID): .account
        case (_, .serviceName): .serviceName
        case (.removeAccounts, .endpointID), (.teardown, .endpointID), (.removeAccounts, .vpcID), (.teardown, .vpcID): .deleteEndpoint
        case (_, .region), (_, .vpcID), (_, .securityGroupID), (_, .cidr): .securityGroup
        case (_, .endpointID), (_, .subnetID): .endpoint
        case (_, .awsSteps), (_, .task): nil
        default: nil
        }
        return step.flatMap { task.number(of: $0) == nil ? nil : $0 }
    }

    // MARK: What the pastes show

    /// The pasted candidates for a field stated as such, in paste order.
    func values(_ field: Field) -> [Candidate] {
        seen.compactMap { item in
            guard case .value(let stated, let value) = item.kind, stated == field else { return nil }
            return Candidate(value: value, line: item.line, position: item.position, source: item.source)
        }
    }

    var callerAccounts: [Candidate] {
        seen.compactMap { item in
            guard case .callerAccount(let account) = item.kind else { return nil }
            return Candidate(value: account, line: item.line, position: item.position)
        }
    }

    /// The service names AWS commands were given.
    var used: [Candidate] {
        seen.compactMap { item in
            guard case .usedServiceName(let name) = item.kind else { return nil }
            return Candidate(value: name, line: item.line, position: item.position, source: .command)
        }
    }

    var regionCandidates: [Candidate] {
        seen.compactMap { item in
            guard case .awsRegion(let region) = item.kind else { return nil }
            return Candidate(value: region, line: item.line, position: item.position, source: item.source)
        }
    }

    var configuredRegions: [Candidate] {
        seen.compactMap { item in
            guard case .configuredRegion(let region) = item.kind else { return nil }
            return Candidate(value: region, line: item.line, position: item.position)
        }
    }

    /// The region the AWS CLI used for the command on the line at `position`: its `--region`, or
    /// the last region configured before it in the pastes.
    func commandRegion(at position: Position) -> String? {
        for item in seen where item.position == position {
            if case .awsRegion(let region) = item.kind, item.source == .command { return region }
        }
        return configuredRegions.last { $0.position < position }?.value ?? configuredRegions.first?.value
    }

    /// The command run on the line at `position`, if the line is a command line.
    func command(at position: Position) -> RunbookCommand? {
        for item in seen where item.position == position {
            if case .ran(let command) = item.kind { return command }
        }
        return nil
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
        endpointReports.filter { report, _, _ in relevant(report) }
    }

    var groupReports: [(SecurityGroupReport, EvidenceLine, Position)] {
        seen.compactMap { item in
            guard case .securityGroup(let report) = item.kind else { return nil }
            return (report, item.line, item.position)
        }
    }

    /// Each value once, where it first appears, at most `candidateLimit` of them.
    static func distinct(_ candidates: [Candidate]) -> [Candidate] {
        var known: [String: Int] = [:]
        var result: [Candidate] = []
        for candidate in candidates.sorted(by: { $0.position < $1.position }) {
            if let index = known[candidate.value] {
                // The same value from a more telling source counts as that source.
                if candidate.source > result[index].source { result[index].source = candidate.source }
                continue
            }
            known[candidate.value] = result.count
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
