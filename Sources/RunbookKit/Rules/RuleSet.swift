/// The one place where every input rule is defined (patterns and facts from
/// reference/privatelink-facts.md, section 2). The same definitions drive validation, the
/// runbook's parameter list, `rules` and its JSON Schema, and the tests.
public struct RuleSet: Sendable {
    public let fields: [FieldRules]

    public static let standard = RuleSet(fields: [
        FieldRules(
            field: .addon, isRequired: true, isRepeatable: false, example: "kafka-sushi-12345",
            schemaPattern: "^[A-Za-z][A-Za-z0-9_-]{1,254}$", allowedValues: nil,
            rules: [
                Rule(id: "addon.pattern", pattern: "^[A-Za-z][A-Za-z0-9_-]+$"),
                // The name becomes a folder name under --output: keep it within one path component.
                Rule(id: "addon.length") { $0.utf8.count <= 255 },
            ]),
        FieldRules(
            field: .app, isRequired: true, isRepeatable: false, example: "privatelink-vpc-endpoint-demo",
            schemaPattern: appPattern, allowedValues: nil,
            rules: [Rule(id: "app.pattern", pattern: appPattern)]),
        FieldRules(
            field: .awsAccountID, isRequired: true, isRepeatable: true, example: "123456789101:user/abc.xyz",
            schemaPattern: "^[0-9]{12}(:(user|role)/\(iamName))?$", allowedValues: nil,
            rules: [
                Rule(id: "aws-account-id.id", pattern: "^[0-9]{12}(:.*)?$"),
                Rule(id: "aws-account-id.form", pattern: "^[0-9]{12}(:(user|role)/.*)?$"),
                Rule(id: "aws-account-id.name", pattern: "^[0-9]{12}(:(user|role)/\(iamName))?$"),
            ]),
        FieldRules(
            field: .endpointID, isRequired: false, isRepeatable: false, example: "vpce-01c87ae3c05563935",
            schemaPattern: endpointPattern, allowedValues: nil,
            rules: [Rule(id: "endpoint-id.pattern", pattern: endpointPattern)]),
        FieldRules(
            field: .region, isRequired: false, isRepeatable: false, example: "us-east-1",
            schemaPattern: nil,
            allowedValues: PrivateSpaceRegion.all.flatMap { [$0.awsCode, $0.name] },
            rules: [Rule(id: "region.known") { PrivateSpaceRegion.named($0) != nil }]),
        FieldRules(
            field: .serviceName, isRequired: false, isRepeatable: false,
            example: "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec",
            schemaPattern: "^com\\.amazonaws\\.vpce\\.(\(PrivateSpaceRegion.all.map(\.awsCode).joined(separator: "|")))\\.vpce-svc-[0-9a-f]{17}$",
            allowedValues: nil,
            rules: [
                Rule(id: "service-name.pattern", pattern: serviceNamePattern),
                Rule(id: "service-name.region") { serviceNameRegion($0) != nil },
            ]),
    ])

    static let appPattern = "^[a-z][a-z0-9-]{1,28}[a-z0-9]$"
    static let iamName = "[A-Za-z0-9+=,.@_-]{1,64}"
    static let endpointPattern = "^vpce-[0-9a-f]{17}$"
    static let serviceNamePattern = "^com\\.amazonaws\\.vpce\\.[a-z]{2}(-[a-z]+)+-[0-9]\\.vpce-svc-[0-9a-f]{17}$"

    /// The rules of one field.
    public func rules(for field: Field) -> FieldRules {
        fields.first { $0.field == field }!
    }

    /// Checks every value and every cross-field rule, and returns either the typed input or all problems.
    public func validate(_ raw: RawInput) -> Result<RunbookInput, Diagnostics> {
        var problems: [Diagnostic] = []
        for spec in fields {
            let values = raw.values(for: spec.field)
            if values.isEmpty, spec.isRequired {
                problems.append(Diagnostic(field: spec.field, value: nil, rule: "\(spec.field.rawValue).required", example: spec.example))
            }
            for value in values {
                if let problem = firstProblem(with: value, spec) { problems.append(problem) }
            }
        }
        problems += crossFieldProblems(raw, known: problems)
        guard problems.isEmpty, let addon = raw.addon, let app = raw.app else {
            return .failure(Diagnostics(items: problems))
        }
        let region = raw.region.flatMap(PrivateSpaceRegion.named) ?? raw.serviceName.flatMap(Self.serviceNameRegion)
        return .success(RunbookInput(
            addon: addon, app: app,
            accounts: raw.awsAccountIDs.map(AWSAccount.init(validated:)),
            endpointID: raw.endpointID.map(VPCEndpointID.init(value:)),
            region: region, serviceName: raw.serviceName))
    }

    private func firstProblem(with value: String, _ spec: FieldRules) -> Diagnostic? {
        if let (kind, details) = CharacterCheck.firstProblem(in: value) {
            return Diagnostic(field: spec.field, value: value, rule: "\(spec.field.rawValue).characters",
                              example: spec.example, details: details.merging(["kind": kind]) { $1 })
        }
        guard let failed = spec.rules.first(where: { !$0.accepts(value) }) else { return nil }
        var details: [String: String] = [:]
        if let choices = spec.allowedValues { details["choices"] = choices.joined(separator: ", ") }
        return Diagnostic(field: spec.field, value: value, rule: failed.id, example: spec.example, details: details)
    }

    /// Rules between values; each only runs when the values it compares are valid on their own.
    private func crossFieldProblems(_ raw: RawInput, known: [Diagnostic]) -> [Diagnostic] {
        func isInvalid(_ field: Field, _ value: String) -> Bool {
            known.contains { $0.field == field && $0.value == value }
        }
        var problems: [Diagnostic] = []
        var seen: Set<String> = []
        for account in raw.awsAccountIDs where !isInvalid(.awsAccountID, account) {
            if !seen.insert(account).inserted {
                problems.append(Diagnostic(field: .awsAccountID, value: account, rule: "aws-account-id.duplicate",
                                           example: rules(for: .awsAccountID).example))
            }
        }
        if let name = raw.serviceName, !isInvalid(.serviceName, name), let serviceRegion = Self.serviceNameRegion(name),
           let given = raw.region, let region = PrivateSpaceRegion.named(given), region != serviceRegion {
            problems.append(Diagnostic(
                field: .serviceName, value: name, rule: "service-name.region-mismatch",
                example: "com.amazonaws.vpce.\(region.awsCode).vpce-svc-0410a2e25933fe8ec",
                details: ["serviceRegion": serviceRegion.awsCode, "region": region.awsCode, "regionFlag": given]))
        }
        return problems
    }

    /// The Private Space region named inside an endpoint service name, if it is one.
    static func serviceNameRegion(_ name: String) -> PrivateSpaceRegion? {
        let parts = name.split(separator: ".")
        guard parts.count >= 5 else { return nil }
        return PrivateSpaceRegion.all.first { $0.awsCode == parts[3] }
    }
}
