/// Validated, typed inputs: only values that passed every rule of the `RuleSet` exist here, so
/// everything built from them is safe to put in a shell command or an HTML page.
public struct RunbookInput: Sendable, Equatable {
    /// What the runbook is for.
    public let task: RunbookTask
    /// The Kafka add-on, e.g. `kafka-sushi-12345`.
    public let addon: String
    /// The Heroku app the add-on is attached to.
    public let app: String
    /// The AWS accounts the task allows (create, add-accounts) or removes (remove-accounts), in
    /// the order given; empty only for teardown, which needs none.
    public let accounts: [AWSAccount]
    public let endpointID: VPCEndpointID?
    /// From `--region`, or else from the service name.
    public let region: PrivateSpaceRegion?
    /// The endpoint service name, e.g. `com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec`.
    public let serviceName: String?
    /// The customer's VPC, where the AWS CLI steps create the endpoint; nil without `--vpc-id`.
    public let network: AWSNetwork?
    /// How the AWS side is shown.
    public let awsSteps: AWSSteps
}

/// The VPC values the AWS CLI steps need.
public struct AWSNetwork: Sendable, Equatable {
    public let vpcID: String
    public let subnetIDs: [String]
    /// An existing group to reuse instead of creating one.
    public let securityGroupID: String?
    /// The source allowed to reach the brokers; without it the commands look the VPC's CIDR up.
    public let cidr: String?
}

/// How the runbook shows the AWS side: the article's console path, AWS CLI commands, both, or a
/// Terraform configuration written beside the runbook, alone or after the console path.
public enum AWSSteps: String, Sendable, CaseIterable {
    case console
    case cli
    case both
    case terraform
    case consoleAndTerraform = "console+terraform"

    public var showsConsole: Bool { self == .console || self == .both || self == .consoleAndTerraform }
    public var showsCLI: Bool { self == .cli || self == .both }
    public var showsTerraform: Bool { self == .terraform || self == .consoleAndTerraform }
}

/// An AWS account allowed to reach the endpoint, in one of the article's three forms.
public struct AWSAccount: Sendable, Equatable {
    public enum Principal: Sendable, Equatable {
        case root
        case user(String)
        case role(String)
    }

    /// The 12-digit account id; a string, since it may start with 0.
    public let id: String
    public let principal: Principal

    /// The value as passed to `--aws-account-id`.
    public var argument: String {
        switch principal {
        case .root: id
        case .user(let name): "\(id):user/\(name)"
        case .role(let name): "\(id):role/\(name)"
        }
    }

    /// The ARN the Heroku CLI lists under "Allowed Accounts".
    public var arn: String {
        switch principal {
        case .root: "arn:aws:iam::\(id):root"
        case .user(let name): "arn:aws:iam::\(id):user/\(name)"
        case .role(let name): "arn:aws:iam::\(id):role/\(name)"
        }
    }

    /// Parses a value that already passed the rules.
    init(validated value: String) {
        let parts = value.split(separator: ":", maxSplits: 1).map(String.init)
        id = parts[0]
        guard parts.count == 2 else { principal = .root; return }
        let kindAndName = parts[1].split(separator: "/", maxSplits: 1).map(String.init)
        principal = kindAndName[0] == "role" ? .role(kindAndName[1]) : .user(kindAndName[1])
    }
}

/// A VPC endpoint id (`vpce-` and 17 hex digits) and the id Heroku derives from it.
public struct VPCEndpointID: Sendable, Equatable {
    public let value: String

    /// The last 17 characters, upper-cased: how Heroku names the endpoint's config var.
    public var configVarID: String { value.suffix(17).uppercased() }

    /// The config var holding this endpoint's connection string.
    public var configVarName: String { "KAFKA_ENDPOINT_\(configVarID)_URL" }

    /// An id that already passed the rules.
    package init(value: String) {
        self.value = value
    }
}
