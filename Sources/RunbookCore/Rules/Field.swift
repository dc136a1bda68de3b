/// An input the runbook takes. The raw value doubles as the command-line flag name (without `--`),
/// following the Heroku CLI's own spelling (`--app`, `--aws-account-id`).
public enum Field: String, CaseIterable, Sendable, Codable {
    case addon
    case app
    case awsAccountID = "aws-account-id"
    case endpointID = "endpoint-id"
    case region
    case serviceName = "service-name"
    case vpcID = "vpc-id"
    case subnetID = "subnet-id"
    case securityGroupID = "security-group-id"
    case cidr
    case awsSteps = "aws-steps"
    case task

    /// The command-line flag, e.g. `--aws-account-id`.
    public var flag: String { "--" + rawValue }

    /// The key in JSON input and in `rules --json`.
    public var jsonKey: String {
        switch self {
        case .addon: "addon"
        case .app: "app"
        case .awsAccountID: "awsAccountIds"
        case .endpointID: "endpointId"
        case .region: "region"
        case .serviceName: "serviceName"
        case .vpcID: "vpcId"
        case .subnetID: "subnetIds"
        case .securityGroupID: "securityGroupId"
        case .cidr: "cidr"
        case .awsSteps: "awsSteps"
        case .task: "task"
        }
    }
}
