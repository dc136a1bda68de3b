import RunbookCore

extension RunbookBuilder {
    /// After the connection string: what a Kafka client in the VPC needs and a check from inside
    /// the VPC. A section of its own, not a numbered step: the endpoint is connected by then, and
    /// what follows is the client team's, so `diagnose` still finds nothing left to run.
    func clientsSection(_ input: RunbookInput, _ numbering: StepNumbering) -> Section {
        let app = input.app
        let endpointVar = input.endpointID?.configVarName ?? HerokuCLI.endpointVarPlaceholder
        let vars: [Text] = [
            Text("clients.var.endpoint", ["name": .code(endpointVar), "url": .code(HerokuCLI.kafkaURLVar)]),
            Text("clients.var.trusted", ["name": .code(HerokuCLI.trustedCertVar)]),
            Text("clients.var.cert", ["name": .code(HerokuCLI.clientCertVar)]),
            Text("clients.var.key", ["name": .code(HerokuCLI.clientKeyVar)]),
        ]
        let shape: Text.Arguments = [
            "scheme": .code("kafka+ssl://"), "hostport": .code("host:port"), "bootstrap": .code(HerokuCLI.bootstrapFile),
        ]
        let files: Verbatim
        let intro: Text
        if let endpoint = input.endpointID {
            files = Verbatim(HerokuCLI.clientFiles(configVar: endpoint.configVarName, app: app))
            intro = Text("clients.bootstrap", shape)
        } else {
            files = Verbatim(HerokuCLI.clientFiles(configVar: HerokuCLI.endpointVarFromVariable, app: app))
                .declaring(imports: ["ENDPOINT_CONFIG_ID"])
            intro = Text("clients.bootstrap.variable", shape.merging([
                "variable": .code("ENDPOINT_CONFIG_ID"), "example": .code("ENDPOINT_CONFIG_ID=01C87AE3C05563935"),
                "step": numbering.reference(.connect),
            ]) { $1 })
        }
        return Section(anchor: "clients", title: Text("clients.title"), blocks: [
            .paragraph(Text("clients.intro", ["app": .code(app)])),
            .bulletList(vars),
            .paragraph(intro),
            .command(files),
            .expectedOutput(Verbatim(HerokuCLI.exampleBootstrapServers), note: Text("output.clients.bootstrap")),
            .important(Text("clients.secret", ["key": .code(HerokuCLI.clientKeyFile)])),
            .note(Text("clients.rotation")),
            .paragraph(Text("clients.check", ["step": numbering.reference(.securityGroup), "trusted": .code(HerokuCLI.trustedCertFile)])),
            .command(Verbatim(HerokuCLI.clientCheck)),
            .expectedOutput(Verbatim(HerokuCLI.clientCheckEstablished + "\n" + HerokuCLI.clientCheckVerified),
                            note: Text("output.clients.check", ["established": .code(HerokuCLI.clientCheckEstablished),
                                                                "verified": .code(HerokuCLI.clientCheckVerified)])),
            .paragraph(Text("clients.check.failed", ["step": numbering.reference(.securityGroup), "available": .code("available")])),
            .note(Text("clients.library")),
        ], role: .clients)
    }
}
