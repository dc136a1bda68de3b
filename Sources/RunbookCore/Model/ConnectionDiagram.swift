/// This customer's connection as the HTML page draws it: which value sits where on the way from
/// their applications to the Kafka brokers. Language-neutral like the rest of the `Runbook`: values
/// are validated input or catalog placeholders, and the renderer supplies every label.
public struct ConnectionDiagram: Sendable, Equatable {
    /// The anchor of the section the diagram illustrates; the page draws it at that section's end.
    public let section: String
    /// The Heroku app the add-on is attached to.
    public let app: String
    /// The Kafka add-on, whose brokers the connection reaches.
    public let addon: String
    /// The customer's VPC id, or a placeholder when the runbook was generated without `--vpc-id`.
    public let vpc: Text.Argument
    /// The interface VPC endpoint's id, or a placeholder naming the step that creates it.
    public let endpoint: Text.Argument
    /// The endpoint service name, or a placeholder naming the step that prints it.
    public let serviceName: Text.Argument
    /// The AWS region both ends are in, or a placeholder.
    public let region: Text.Argument
    /// The Heroku Private Space region's name (`virginia`), when the region is known.
    public let space: String?
    /// The TCP ports the brokers listen on behind the endpoint, as the steps write them.
    public let brokerPorts: String
    /// The principals allowed to connect, as Heroku lists them (ARNs).
    public let allowedAccounts: [String]

    package init(section: String, app: String, addon: String, vpc: Text.Argument, endpoint: Text.Argument, serviceName: Text.Argument,
                 region: Text.Argument, space: String?, brokerPorts: String, allowedAccounts: [String]) {
        self.section = section
        self.app = app
        self.addon = addon
        self.vpc = vpc
        self.endpoint = endpoint
        self.serviceName = serviceName
        self.region = region
        self.space = space
        self.brokerPorts = brokerPorts
        self.allowedAccounts = allowedAccounts
    }
}
