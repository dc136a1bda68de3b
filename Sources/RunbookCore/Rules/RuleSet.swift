/// The one place where every input rule is defined (patterns and facts from
/// reference/privatelink-facts.md, section 2). The same definitions drive validation, the
/// runbook's parameter list, `rules` and its JSON Schema, and the tests.
public struct RuleSet: Sendable {
    public let fields: [FieldRules]

    public static let standard = RuleSet(fields: [
        FieldRules(
            field: .addon, isRequired: true, isRepeatable: false, example: "kafka-sushi-12345",
            schemaPattern: "^[A-Za-z][A-Za-z0-9_-]{1,199}$", allowedValues: nil,
            rules: [
                Rule(.pattern, pattern: "^[A-Za-z][A-Za-z0-9_-]+$"),
                // The name becomes a folder name under --output and part of the security group's
                // name (at most 255 characters in AWS): keep it well within both. The limit is
                // also written in the rule's message (`rule.addon.length`) and in schemaPattern.
                Rule(.length) { $0.utf8.count <= 200 },
            ]),
        FieldRules(
            field: .app, isRequired: true, isRepeatable: false, example: "privatelink-vpc-endpoint-demo",
            schemaPattern: appPattern, allowedValues: nil,
            rules: [Rule(.pattern, pattern: appPattern)]),
        FieldRules(
            field: .awsAccountID, isRequired: true, isRepeatable: true, example: "123456789101:user/abc.xyz",
            schemaPattern: "^[0-9]{12}(:(user|role)/\(iamName))?$", allowedValues: nil,
            rules: [
                Rule(.id, pattern: "^[0-9]{12}(:.*)?$"),
                Rule(.form, pattern: "^[0-9]{12}(:(user|role)/.*)?$"),
                Rule(.name, pattern: "^[0-9]{12}(:(user|role)/\(iamName))?$"),
            ],
            optionalFor: [.teardown],
            mistakes: AccountMistakes.rules),
        FieldRules(
            field: .endpointID, isRequired: false, isRepeatable: false, example: "vpce-01c87ae3c05563935",
            schemaPattern: endpointPattern, allowedValues: nil,
            rules: [Rule(.pattern, pattern: endpointPattern)]),
        FieldRules(
            field: .region, isRequired: false, isRepeatable: false, example: "us-east-1",
            schemaPattern: nil,
            allowedValues: PrivateSpaceRegion.all.flatMap { [$0.awsCode, $0.name] },
            rules: [Rule(.known, explain: { PrivateSpaceRegion.closest(to: $0).map { ["suggestion": $0] } ?? [:] }) {
                PrivateSpaceRegion.named($0) != nil
            }],
            mistakes: [.mistake(.zone, recognises: { PrivateSpaceRegion.ofZone($0) != nil }, suggest: { PrivateSpaceRegion.ofZone($0)?.display })],
            ignoresCase: true),
        FieldRules(
            field: .serviceName, isRequired: false, isRepeatable: false,
            example: "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec",
            schemaPattern: "^com\\.amazonaws\\.vpce\\.(\(PrivateSpaceRegion.all.map(\.awsCode).joined(separator: "|")))\\.vpce-svc-[0-9a-f]{17}$",
            allowedValues: nil,
            rules: [
                Rule(.pattern, pattern: serviceNamePattern),
                Rule(.region) { serviceNameRegion($0) != nil },
            ]),
        FieldRules(
            field: .vpcID, isRequired: false, isRepeatable: false, example: "vpc-0a1b2c3d4e5f67890",
            schemaPattern: resourcePattern("vpc"), allowedValues: nil,
            rules: [Rule(.pattern, pattern: resourcePattern("vpc"))]),
        FieldRules(
            field: .subnetID, isRequired: false, isRepeatable: true, example: "subnet-0a1b2c3d4e5f67890",
            schemaPattern: resourcePattern("subnet"), allowedValues: nil,
            rules: [Rule(.pattern, pattern: resourcePattern("subnet"))]),
        FieldRules(
            field: .securityGroupID, isRequired: false, isRepeatable: false, example: "sg-0a1b2c3d4e5f67890",
            schemaPattern: resourcePattern("sg"), allowedValues: nil,
            rules: [Rule(.pattern, pattern: resourcePattern("sg"))]),
        FieldRules(
            field: .cidr, isRequired: false, isRepeatable: false, example: "10.0.0.0/16",
            schemaPattern: cidrPattern, allowedValues: nil,
            rules: [
                Rule(.pattern, pattern: cidrPattern),
                Rule(.network, explain: { IPv4Block($0).map { ["network": $0.networkBlock] } ?? [:] }) {
                    IPv4Block($0)?.isNetworkAddress == true
                },
            ]),
        FieldRules(
            field: .awsSteps, isRequired: false, isRepeatable: false, example: "both",
            schemaPattern: nil, allowedValues: AWSSteps.allCases.map(\.rawValue),
            rules: [Rule(.known) { AWSSteps(rawValue: $0) != nil }]),
        FieldRules(
            field: .task, isRequired: false, isRepeatable: false, example: "add-accounts",
            schemaPattern: nil, allowedValues: RunbookTask.allCases.map(\.rawValue),
            rules: [Rule(.known) { RunbookTask(rawValue: $0) != nil }]),
    ])

    /// An EC2 resource id: the prefix and 17 lowercase hex digits, or 8 for resources made before 2018.
    package static func resourcePattern(_ prefix: String) -> String { "^\(prefix)-([0-9a-f]{8}|[0-9a-f]{17})$" }
    package static let cidrPattern = "^((25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])\\.){3}(25[0-5]|2[0-4][0-9]|1[0-9]{2}|[1-9]?[0-9])/(3[0-2]|[12]?[0-9])$"

    package static let appPattern = "^[a-z][a-z0-9-]{1,28}[a-z0-9]$"
    package static let iamName = "[A-Za-z0-9+=,.@_-]{1,64}"
    package static let endpointPattern = "^vpce-[0-9a-f]{17}$"
    package static let serviceNamePattern = "^com\\.amazonaws\\.vpce\\.[a-z]{2}(-[a-z]+)+-[0-9]\\.vpce-svc-[0-9a-f]{17}$"

    /// `<REGION>`, `<ENDPOINT_ID>`: how a runbook marks a value it does not know yet, in a command
    /// that is quoted so that pasting it as it is reaches this rule rather than the shell.
    package static func isPlaceholder(_ value: String) -> Bool {
        value.count > 2 && value.hasPrefix("<") && value.hasSuffix(">")
            && value.dropFirst().dropLast().allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }
    }

    /// The rules of one field.
    public func rules(for field: Field) -> FieldRules {
        fields.first { $0.field == field }!
    }

    /// Checks every value and every cross-field rule, and returns either the typed input or all problems.
    public func validate(_ raw: RawInput) -> Result<RunbookInput, Diagnostics> {
        var problems: [Diagnostic] = []
        let task = raw.task.flatMap(RunbookTask.init(rawValue:)) ?? .create
        for spec in fields {
            let values = raw.values(for: spec.field)
            if values.isEmpty, spec.isRequired(for: task) {
                problems.append(Diagnostic(field: spec.field, value: nil, rule: spec.id(.required), example: spec.example))
            }
            for value in values {
                if let problem = firstProblem(with: value, spec) { problems.append(problem) }
            }
        }
        problems += crossFieldProblems(raw, task: task, known: problems)
        guard problems.isEmpty, let addon = raw.addon, let app = raw.app else {
            return .failure(Diagnostics(items: problems))
        }
        let region = raw.region.flatMap(PrivateSpaceRegion.named) ?? raw.serviceName.flatMap(Self.serviceNameRegion)
        let network = raw.vpcID.map {
            AWSNetwork(vpcID: $0, subnetIDs: raw.subnetIDs, securityGroupID: raw.securityGroupID, cidr: raw.cidr)
        }
        return .success(RunbookInput(
            task: task, addon: addon, app: app,
            accounts: raw.awsAccountIDs.map(AWSAccount.init(validated:)),
            endpointID: raw.endpointID.map(VPCEndpointID.init(value:)),
            region: region, serviceName: raw.serviceName, network: network,
            awsSteps: raw.awsSteps.flatMap(AWSSteps.init(rawValue:)) ?? (network == nil ? .console : .both)))
    }

    /// The first problem with one value: a common mistake, then a character no rule accepts, then
    /// the field's rules in order.
    package func firstProblem(with value: String, _ spec: FieldRules) -> Diagnostic? {
        if Self.isPlaceholder(value) {
            return Diagnostic(field: spec.field, value: value, rule: spec.id(.placeholder), example: spec.example)
        }
        if let mistake = spec.mistakes.first(where: { !$0.accepts(value) }) {
            return Diagnostic(field: spec.field, value: value, rule: spec.id(mistake.check), example: spec.example,
                              details: mistake.details(for: value))
        }
        if let (kind, details) = CharacterCheck.firstProblem(in: value) {
            return Diagnostic(field: spec.field, value: value, rule: spec.id(.characters),
                              example: spec.example, details: details.merging(["kind": kind]) { $1 })
        }
        guard let failed = spec.rules.first(where: { !$0.accepts(value) }) else { return nil }
        var details = failed.details(for: value)
        if let choices = spec.allowedValues { details["choices"] = choices.joined(separator: Diagnostic.choiceSeparator) }
        // A block that is not its network's: the accepted value nearest to the one given is its
        // network address.
        let example = failed.check == .network ? details["network"] ?? spec.example : spec.example
        return Diagnostic(field: spec.field, value: value, rule: spec.id(failed.check), example: example, details: details)
    }

    /// Rules between values; each only runs when the values it compares are valid on their own.
    private func crossFieldProblems(_ raw: RawInput, task: RunbookTask, known: [Diagnostic]) -> [Diagnostic] {
        func isInvalid(_ field: Field, _ value: String) -> Bool {
            known.contains { $0.field == field && $0.value == value }
        }
        var problems: [Diagnostic] = []
        for field in [Field.awsAccountID, .subnetID] {
            var seen: Set<String> = []
            for value in raw.values(for: field) where !isInvalid(field, value) && !seen.insert(value).inserted {
                problems.append(Diagnostic(field: field, value: value, rule: RuleID(field, .duplicate),
                                           example: rules(for: field).example))
            }
        }
        problems += networkProblems(raw, task: task)
        problems += accountsProblems(raw, task: task, known: known)
        problems += terraformProblems(raw, task: task)
        // The service name is Heroku's and fixes the region: what to change is --region, so the
        // diagnostic names --region and gives the service's region as the example.
        if let name = raw.serviceName, !isInvalid(.serviceName, name), let serviceRegion = Self.serviceNameRegion(name),
           let given = raw.region, let region = PrivateSpaceRegion.named(given), region != serviceRegion {
            problems.append(Diagnostic(
                field: .region, value: given, rule: RuleID(.serviceName, .regionMismatch),
                example: serviceRegion.awsCode,
                details: ["service": name, "serviceRegion": serviceRegion.awsCode, "region": region.awsCode, "regionFlag": given]))
        }
        return problems
    }

    /// The AWS CLI steps need a VPC, and its subnets to make an endpoint in or the endpoint to
    /// delete; the values only they use make no sense alone.
    private func networkProblems(_ raw: RawInput, task: RunbookTask) -> [Diagnostic] {
        if raw.vpcID != nil {
            if task.createsEndpoint {
                guard raw.subnetIDs.isEmpty else { return [] }
                return [Diagnostic(field: .vpcID, value: raw.vpcID, rule: RuleID(.vpcID, .needsSubnet), example: rules(for: .subnetID).example)]
            }
            guard raw.endpointID == nil else { return [] }
            return [Diagnostic(field: .vpcID, value: raw.vpcID, rule: RuleID(.vpcID, .needsEndpoint), example: rules(for: .endpointID).example,
                               details: ["task": task.rawValue])]
        }
        var problems: [Diagnostic] = []
        for field in [Field.subnetID, .securityGroupID, .cidr] {
            for value in raw.values(for: field) {
                problems.append(Diagnostic(field: field, value: value, rule: RuleID(field, .needsVPC), example: rules(for: .vpcID).example))
            }
        }
        if let steps = raw.awsSteps, let mode = AWSSteps(rawValue: steps), mode.showsCLI {
            problems.append(Diagnostic(field: .awsSteps, value: steps, rule: RuleID(.awsSteps, .needsVPC), example: "console"))
        }
        return problems
    }

    /// Tasks whose runbook must cover every account it names, each in that account's own VPC.
    package static let tasksForEveryAccount: [RunbookTask] = [.addAccounts, .removeAccounts]

    /// A VPC, its subnets and an endpoint belong to one AWS account. add-accounts and
    /// remove-accounts act for every account they name, but their AWS CLI and Terraform steps
    /// (the ones a VPC brings) work in the one VPC given: with several accounts they would make
    /// or delete one account's endpoint and leave the others'. Such input is refused; without a
    /// VPC the console steps tell each account's owner to do them in their own VPC.
    private func accountsProblems(_ raw: RawInput, task: RunbookTask, known: [Diagnostic]) -> [Diagnostic] {
        let accounts = raw.awsAccountIDs.filter { value in !known.contains { $0.field == .awsAccountID && $0.value == value } }
        guard Self.tasksForEveryAccount.contains(task), let vpc = raw.vpcID, Set(accounts).count > 1 else { return [] }
        return [Diagnostic(field: .vpcID, value: vpc, rule: RuleID(.vpcID, .oneAccount), example: rules(for: .awsAccountID).example,
                           details: ["task": task.rawValue, "count": String(Set(accounts).count)])]
    }

    /// The Private Space region named inside an endpoint service name, if it is one.
    package static func serviceNameRegion(_ name: String) -> PrivateSpaceRegion? {
        let parts = name.split(separator: ".")
        guard parts.count >= 5 else { return nil }
        return PrivateSpaceRegion.all.first { $0.awsCode == parts[3] }
    }
}
