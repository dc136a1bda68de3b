import RunbookCore

extension RunbookBuilder {
    /// Connecting: the config var named after the endpoint holds the connection string.
    func connectSteps(_ input: RunbookInput, _ numbering: StepNumbering) -> [Step] {
        [numbering.step(.connect, connectionStringBlocks(input, numbering) + [.paragraph(Text("step.connect.use"))])]
    }

    /// How to find the endpoint's connection string: by its id when known, from `VPC_ENDPOINT_ID`
    /// after the AWS CLI steps, or else by listing every endpoint's.
    func connectionStringBlocks(_ input: RunbookInput, _ numbering: StepNumbering) -> [Block] {
        let app = input.app
        if let endpoint = input.endpointID {
            return [
                .paragraph(Text("step.connect.derive", ["endpoint": .code(endpoint.value), "id": .code(endpoint.configVarID),
                                                        "available": .code("available")])),
                .command(Verbatim(HerokuCLI.config(app: app, matching: endpoint.configVarID))),
                .expectedOutput(Verbatim(HerokuCLI.configOutput(configVarName: endpoint.configVarName)), note: Text("output.config")),
            ]
        }
        if let terraform = terraformConnectionBlocks(input) { return terraform }
        let placeholderNote = Text("output.config.placeholder", ["placeholder": .code("<ENDPOINT_ID>")])
        let placeholderOutput = Verbatim(HerokuCLI.configOutput(configVarName: HerokuCLI.endpointVarPlaceholder))
        guard input.awsSteps.showsCLI, input.network != nil else {
            return [
                .paragraph(Text("step.connect.unknown", ["prefix": .code(HerokuCLI.endpointVarPrefix)])),
                .command(Verbatim(HerokuCLI.config(app: app, matching: HerokuCLI.endpointVarPrefix))),
                .expectedOutput(placeholderOutput, note: placeholderNote),
            ]
        }
        return [
            .paragraph(Text("step.connect.variable", [
                "variable": .code("VPC_ENDPOINT_ID"), "example": .code("VPC_ENDPOINT_ID=\(AWSCLI.exampleEndpointID)"),
                "flag": .code(Field.endpointID.flag), "step": numbering.reference(.endpoint),
            ])),
            .command(AWSCLI.deriveConfigID),
            .expectedOutput(Verbatim(AWSCLI.exampleConfigID), note: Text("output.config-id")),
            .command(AWSCLI.configByDerivedID(app: app)),
            // The same example endpoint as the step that makes it, so that the three outputs agree.
            .expectedOutput(Verbatim(HerokuCLI.configOutput(configVarName: VPCEndpointID(value: AWSCLI.exampleEndpointID).configVarName)),
                            note: Text("output.config.example")),
        ]
    }
}
