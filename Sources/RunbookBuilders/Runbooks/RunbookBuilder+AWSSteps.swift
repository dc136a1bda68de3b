import RunbookCore

extension RunbookBuilder {
    /// AWS side: the security group, then the interface endpoint, each through the console, the
    /// AWS CLI, or both.
    func awsSteps(_ input: RunbookInput, _ numbering: StepNumbering) -> [Step] {
        if input.awsSteps.showsTerraform { return terraformSteps(input, numbering) }
        return [securityGroupStep(input, numbering), endpointStep(input, numbering)]
    }

    /// The AWS CLI steps need a VPC; without one the AWS side is the console's alone.
    func cliNetwork(_ input: RunbookInput) -> AWSNetwork? {
        input.awsSteps.showsCLI ? input.network : nil
    }

    func securityGroupStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Step {
        let ports: Text.Argument = .code(HerokuCLI.brokerPortsText)
        var blocks: [Block] = [.paragraph(Text("step.security-group.intro", ["ports": ports]))]
        if input.awsSteps.showsConsole { blocks += securityGroupConsole(input) }
        if let network = cliNetwork(input) { blocks += securityGroupCommands(network, input) }
        return numbering.step(.securityGroup, blocks)
    }

    /// Every field the reader fills, by its console label. The description is typed as the AWS CLI
    /// gives it: the console refuses characters outside the EC2 API's set, Japanese ones included.
    private func securityGroupConsole(_ input: RunbookInput) -> [Block] {
        let ports: Text.Argument = .code(HerokuCLI.brokerPortsText)
        let rule = input.network?.cidr.map {
            Text("console.security-group.rule.cidr", ["ports": ports, "cidr": .code($0)])
        } ?? Text("console.security-group.rule.vpc", ["ports": ports])
        if let group = input.network?.securityGroupID {
            return [.numberedList([
                Text("console.security-group.find", ["group": .code(group)]),
                Text("console.security-group.edit"),
                rule,
                Text("console.security-group.save"),
            ])]
        }
        // The name is the one the AWS CLI commands look for, when the runbook shows them.
        let name: Text.Argument = .code(AWSCLI.securityGroupName(addon: input.addon))
        return [
            .numberedList([
                Text("console.security-group.open"),
                Text(cliNetwork(input) == nil ? "console.security-group.name" : "console.security-group.name.cli", ["name": name]),
                Text("console.security-group.description", [
                    "description": .code(AWSCLI.securityGroupDescription(addon: input.addon)),
                    "characters": .code(AWSCLI.securityGroupDescriptionSymbols),
                ]),
                input.network.map { Text("console.security-group.vpc.given", ["vpc": .code($0.vpcID)]) }
                    ?? Text("console.security-group.vpc"),
                rule,
                Text("console.security-group.create"),
            ]),
            .note(Text("console.security-group.article")),
        ]
    }

    private func securityGroupCommands(_ network: AWSNetwork, _ input: RunbookInput) -> [Block] {
        let region = input.region
        var blocks: [Block] = [.paragraph(Text("cli.intro"))]
        if let cidr = network.cidr {
            blocks += [.paragraph(Text("cli.cidr.given", ["cidr": .code(cidr)])), .command(AWSCLI.setCIDRs(network, region: region))]
        } else {
            blocks += [
                .paragraph(Text("cli.cidr.lookup", ["vpc": .code(network.vpcID)])),
                .command(AWSCLI.setCIDRs(network, region: region)),
                .expectedOutput(Verbatim(AWSCLI.exampleCIDR), note: Text("output.cidrs")),
            ]
        }
        if let group = network.securityGroupID {
            blocks += [
                .paragraph(Text("cli.security-group.reuse", ["group": .code(group)])),
                .command(AWSCLI.useSecurityGroup(group, vpc: network.vpcID, region: region)),
            ]
        } else {
            blocks += [
                .paragraph(Text("cli.security-group.create", ["name": .code(AWSCLI.securityGroupName(addon: input.addon)),
                                                               "vpc": .code(network.vpcID)])),
                .command(AWSCLI.findOrCreateSecurityGroup(network, addon: input.addon, region: region)),
                .expectedOutput(Verbatim(AWSCLI.exampleGroupID), note: Text("output.group-id")),
            ]
        }
        let owner = input.accounts[0].id
        blocks += [
            .paragraph(Text("cli.security-group.authorize", ["ports": .code(HerokuCLI.brokerPortsText)])),
            .command(AWSCLI.allowBrokerPorts(region: region)),
            .expectedOutput(AWSCLI.authorizeOutput(cidr: network.cidr ?? AWSCLI.exampleCIDR, owner: owner),
                            note: Text("output.authorize", ["fromPort": .code("FromPort"), "toPort": .code("ToPort"), "cidr": .code("CidrIpv4")])),
        ]
        return blocks
    }

    func endpointStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Step {
        var blocks: [Block] = []
        if input.awsSteps.showsConsole { blocks += endpointConsole(input, numbering) }
        if let network = cliNetwork(input) { blocks += endpointCommands(network, input, numbering) }
        if let endpoint = input.endpointID, cliNetwork(input) == nil, !input.awsSteps.showsTerraform {
            blocks += endpointStateCommands(endpoint, input, numbering)
        }
        if input.endpointID == nil {
            blocks.append(.paragraph(Text("step.endpoint.id", ["example": .code(AWSCLI.exampleEndpointID)])))
        }
        return numbering.step(.endpoint, blocks,
                              title: input.endpointID == nil ? nil : Text("step.endpoint.title.existing"))
    }

    private func endpointConsole(_ input: RunbookInput, _ numbering: StepNumbering) -> [Block] {
        let serviceNameStep = numbering.reference(.serviceName)
        let serviceName: Text.Argument = input.serviceName.map { .code($0) }
            ?? .placeholder(Text("placeholder.service-name", ["step": serviceNameStep]))
        let vpc: Text.Argument = input.network.map { .code($0.vpcID) } ?? .plain("")
        let group: Text.Argument = .code(input.network?.securityGroupID ?? AWSCLI.securityGroupName(addon: input.addon))
        let groupStep = numbering.reference(.securityGroup)
        // The console's words for the states, beside the API's (facts file, section 4).
        let states: Text.Arguments = ["pending": .code("Pending acceptance"), "available": .code("Available"),
                                               "pendingAPI": .code("pendingAcceptance"), "availableAPI": .code("available")]
        if let endpoint = input.endpointID {
            return [
                .paragraph(Text("console.endpoint.existing", ["endpoint": .code(endpoint.value)])),
                .numberedList([
                    Text("console.endpoint.select", ["endpoint": .code(endpoint.value)]),
                    Text(input.network == nil ? "console.endpoint.check" : "console.endpoint.check.vpc",
                         states.merging(["service": serviceName, "vpc": vpc]) { $1 }),
                    Text("console.endpoint.groups", ["group": group, "step": groupStep]),
                ]),
            ]
        }
        return [
            .numberedList([
                Text("console.endpoint.open"),
                Text("console.endpoint.type"),
                input.serviceName.map { Text("console.endpoint.service", ["value": .code($0), "step": serviceNameStep]) }
                    ?? Text("console.endpoint.service.unknown", ["step": serviceNameStep]),
                Text(input.network == nil ? "console.endpoint.vpc" : "console.endpoint.vpc.given", ["vpc": vpc]),
                Text("console.endpoint.subnets"),
                Text("console.endpoint.group", ["group": group, "step": groupStep]),
            ]),
            .paragraph(Text("console.endpoint.state", states)),
        ]
    }

    private func endpointCommands(_ network: AWSNetwork, _ input: RunbookInput, _ numbering: StepNumbering) -> [Block] {
        let region = input.region
        let serviceNameStep = numbering.reference(.serviceName)
        var blocks: [Block] = [.paragraph(Text("cli.intro"))]
        if input.serviceName == nil {
            blocks += [
                .paragraph(Text("cli.service-name.lookup", ["step": serviceNameStep])),
                .command(AWSCLI.setServiceName(nil, addon: input.addon, app: input.app, step: serviceNameStep)),
                .expectedOutput(Verbatim(HerokuCLI.serviceNamePlaceholder),
                                note: Text("output.service-name", ["placeholder": .code(HerokuCLI.serviceNamePlaceholder)])),
            ]
        } else {
            blocks += [
                .paragraph(Text("cli.service-name.given", ["step": serviceNameStep])),
                .command(AWSCLI.setServiceName(input.serviceName, addon: input.addon, app: input.app, step: serviceNameStep)),
            ]
        }
        let zones = Text("cli.zones", ["zoneID": .code("use1-az1")])
        if let endpoint = input.endpointID {
            blocks += [
                .paragraph(Text("cli.endpoint.existing", ["endpoint": .code(endpoint.value), "vpc": .code(network.vpcID),
                                                          "step": serviceNameStep, "available": .code("available")])),
                .command(AWSCLI.checkExistingEndpoint(endpoint, vpc: network.vpcID, region: region, serviceNameStep: serviceNameStep)),
                .expectedOutput(AWSCLI.existingEndpointOutput(network.vpcID, serviceName: input.serviceName ?? HerokuCLI.serviceNamePlaceholder),
                                note: Text("output.endpoint.existing")),
                .paragraph(zones),
                .command(AWSCLI.checkZones(.ofEndpoint, region: region, accountsStep: serviceNameStep)),
                .paragraph(Text("cli.endpoint.attach", ["step": numbering.reference(.securityGroup)])),
                .command(AWSCLI.attachSecurityGroup(region: region)),
                .expectedOutput(AWSCLI.modifyOutput, note: Text("output.modify")),
            ]
        } else {
            blocks += [
                .paragraph(zones),
                .command(AWSCLI.checkZones(.given(network.subnetIDs), region: region, accountsStep: serviceNameStep)),
                .paragraph(Text("cli.endpoint.create", ["subnets": .code(network.subnetIDs.joined(separator: " "))])),
                .command(AWSCLI.findOrCreateEndpoint(network, region: region)),
                .expectedOutput(Verbatim(AWSCLI.exampleEndpointID), note: Text("output.endpoint-id")),
            ]
        }
        let nextStep = numbering.reference(.connect)
        blocks += [
            .paragraph(Text("cli.endpoint.wait", [
                "pending": .code("pendingAcceptance"), "available": .code("available"),
                "seconds": .plain(String(AWSCLI.pollSeconds)), "minutes": .plain(String(AWSCLI.pollMinutes)),
            ])),
            .command(AWSCLI.waitForEndpoint(region: region, accountsStep: serviceNameStep, nextStep: nextStep)),
            .expectedOutput(AWSCLI.waitOutput(nextStep: nextStep), note: Text("output.endpoint-state", ["pendingAfter": .code("pending")])),
        ]
        return blocks
    }
}
