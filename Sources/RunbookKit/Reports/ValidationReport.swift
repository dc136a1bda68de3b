import RunbookCore
import RunbookEvidence
import RunbookRender

/// What `validate` reports: the derived values of valid input, or every diagnostic, in a form that
/// prints for people and encodes as JSON for tools.
public struct ValidationReport: Sendable, Encodable {
    public struct Account: Sendable, Encodable {
        public let value: String
        public let arn: String
    }
    public struct Problem: Sendable, Encodable {
        public let field: String
        public let flag: String
        public let value: String?
        public let rule: RuleID
        public let message: String
        public let example: String
    }

    public let valid: Bool
    /// What the accounts are for decides how the summary names them; not part of the JSON.
    private var task: RunbookTask = .create
    public var accounts: [Account]? = nil
    public var region: String? = nil
    public var privateSpaceRegion: String? = nil
    public var endpointID: String? = nil
    public var configVarID: String? = nil
    public var configVarName: String? = nil
    public var problems: [Problem]? = nil

    private enum CodingKeys: String, CodingKey {
        case valid, accounts, region, privateSpaceRegion, endpointID, configVarID, configVarName, problems
    }

    public init(_ result: Result<RunbookInput, Diagnostics>, formatter: DiagnosticFormatter) {
        switch result {
        case .success(let input):
            valid = true
            task = input.task
            accounts = input.accounts.map { Account(value: $0.argument, arn: $0.arn) }
            region = input.region?.awsCode
            privateSpaceRegion = input.region?.name
            endpointID = input.endpointID?.value
            configVarID = input.endpointID?.configVarID
            configVarName = input.endpointID?.configVarName
        case .failure(let diagnostics):
            valid = false
            problems = diagnostics.items.map {
                Problem(field: $0.field.jsonKey, flag: $0.field.flag, value: $0.value, rule: $0.rule,
                        message: formatter.message($0), example: $0.example)
            }
        }
    }

    /// The summary for people (valid input only; diagnostics print as lines of their own).
    public func summary(catalog: Catalog) -> String {
        var lines = [catalog.format("validate.ok")]
        for account in accounts ?? [] {
            // An account to allow, to take off the allowed accounts, or (teardown) one that is allowed.
            lines.append("  " + catalog.format("validate.arn.\(task.rawValue)", ["value": account.value, "arn": account.arn]))
        }
        if let region, let privateSpaceRegion {
            lines.append("  " + catalog.format("validate.region", ["region": region, "space": privateSpaceRegion]))
        }
        if let endpointID, let configVarID, let configVarName {
            lines.append("  " + catalog.format("validate.config-var", ["endpoint": endpointID, "id": configVarID, "name": configVarName]))
        }
        return lines.joined(separator: "\n")
    }
}
