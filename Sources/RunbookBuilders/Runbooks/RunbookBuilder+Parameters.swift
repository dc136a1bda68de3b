import RunbookCore

extension RunbookBuilder {
    /// The values given and the ones derived from them; values not known yet are marked, with
    /// where to find them and how to regenerate the runbook once known. What is listed depends on
    /// what the task uses.
    func parameters(_ input: RunbookInput, _ numbering: StepNumbering) -> Section {
        let creates = input.task.createsEndpoint
        var items = [
            Text("parameters.addon", ["flag": .code(Field.addon.flag), "value": .code(input.addon)]),
            Text("parameters.app", ["flag": .code(Field.app.flag), "value": .code(input.app)]),
        ]
        if input.task != .teardown {
            items += input.accounts.map {
                Text("parameters.account.\(input.task.rawValue)",
                     ["flag": .code(Field.awsAccountID.flag), "value": .code($0.argument), "arn": .code($0.arn)])
            }
        } else if let owner = endpointOwner(input) {
            // One account given to teardown owns the endpoint: only an allowed account can connect one.
            items.append(Text("parameters.account.teardown", ["flag": .code(Field.awsAccountID.flag), "value": .code(owner.argument),
                                                              "account": .code(owner.id)]))
        }
        items.append(Text("parameters.region", [
            "flag": .code(Field.region.flag), "value": regionArgument(input),
            "space": input.region.map { .code($0.name) } ?? .plain("–"),
        ]))
        if creates {
            items.append(Text("parameters.service-name", [
                "flag": .code(Field.serviceName.flag),
                "value": input.serviceName.map { .code($0) }
                    ?? .placeholder(Text("placeholder.service-name", ["step": numbering.reference(.serviceName)])),
            ]))
        }
        let endpointPlaceholder = creates
            ? Text("placeholder.endpoint-id", ["step": numbering.reference(.endpoint)])
            : Text("placeholder.endpoint-id.delete")
        items.append(Text("parameters.endpoint-id.\(creates ? "create" : "delete")", [
            "flag": .code(Field.endpointID.flag), "value": input.endpointID.map { .code($0.value) } ?? .placeholder(endpointPlaceholder),
        ]))
        items.append(input.endpointID.map {
            Text("parameters.config-var", ["id": .code($0.configVarID), "name": .code($0.configVarName)])
        } ?? Text("parameters.config-var.unknown", ["name": .code(HerokuCLI.endpointVarPlaceholder), "placeholder": .code("<ENDPOINT_ID>")]))
        if let network = input.network { items += networkItems(network, input, numbering) }
        var blocks: [Block] = [.paragraph(Text("parameters.intro")), .bulletList(items)]
        // The Terraform path reads the endpoint id from its outputs: no need to generate again for it.
        let terraformMakesEndpoint = creates && input.awsSteps.showsTerraform
        if (input.endpointID == nil && !terraformMakesEndpoint) || input.region == nil || (creates && input.serviceName == nil) {
            blocks.append(.note(Text("parameters.regenerate", ["command": .code(regenerateCommand(input))])))
        }
        return Section(anchor: "parameters", title: Text("parameters.title"), blocks: blocks)
    }

    private func networkItems(_ network: AWSNetwork, _ input: RunbookInput, _ numbering: StepNumbering) -> [Text] {
        var items = [Text("parameters.vpc", ["flag": .code(Field.vpcID.flag), "value": .code(network.vpcID)])]
        let group: Text.Argument = .code(Field.securityGroupID.flag)
        guard input.task.createsEndpoint else {
            let step = numbering.reference(.deleteGroup)
            items.append(network.securityGroupID.map { Text("parameters.security-group.kept", ["flag": group, "value": .code($0), "step": step]) }
                ?? Text("parameters.security-group.delete", ["flag": group, "name": .code(AWSCLI.securityGroupName(addon: input.addon)), "step": step]))
            return items
        }
        let step = numbering.reference(.securityGroup)
        items += network.subnetIDs.map { Text("parameters.subnet", ["flag": .code(Field.subnetID.flag), "value": .code($0)]) }
        items.append(network.securityGroupID.map { Text("parameters.security-group", ["flag": group, "value": .code($0)]) }
            ?? Text("parameters.security-group.new", ["flag": group, "name": .code(AWSCLI.securityGroupName(addon: input.addon)), "step": step]))
        let cidr: Text.Argument = .code(Field.cidr.flag)
        items.append(network.cidr.map { Text("parameters.cidr", ["flag": cidr, "value": .code($0)]) }
            ?? Text("parameters.cidr.lookup", ["flag": cidr, "step": step]))
        return items
    }

    /// The `generate` command for this input with placeholders for what is still missing, each in
    /// single quotes: pasted as it is, the command reaches the rules (which say to replace it)
    /// rather than the shell (for which `<` is a redirection).
    private func regenerateCommand(_ input: RunbookInput) -> String {
        var words = ["privatelink-runbook generate"]
        if input.task != .create { words += [Field.task.flag, input.task.rawValue] }
        words += [Field.addon.flag, input.addon, Field.app.flag, input.app]
        if input.awsSteps.showsTerraform { words += [Field.awsSteps.flag, input.awsSteps.rawValue] }
        for account in input.accounts { words += [Field.awsAccountID.flag, account.argument] }
        words += [Field.region.flag, input.region?.awsCode ?? "'<REGION>'"]
        if input.task.createsEndpoint { words += [Field.serviceName.flag, input.serviceName ?? "'\(HerokuCLI.serviceNamePlaceholder)'"] }
        words += [Field.endpointID.flag, input.endpointID?.value ?? "'<ENDPOINT_ID>'"]
        if let network = input.network {
            words += [Field.vpcID.flag, network.vpcID] + network.subnetIDs.flatMap { [Field.subnetID.flag, $0] }
            if let group = network.securityGroupID { words += [Field.securityGroupID.flag, group] }
            if let cidr = network.cidr { words += [Field.cidr.flag, cidr] }
        }
        return words.joined(separator: " ")
    }
}
