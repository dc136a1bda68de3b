/// Who runs a step. The Heroku app and the AWS account often belong to different departments, so
/// every step says whose it is: the runbook can be split between them as it stands.
public enum StepRole: String, Sendable, CaseIterable {
    /// Someone whose Heroku account can access the app: the Heroku CLI steps.
    case heroku
    /// An administrator of the AWS account that holds the VPC: the console, AWS CLI and Terraform steps.
    case aws
    /// Whoever runs the Kafka clients in the VPC.
    case clients

    /// The catalog key of the phrase that names the role.
    public var key: String { "role.\(rawValue)" }
}

extension StepID {
    /// Who runs the step, whatever the task: the tool its commands use decides.
    public var role: StepRole {
        switch self {
        case .plugin, .create, .wait, .serviceName, .connect, .accessBefore, .accessAdd, .accessActive, .accessRemove,
             .accessAfter, .connections, .connectionsAfter, .destroy, .destroyed:
            .heroku
        case .account, .securityGroup, .endpoint, .deleteEndpoint, .endpointGone, .deleteGroup:
            .aws
        case .stopClients:
            .clients
        }
    }
}
