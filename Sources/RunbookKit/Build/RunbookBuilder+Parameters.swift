extension RunbookBuilder {
    /// The values given and the ones derived from them; values not known yet are marked, with
    /// where to find them and how to regenerate the runbook once known.
    func parameters(_ input: RunbookInput) -> Section {
        var items = [
            Text("parameters.addon", ["flag": .code(Field.addon.flag), "value": .code(input.addon)]),
            Text("parameters.app", ["flag": .code(Field.app.flag), "value": .code(input.app)]),
        ]
        items += input.accounts.map {
            Text("parameters.account", ["flag": .code(Field.awsAccountID.flag), "value": .code($0.argument), "arn": .code($0.arn)])
        }
        items.append(Text("parameters.region", [
            "flag": .code(Field.region.flag),
            "value": input.region.map { .code($0.awsCode) } ?? .placeholder(Text("placeholder.region")),
            "space": input.region.map { .code($0.name) } ?? .plain("–"),
        ]))
        items.append(Text("parameters.service-name", [
            "flag": .code(Field.serviceName.flag),
            "value": input.serviceName.map { .code($0) } ?? .placeholder(Text("placeholder.service-name")),
        ]))
        items.append(Text("parameters.endpoint-id", [
            "flag": .code(Field.endpointID.flag),
            "value": input.endpointID.map { .code($0.value) } ?? .placeholder(Text("placeholder.endpoint-id")),
        ]))
        items.append(Text("parameters.config-var", [
            "id": input.endpointID.map { .code($0.configVarID) } ?? .placeholder(Text("placeholder.config-var-id")),
            "name": input.endpointID.map { .code($0.configVarName) } ?? .code(HerokuCLI.endpointVarPlaceholder),
        ]))
        var blocks: [Block] = [.paragraph(Text("parameters.intro")), .bulletList(items)]
        if input.serviceName == nil || input.endpointID == nil || input.region == nil {
            blocks.append(.note(Text("parameters.regenerate", ["command": .code(regenerateCommand(input))])))
        }
        return Section(anchor: "parameters", title: Text("parameters.title"), blocks: blocks)
    }

    /// The `generate` command for this input with placeholders for what is still missing.
    private func regenerateCommand(_ input: RunbookInput) -> String {
        var words = ["privatelink-runbook generate", Field.addon.flag, input.addon, Field.app.flag, input.app]
        for account in input.accounts { words += [Field.awsAccountID.flag, account.argument] }
        words += [Field.region.flag, input.region?.awsCode ?? "<REGION>"]
        words += [Field.serviceName.flag, input.serviceName ?? HerokuCLI.serviceNamePlaceholder]
        words += [Field.endpointID.flag, input.endpointID?.value ?? "<ENDPOINT_ID>"]
        return words.joined(separator: " ")
    }
}
