import RunbookCore

/// A command of the runbook (or one a customer runs beside it), recognised on a pasted prompt line.
public enum RunbookCommand: String, Sendable, Equatable {
    case installPlugin
    case callerIdentity
    case create
    case wait
    case status
    case access
    case accessAdd
    case accessRemove
    case destroy
    case securityGroup
    case vpcEndpoint
    case config

    /// The create runbook's step that runs it; nil for commands of other tasks.
    public var step: StepID? {
        switch self {
        case .installPlugin: .plugin
        case .callerIdentity: .account
        case .create: .create
        case .wait: .wait
        case .status, .access: .serviceName
        case .securityGroup: .securityGroup
        case .vpcEndpoint: .endpoint
        case .config: .connect
        case .accessAdd, .accessRemove, .destroy: nil
        }
    }
}
