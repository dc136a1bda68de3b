extension RunbookBuilder {
    /// Heroku side: install the plugin, find the account id, create the endpoint, wait, read the service name.
    func herokuSteps(_ input: RunbookInput, _ numbering: inout StepNumbering) -> [Step] {
        let addon = input.addon, app = input.app
        let accounts: Text.Argument = .code(input.accounts.map(\.argument).joined(separator: ", "))
        let serviceName: Text.Argument = input.serviceName.map { .code($0) } ?? .placeholder(Text("placeholder.service-name"))
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
                .paragraph(Text("step.service-name.copy", ["value": serviceName])),
            ]),
        ]
    }

    /// AWS side, through the VPC console as in the article.
    func awsSteps(_ input: RunbookInput, _ numbering: inout StepNumbering) -> [Step] {
        let ports: Text.Argument = .code(HerokuCLI.brokerPortsText)
        let serviceName: Text.Argument = input.serviceName.map { .code($0) } ?? .placeholder(Text("placeholder.service-name"))
        return [
            numbering.step("step.security-group.title", [
                .paragraph(Text("step.security-group.intro", ["ports": ports])),
                .numberedList([
                    Text("step.security-group.open"),
                    Text("step.security-group.create"),
                    Text("step.security-group.edit"),
                    Text("step.security-group.rule", ["ports": ports]),
                ]),
                .note(Text("step.security-group.source")),
            ]),
            numbering.step("step.endpoint.title", [
                .numberedList([
                    Text("step.endpoint.open"),
                    Text("step.endpoint.find", ["value": serviceName]),
                    Text("step.endpoint.verify"),
                    Text("step.endpoint.group"),
                ]),
                .paragraph(Text("step.endpoint.state", ["pending": .code("pending acceptance"), "available": .code("available")])),
                .paragraph(Text("step.endpoint.id", ["example": .code("vpce-01c87ae3c05563935")])),
            ]),
        ]
    }

    /// Connecting: the config var named after the endpoint holds the connection string.
    func connectSteps(_ input: RunbookInput, _ numbering: inout StepNumbering) -> [Step] {
        guard let endpoint = input.endpointID else {
            return [numbering.step("step.connect.title", [
                .paragraph(Text("step.connect.unknown", ["prefix": .code(HerokuCLI.endpointVarPrefix)])),
                .command(HerokuCLI.config(app: input.app, matching: HerokuCLI.endpointVarPrefix)),
                .expectedOutput(HerokuCLI.configOutput(configVarName: HerokuCLI.endpointVarPlaceholder),
                                note: Text("output.config.placeholder", ["placeholder": .code("<ENDPOINT_ID>")])),
                .paragraph(Text("step.connect.use")),
            ])]
        }
        return [numbering.step("step.connect.title", [
            .paragraph(Text("step.connect.derive", ["endpoint": .code(endpoint.value), "id": .code(endpoint.configVarID)])),
            .command(HerokuCLI.config(app: input.app, matching: endpoint.configVarID)),
            .expectedOutput(HerokuCLI.configOutput(configVarName: endpoint.configVarName), note: Text("output.config")),
            .paragraph(Text("step.connect.use")),
        ])]
    }
}
