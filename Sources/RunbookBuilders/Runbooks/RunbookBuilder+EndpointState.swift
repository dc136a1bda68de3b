import RunbookCore

extension RunbookBuilder {
    /// An existing endpoint's state, checked with the AWS CLI when the runbook shows the AWS side in
    /// the console only: the check needs the endpoint's id (and the region, when known), not the VPC
    /// that the other AWS CLI commands need. The same state loop as the AWS CLI steps' (facts file,
    /// section 4: no built-in waiter for endpoints), on the id set in a variable.
    func endpointStateCommands(_ endpoint: VPCEndpointID, _ input: RunbookInput, _ numbering: StepNumbering) -> [Block] {
        let nextStep = numbering.reference(.connect)
        return [
            .paragraph(Text("cli.endpoint.state-only", ["pending": .code("pendingAcceptance"), "available": .code("available")])),
            .command(Verbatim("VPC_ENDPOINT_ID=\(endpoint.value)").declaring(exports: [ShellVariable("VPC_ENDPOINT_ID", value: endpoint.value)])),
            .command(AWSCLI.waitForEndpoint(region: input.region, accountsStep: numbering.reference(.serviceName), nextStep: nextStep)),
            .expectedOutput(AWSCLI.waitOutput(nextStep: nextStep), note: Text("output.endpoint-state", ["pendingAfter": .code("pending")])),
        ]
    }
}
