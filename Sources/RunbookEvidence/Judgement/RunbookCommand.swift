import RunbookCore

/// A command of the runbooks (or one a customer runs beside them), recognised on a pasted prompt line.
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
    /// `heroku addons` and `heroku addons:info`: which add-ons an app has.
    case addons
    /// `aws configure get region`, `aws configure list`: the AWS CLI's own settings.
    case configure
    /// `aws ec2 delete-vpc-endpoints`.
    case deleteEndpoint
    /// `aws ec2 delete-security-group`.
    case deleteSecurityGroup

    /// The create runbook's step that runs it; nil for commands of other tasks.
    public var step: StepID? { step(in: .create) }

    /// The step of `task`'s runbook that runs it; nil when that runbook does not run it.
    public func step(in task: RunbookTask) -> StepID? {
        switch (task, self) {
        case (.create, .installPlugin): .plugin
        case (.create, .callerIdentity), (.addAccounts, .callerIdentity): .account
        case (.create, .create): .create
        case (.create, .wait): .wait
        case (.create, .status), (.create, .access), (.addAccounts, .status): .serviceName
        case (.create, .securityGroup), (.addAccounts, .securityGroup): .securityGroup
        case (.create, .vpcEndpoint), (.addAccounts, .vpcEndpoint): .endpoint
        case (.create, .config), (.addAccounts, .config): .connect
        case (.addAccounts, .access), (.removeAccounts, .access): .accessBefore
        case (.addAccounts, .accessAdd): .accessAdd
        case (.removeAccounts, .accessRemove): .accessRemove
        case (.removeAccounts, .deleteEndpoint), (.teardown, .deleteEndpoint): .deleteEndpoint
        case (.removeAccounts, .vpcEndpoint), (.teardown, .vpcEndpoint): .endpointGone
        case (.removeAccounts, .deleteSecurityGroup), (.teardown, .deleteSecurityGroup): .deleteGroup
        case (.teardown, .status): .connections
        case (.teardown, .destroy): .destroy
        case (.teardown, .config): .destroyed
        default: nil
        }
    }
}
