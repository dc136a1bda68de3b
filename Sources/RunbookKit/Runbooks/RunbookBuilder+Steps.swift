extension RunbookBuilder {
    /// Heroku side: install the plugin, find the account id, create the endpoint, wait, read the service name.
    func herokuSteps(_ input: RunbookInput, _ numbering: inout StepNumbering) -> [Step] {
        let addon = input.addon, app = input.app
        let accounts: Text.Argument = .code(input.accounts.map(\.argument).joined(separator: ", "))
        // Array literal elements are evaluated in order, so steps are numbered as listed.
        return [
            numbering.step("step.plugin.title", [
                .paragraph(Text("step.plugin.intro")),
                .command(HerokuCLI.installPlugin),
                .paragraph(Text("step.plugin.output")),
            ]),
            numbering.step("step.account.title", [
                .paragraph(Text("step.account.intro", ["accounts": accounts])),
                .command(HerokuCLI.accountIDCommand),
                .expectedOutput(input.accounts[0].id, note: Text("output.account")),
                .paragraph(Text("step.account.console")),
            ]),
            numbering.step("step.create.title", [
                .paragraph(Text("step.create.intro", ["addon": .code(addon), "app": .code(app)])),
                .command(HerokuCLI.create(addon: addon, accounts: input.accounts, app: app)),
                .note(Text("step.create.order", ["flag": .code(Field.awsAccountID.flag), "addon": .code(addon)])),
                .expectedOutput(HerokuCLI.createOutput(addon: addon, app: app), note: Text("output.create")),
            ]),
            numbering.step("step.wait.title", [
                .paragraph(Text("step.wait.intro")),
                .command(HerokuCLI.wait(addon: addon, app: app)),
                .expectedOutput(HerokuCLI.waitOutput, note: Text("output.wait")),
            ]),
            numbering.step("step.service-name.title", [
                .paragraph(Text("step.service-name.intro")),
                .command(HerokuCLI.status(addon: addon, app: app)),
                .expectedOutput(
                    HerokuCLI.statusOutput(addon: addon, serviceName: input.serviceName ?? HerokuCLI.serviceNamePlaceholder,
                                           accounts: input.accounts),
                    note: Text(input.serviceName == nil ? "output.status.placeholder" : "output.status",
                               ["placeholder": .code(HerokuCLI.serviceNamePlaceholder)])),
                .note(Text("step.service-name.provisioning", ["wait": .code(HerokuCLI.wait(addon: addon, app: app))])),
                .paragraph(input.serviceName.map { Text("step.service-name.copy", ["value": .code($0)]) }
                    ?? Text("step.service-name.copy-unknown")),
            ]),
        ]
    }

    /// AWS side: the article's console path, the AWS CLI commands, or both.
    func awsSteps(_ input: RunbookInput, _ numbering: inout StepNumbering) -> [Step] {
        let ports: Text.Argument = .code(HerokuCLI.brokerPortsText)
        let serviceName: Text.Argument = input.serviceName.map { .code($0) }
            ?? .placeholder(Text("placeholder.service-name", ["step": numbering.reference("step.service-name.title")]))
        let cli = input.awsSteps.showsCLI ? input.network : nil
        var securityGroup: [Block] = [.paragraph(Text("step.security-group.intro", ["ports": ports]))]
        if input.awsSteps.showsConsole {
            securityGroup += [
                .numberedList([
                    Text("step.security-group.open"),
                    Text("step.security-group.create"),
                    Text("step.security-group.edit"),
                    Text("step.security-group.rule", ["ports": ports]),
                ]),
                .note(Text("step.security-group.source")),
            ]
        }
        if let cli { securityGroup += securityGroupCommands(cli, input) }
        var endpoint: [Block] = []
        if input.awsSteps.showsConsole {
            endpoint += [
                .numberedList([
                    Text("step.endpoint.open"),
                    Text("step.endpoint.find", ["value": serviceName]),
                    Text("step.endpoint.verify"),
                    Text("step.endpoint.group"),
                ]),
                .paragraph(Text("step.endpoint.state", ["pending": .code("pending acceptance"), "available": .code("available")])),
            ]
        }
        if let cli { endpoint += endpointCommands(cli, input, serviceNameStep: numbering.reference("step.service-name.title")) }
        if input.endpointID == nil { endpoint.append(.paragraph(Text("step.endpoint.id", ["example": .code("vpce-01c87ae3c05563935")]))) }
        return [numbering.step("step.security-group.title", securityGroup), numbering.step("step.endpoint.title", endpoint)]
    }

    private func securityGroupCommands(_ network: AWSNetwork, _ input: RunbookInput) -> [Block] {
        let region = input.region
        var blocks: [Block] = [.paragraph(Text("cli.security-group.intro"))]
        if let cidr = network.cidr {
            blocks += [.paragraph(Text("cli.cidr.given", ["cidr": .code(cidr)])), .command(AWSCLI.setCIDR(network, region: region))]
        } else {
            blocks += [
                .paragraph(Text("cli.cidr.lookup", ["vpc": .code(network.vpcID)])),
                .command(AWSCLI.setCIDR(network, region: region)),
                .expectedOutput(AWSCLI.exampleCIDR, note: Text("output.cidr")),
            ]
        }
        let owner = input.accounts[0].id
        let authorizeOutput = AWSCLI.authorizeOutput(cidr: network.cidr ?? AWSCLI.exampleCIDR, owner: owner)
        if let group = network.securityGroupID {
            blocks += [
                .paragraph(Text("cli.security-group.reuse", ["group": .code(group), "ports": .code(HerokuCLI.brokerPortsText)])),
                .command(AWSCLI.useSecurityGroup(group)),
                .command(AWSCLI.authorizeIngressIfMissing(region: region)),
                .expectedOutput(authorizeOutput, note: Text("output.authorize.reuse")),
            ]
        } else {
            blocks += [
                .paragraph(Text("cli.security-group.create", ["name": .code(AWSCLI.securityGroupName(addon: input.addon)), "vpc": .code(network.vpcID)])),
                .command(AWSCLI.createSecurityGroup(network, addon: input.addon, region: region)),
                .expectedOutput(AWSCLI.exampleGroupID, note: Text("output.group-id")),
                .paragraph(Text("cli.security-group.authorize", ["ports": .code(HerokuCLI.brokerPortsText)])),
                .command(AWSCLI.authorizeIngress(region: region)),
                .expectedOutput(authorizeOutput, note: Text("output.authorize")),
            ]
        }
        return blocks
    }

    private func endpointCommands(_ network: AWSNetwork, _ input: RunbookInput, serviceNameStep: Text.Argument) -> [Block] {
        let region = input.region
        var blocks: [Block] = [.paragraph(Text("cli.endpoint.intro"))]
        if input.serviceName == nil {
            blocks += [
                .paragraph(Text("cli.service-name.lookup", ["step": serviceNameStep])),
                .command(AWSCLI.setServiceName(nil, addon: input.addon, app: input.app)),
                .expectedOutput(HerokuCLI.serviceNamePlaceholder, note: Text("output.service-name", ["placeholder": .code(HerokuCLI.serviceNamePlaceholder)])),
            ]
        } else {
            blocks += [.paragraph(Text("cli.service-name.given", ["step": serviceNameStep])), .command(AWSCLI.setServiceName(input.serviceName, addon: input.addon, app: input.app))]
        }
        if let endpoint = input.endpointID {
            blocks += [.paragraph(Text("cli.endpoint.existing", ["endpoint": .code(endpoint.value)])), .command(AWSCLI.useEndpoint(endpoint))]
        } else {
            blocks += [
                .paragraph(Text("cli.endpoint.create", ["subnets": .code(network.subnetIDs.joined(separator: " "))])),
                .command(AWSCLI.createEndpoint(network, region: region)),
                .expectedOutput(AWSCLI.exampleEndpointID, note: Text("output.endpoint-id")),
            ]
        }
        blocks += [
            .paragraph(Text("cli.endpoint.wait", ["pending": .code("pendingAcceptance"), "available": .code("available")])),
            .command(AWSCLI.waitForEndpoint(region: region)),
            .expectedOutput(AWSCLI.waitOutput, note: Text("output.endpoint-state")),
        ]
        return blocks
    }

    /// Connecting: the config var named after the endpoint holds the connection string.
    func connectSteps(_ input: RunbookInput, _ numbering: inout StepNumbering) -> [Step] {
        let app = input.app
        if let endpoint = input.endpointID {
            return [numbering.step("step.connect.title", [
                .paragraph(Text("step.connect.derive", ["endpoint": .code(endpoint.value), "id": .code(endpoint.configVarID)])),
                .command(HerokuCLI.config(app: app, matching: endpoint.configVarID)),
                .expectedOutput(HerokuCLI.configOutput(configVarName: endpoint.configVarName), note: Text("output.config")),
                .paragraph(Text("step.connect.use")),
            ])]
        }
        let placeholderNote = Text("output.config.placeholder", ["placeholder": .code("<ENDPOINT_ID>")])
        let placeholderOutput = HerokuCLI.configOutput(configVarName: HerokuCLI.endpointVarPlaceholder)
        guard input.awsSteps.showsCLI, input.network != nil else {
            return [numbering.step("step.connect.title", [
                .paragraph(Text("step.connect.unknown", ["prefix": .code(HerokuCLI.endpointVarPrefix)])),
                .command(HerokuCLI.config(app: app, matching: HerokuCLI.endpointVarPrefix)),
                .expectedOutput(placeholderOutput, note: placeholderNote),
                .paragraph(Text("step.connect.use")),
            ])]
        }
        return [numbering.step("step.connect.title", [
            .paragraph(Text("step.connect.variable", [
                "variable": .code("VPC_ENDPOINT_ID"), "example": .code("VPC_ENDPOINT_ID=vpce-01c87ae3c05563935"),
                "flag": .code(Field.endpointID.flag), "step": numbering.reference("step.endpoint.title"),
            ])),
            .command(AWSCLI.deriveConfigID),
            .expectedOutput(AWSCLI.exampleConfigID, note: Text("output.config-id")),
            .command(HerokuCLI.config(app: app, matching: AWSCLI.configIDVariable)),
            .expectedOutput(placeholderOutput, note: placeholderNote),
            .paragraph(Text("step.connect.use")),
        ])]
    }
}
