import RunbookCore

/// One thing a paste shows, with the line that shows it. Values are candidate strings as printed,
/// loosely extracted: the `Situation` has the `RuleSet` judge them, never the parsers.
public struct Observation: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// A value for an input, from output that states it (`Service Name: …`, a `--app` flag).
        case value(Field, String)
        /// A placeholder of the Dev Center article typed where a value belongs (`KAKFA_ADDON_NAME`,
        /// `APP_NAME`, `ACCOUNT_ID`): the customer ran the article's command without their values.
        case placeholder(Field, String)
        /// An add-on `heroku addons` or `heroku addons:info` lists, with its service
        /// (`heroku-kafka`, `heroku-postgresql`; nil when the CLI shows `?`) and, in `heroku addons
        /// --all`, the app that owns it.
        case addonListed(name: String, service: String?, app: String? = nil)
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
        /// The IAM identity of the AWS credentials in use (`get-caller-identity`'s `Arn`).
        case callerARN(String)
        /// A VPC endpoint as AWS describes it.
        case vpcEndpoint(VPCEndpointReport)
        /// A VPC endpoint state printed alone (the runbook's state check, `--query … --output text`),
        /// with the endpoint its command named, if it named one.
        case endpointState(String, endpointID: String?)
        /// A security group, with its inbound rules where the output lists them.
        case securityGroup(SecurityGroupReport)
        /// The service name an AWS command was given.
        case usedServiceName(String)
        /// The AWS region the AWS side works in (`--region`, an ARN, a DNS name, a sentence).
        case awsRegion(String)
        /// The region the AWS CLI uses when a command gives no `--region`: `aws configure get
        /// region`, the `region` row of `aws configure list`, `AWS_REGION` or `AWS_DEFAULT_REGION`.
        case configuredRegion(String)
        /// `An error occurred (CODE) when calling the OPERATION operation: MESSAGE`, with the
        /// `--region` of the command line pasted before it, if it had one.
        case awsError(code: String, operation: String, message: String, region: String? = nil)
        /// A subnet and its Availability Zone (name and id), as `describe-subnets` lists them.
        case subnetZone(subnet: String, zone: String, zoneID: String?)
        /// The Availability Zones an endpoint service offers (`describe-vpc-endpoint-services`).
        case serviceZones([String])
        /// `delete-vpc-endpoints` answered with no failure (`{"Unsuccessful": []}`).
        case endpointDeleteAccepted
        /// `delete-security-group` answered (`{"Return": true, "GroupId": …}`).
        case securityGroupDeleted(String?)
        /// `Destroying privatelink endpoint... done`: the endpoint service is being removed.
        case destroyAccepted
        /// `Adding account(s)... done` (true) or `Removing account(s)... done` (false).
        case accountsChanged(added: Bool)
        /// A sentence of the ticket said how long the customer has waited, in minutes.
        case statedWait(minutes: Int)
        /// A sentence of the ticket said that this AWS account is to stay allowed.
        case accountToKeep(String)
        /// A sentence of the ticket said what the customer wants to do: a task other than create.
        case intent(RunbookTask)
        /// A sentence of the ticket is about a subject: PrivateLink, or using Kafka itself.
        case mentions(TicketSubject)
        /// An error of the Heroku CLI, after the last command line pasted before it, if any.
        case herokuError(HerokuCLIError, after: RunbookCommand?)
        /// `heroku config` was shown (its header, or the command's prompt).
        case configListed
        /// A `KAFKA_ENDPOINT_<ID>_URL` line of `heroku config`: the endpoint's connection string,
        /// with what its value holds.
        case connectionString(configVarID: String, value: ConnectionStringValue = .brokers)
        /// The link that ends `heroku data:privatelink`, with the product word the CLI put in it.
        case articleLink(url: String, product: String)
        /// A sentence the runbook's own commands print: a check that passed, or one that stopped.
        case runbookMessage(key: String, step: StepID, isFailure: Bool)
    }

    /// Where on the line a value came from: what a tool printed, a command line the customer
    /// typed, or a sentence they wrote. A tool's output says more than a command that may have
    /// failed, and both more than a sentence.
    public enum Source: Int, Sendable, Comparable {
        case prose
        case command
        case output

        public static func < (lhs: Source, rhs: Source) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    public let kind: Kind
    public let evidence: EvidenceLine
    public let source: Source

    public init(_ kind: Kind, _ evidence: EvidenceLine, source: Source = .output) {
        self.kind = kind
        self.evidence = evidence
        self.source = source
    }
}

/// What a sentence of a ticket is about.
public enum TicketSubject: String, Sendable, Equatable {
    /// The PrivateLink connection: endpoints, VPCs, the plugin.
    case privateLink
    /// Using Kafka itself: topics, partitions, consumers, retention.
    case kafkaUsage
}

/// What the value of a `KAFKA_ENDPOINT_<ID>_URL` config var holds.
public enum ConnectionStringValue: Sendable, Equatable {
    /// A comma-separated list of `kafka+ssl://host:port` brokers on the PrivateLink ports.
    case brokers
    /// Something else: empty, cut off when copied, or not a broker list.
    case malformed
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
