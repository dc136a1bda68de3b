/// The steps of the create runbook, in the Dev Center article's order: the builder numbers its steps
/// by this order (`RunbookBuilder.createSteps`), and a diagnosis names a step by it without a
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
    package var next: CreateStep? { CreateStep(rawValue: rawValue + 1) }
}
