import RunbookCore

extension RunbookBuilder {
    /// The connection drawn in the overview, from the same validated values and placeholders as the
    /// parameters list, so the picture and the text cannot disagree.
    func diagram(_ input: RunbookInput, _ numbering: StepNumbering) -> ConnectionDiagram {
        ConnectionDiagram(
            section: "overview",
            app: input.app,
            addon: input.addon,
            vpc: input.network.map { .code($0.vpcID) } ?? .placeholder(Text("diagram.vpc.unknown")),
            endpoint: input.endpointID.map { .code($0.value) }
                ?? .placeholder(Text("placeholder.endpoint-id", ["step": numbering.reference(.endpoint)])),
            serviceName: input.serviceName.map { .code($0) }
                ?? .placeholder(Text("placeholder.service-name", ["step": numbering.reference(.serviceName)])),
            region: input.region.map { .code($0.awsCode) } ?? .placeholder(Text("placeholder.region")),
            space: input.region?.name,
            brokerPorts: HerokuCLI.brokerPortsText,
            allowedAccounts: input.accounts.map(\.arn))
    }
}
