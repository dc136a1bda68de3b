import RunbookCore

extension RunbookBuilder {
    /// Heroku side: install the plugin, find the account id, create the endpoint, wait, read the service name.
    func herokuSteps(_ input: RunbookInput, _ numbering: StepNumbering) -> [Step] {
        let addon = input.addon, app = input.app
        // Array literal elements are evaluated in order, so steps are numbered as listed.
        return [
            numbering.step(.plugin, [
                .paragraph(Text("step.plugin.intro")),
                .command(Verbatim(HerokuCLI.installPlugin)),
                .paragraph(Text("step.plugin.output")),
            ]),
            accountStep(input, numbering),
            numbering.step(.create, [
                .paragraph(Text("step.create.intro", ["addon": .code(addon), "app": .code(app)])),
                .command(Verbatim(HerokuCLI.create(addon: addon, accounts: input.accounts, app: app))),
                .important(Text("step.create.order", ["flag": .code(Field.awsAccountID.flag), "addon": .code(addon)])),
                .expectedOutput(Verbatim(HerokuCLI.createOutput(addon: addon, app: app)), note: Text("output.create")),
            ]),
            numbering.step(.wait, [
                .paragraph(Text("step.wait.intro")),
                .command(Verbatim(HerokuCLI.wait(addon: addon, app: app))),
                .expectedOutput(Verbatim(HerokuCLI.waitOutput), note: Text("output.wait", ["status": .code("Operational")])),
            ]),
            serviceNameStep(input, numbering),
        ]
    }

    /// The account id of the AWS credentials in use, to compare with the accounts to allow: the
    /// command prints the 12-digit id alone, so the comparison is with the accounts' ids. An IAM
    /// user or role is allowed alone, not its whole account (facts file, section 8).
    func accountStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Step {
        let accounts = accountList(input), count = input.accounts.count
        var ids: [String] = []
        for account in input.accounts where !ids.contains(account.id) { ids.append(account.id) }
        var blocks: [Block] = [
            .paragraph(Text(Text.key("step.account.intro", agreeingWith: count), ["accounts": accounts])),
            .command(Verbatim(HerokuCLI.accountIDCommand)),
            .expectedOutput(Verbatim(input.accounts[0].id),
                            note: Text(Text.key("output.account", agreeingWith: ids.count), ["ids": .code(ids.joined(separator: ", "))])),
        ]
        // A permission given to `ID:user/NAME` or `ID:role/NAME` allows that principal only: the
        // account alone does not tell whether these credentials may connect.
        if AWSCLI.namesPrincipals(input.accounts) {
            let principals = input.accounts.filter { $0.principal != .root }.map(\.argument).joined(separator: ", ")
            blocks += [
                .paragraph(Text("step.account.principal", ["principals": .code(principals),
                                                           "form": .code("arn:aws:sts::ID:assumed-role/ROLE/SESSION")])),
                .command(AWSCLI.checkPrincipal(input.accounts)),
                .expectedOutput(AWSCLI.checkPrincipalOutput(input.accounts),
                                note: Text("output.principal", ["session": .code(AWSCLI.sessionPlaceholder)])),
            ]
        }
        blocks.append(.paragraph(Text("step.account.console")))
        return numbering.step(.account, blocks)
    }

    /// `heroku data:privatelink`: the service name the AWS side needs, and the allowed accounts.
    /// After accounts were added to an endpoint in use (`afterChange`), other accounts and the
    /// connections of existing endpoints appear too.
    func serviceNameStep(_ input: RunbookInput, _ numbering: StepNumbering, afterChange: Bool = false) -> Step {
        let addon = input.addon, app = input.app
        let states: Text.Arguments = ["provisioning": .code("Provisioning"), "active": .code("Active")]
        var blocks: [Block] = [
            // After accounts were added, the endpoint service has long been operational.
            .paragraph(Text(afterChange ? "step.service-name.intro.existing" : "step.service-name.intro")),
            .command(Verbatim(HerokuCLI.status(addon: addon, app: app))),
            .expectedOutput(
                Verbatim(HerokuCLI.statusOutput(addon: addon, serviceName: input.serviceName ?? HerokuCLI.serviceNamePlaceholder,
                                                accounts: input.accounts)),
                note: input.serviceName == nil
                    ? Text("output.status.placeholder", states.merging(["placeholder": .code(HerokuCLI.serviceNamePlaceholder)]) { $1 })
                    : Text("output.status", states)),
        ]
        if afterChange {
            blocks.append(.paragraph(Text("output.status.others", ["connections": .code("=== Connections")])))
        } else {
            blocks.append(.note(Text("step.service-name.provisioning", ["wait": .code(HerokuCLI.wait(addon: addon, app: app)),
                                                                        "step": numbering.reference(.wait)])))
        }
        blocks.append(.paragraph(input.serviceName.map { Text("step.service-name.copy", ["value": .code($0)]) }
            ?? Text("step.service-name.copy-unknown")))
        return numbering.step(.serviceName, blocks)
    }
}
