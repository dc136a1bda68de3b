/// The steps of the create runbook, numbered as `RunbookBuilder` numbers them (a test checks that
/// the builder's steps carry these numbers and titles), so a diagnosis can name a step without a
/// runbook, e.g. when the paste lacks the add-on name.
public enum CreateStep: Int, CaseIterable, Sendable, Comparable, Codable {
    case plugin = 1
    case account
    case create
    case wait
    case serviceName
    case securityGroup
    case endpoint
    case connect

    /// The catalog key the builder numbers the step by (and its usual title; some inputs get a variant).
    public var titleKey: String {
        switch self {
        case .plugin: "step.plugin.title"
        case .account: "step.account.title"
        case .create: "step.create.title"
        case .wait: "step.wait.title"
        case .serviceName: "step.service-name.title"
        case .securityGroup: "step.security-group.title"
        case .endpoint: "step.endpoint.title"
        case .connect: "step.connect.title"
        }
    }

    public static func < (lhs: CreateStep, rhs: CreateStep) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The step after this one; nil after the last.
    var next: CreateStep? { CreateStep(rawValue: rawValue + 1) }
}

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
    public var step: CreateStep? {
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
