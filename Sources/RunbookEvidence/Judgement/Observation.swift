import RunbookCore

/// One thing a paste shows, with the line that shows it. Values are candidate strings as printed,
/// loosely extracted: the `Situation` has the `RuleSet` judge them, never the parsers.
public struct Observation: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A value for an input, from output that states it (`Service Name: …`, a `--app` flag).
        case value(Field, String)
        /// A command of the runbook was run: its prompt line was pasted.
        case ran(RunbookCommand)
        /// The endpoint service's status on Heroku: `Provisioning`, `Operational`, `Deprovisioning`, …
        case endpointServiceStatus(String)
        /// A row of Heroku's allowed accounts: the ARN and its status (`Provisioning`, `Active`).
        case allowedAccount(arn: String, status: String)
        /// `There are no allowed accounts`.
        case noAllowedAccounts
        /// A row of Heroku's `=== Connections` table.
        case connection(endpointID: String, ownerARN: String, status: String)
        /// The account of the AWS credentials in use (`aws sts get-caller-identity`).
        case callerAccount(String)
        /// A VPC endpoint as AWS describes it.
        case vpcEndpoint(VPCEndpointReport)
        /// A VPC endpoint state printed alone (the runbook's state check, `--query … --output text`),
        /// with the endpoint its command named, if it named one.
        case endpointState(String, endpointID: String?)
        /// A security group, with its inbound rules where the output lists them.
        case securityGroup(SecurityGroupReport)
        /// The service name an AWS command was given.
        case usedServiceName(String)
        /// The AWS region the AWS side works in (`--region`, an ARN, a DNS name).
        case awsRegion(String)
        /// `An error occurred (CODE) when calling the OPERATION operation: MESSAGE`.
        case awsError(code: String, operation: String, message: String)
        /// An error of the Heroku CLI, after the last command line pasted before it, if any.
        case herokuError(HerokuCLIError, after: RunbookCommand?)
        /// `heroku config` was shown (its header, or the command's prompt).
        case configListed
        /// A `KAFKA_ENDPOINT_<ID>_URL` line of `heroku config`: the endpoint's connection string.
        case connectionString(configVarID: String)
        /// The link that ends `heroku data:privatelink`, with the product word the CLI put in it.
        case articleLink(url: String, product: String)
        /// A sentence the runbook's own commands print: a check that passed, or one that stopped.
        case runbookMessage(key: String, step: StepID, isFailure: Bool)
    }

    public let kind: Kind
    public let evidence: EvidenceLine

    public init(_ kind: Kind, _ evidence: EvidenceLine) {
        self.kind = kind
        self.evidence = evidence
    }
}

/// The errors of the Heroku CLI a runbook's commands can print.
public enum HerokuCLIError: String, Sendable, Equatable {
    /// `Couldn't find that addon.`
    case addonNotFound
    /// oclif's `Missing 1 required arg`: the add-on name came after the greedy `--aws-account-id`.
    case missingArgument
    /// `… is not a heroku command.`: the PrivateLink plugin is not installed.
    case pluginMissing
}

/// A VPC endpoint as `describe-vpc-endpoints` or `create-vpc-endpoint` prints it (fields may be missing).
public struct VPCEndpointReport: Sendable, Equatable {
    public var id: String?
    public var state: String?
    public var serviceName: String?
    public var ownerID: String?
    public var vpcID: String?
    public var subnetIDs: [String] = []
    public var groupIDs: [String] = []
}

/// A security group and the inbound rules the output shows (nil when it shows none, e.g. only the id).
public struct SecurityGroupReport: Sendable, Equatable {
    public var id: String?
    public var vpcID: String?
    public var inboundRules: [PortRule]?
    /// True when the rules are all the group has (`describe-security-groups`), not just one added.
    public var listsEveryRule = false
}

/// An inbound rule's protocol and port range (`-1` is every protocol, with no ports).
public struct PortRule: Sendable, Equatable {
    public let ipProtocol: String
    public let fromPort: Int?
    public let toPort: Int?

    /// Whether the rule lets TCP reach every port of `ports`.
    func covers(_ ports: ClosedRange<Int>) -> Bool {
        if ipProtocol == "-1" || ipProtocol.lowercased() == "all" { return true }
        guard ipProtocol.lowercased() == "tcp" || ipProtocol == "6", let from = fromPort, let to = toPort else { return false }
        return from <= ports.lowerBound && to >= ports.upperBound
    }
}
