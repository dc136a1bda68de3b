import RunbookCore

extension RunbookBuilder {
    /// More AWS accounts for an endpoint service that exists: allow them, wait until Heroku has,
    /// then each new account makes its own security group and interface endpoint.
    func addAccountsRunbook(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(task: .addAccounts)
        let heroku = [
            accessListStep(.accessBefore, input, numbering, intro: Text("step.access-before.intro.add"),
                           rows: [Self.otherAccountsRow],
                           note: Text("output.access.before", ["placeholder": .code(Self.otherAccountsRow.arn),
                                                              "none": .code(HerokuCLI.noAllowedAccounts)])),
            accessAddStep(input, numbering),
            accessListStep(.accessActive, input, numbering,
                           intro: Text("step.access-active.intro", ["active": .code("Active")]), rows: accountRows(input, "Active"),
                           note: Text("output.access.active", ["provisioning": .code("Provisioning")])),
            serviceNameStep(input, numbering, afterChange: true),
        ]
        var awsBlocks = awsIntro(input, accountStep: numbering.reference(.accessAdd))
        if input.accounts.count > 1 { awsBlocks.insert(.paragraph(Text("aws.each-account")), at: 1) }
        return runbook(input, [
            Section(anchor: "overview", title: Text("overview.title"), blocks: [
                .paragraph(Text("overview.add-accounts", ["addon": .code(input.addon), "app": .code(input.app), "accounts": accountList(input)])),
            ]),
            prerequisites(lifecyclePrerequisites(input) + [Text("prerequisites.vpc", ["region": regionArgument(input)])]
                + [terraformPrerequisite(input)].compactMap { $0 }),
            parameters(input, numbering),
            // The new account's id is the AWS side's to read, before Heroku allows it.
            Section(anchor: "account", title: Text("aws.title.account"), steps: [accountStep(input, numbering)]),
            Section(anchor: "heroku", title: Text("heroku.title.add-accounts"), blocks: [.paragraph(Text("heroku.intro"))], steps: heroku),
            Section(anchor: "aws", title: Text("aws.title"), blocks: awsBlocks, steps: awsSteps(input, numbering)),
            Section(anchor: "connect", title: Text("connect.title"), steps: connectSteps(input, numbering)),
            clientsSection(input, numbering),
        ])
    }

    /// What every runbook after the first day needs: the endpoint service, and the plugin.
    func lifecyclePrerequisites(_ input: RunbookInput) -> [Text] {
        [
            Text("prerequisites.endpoint-exists", ["addon": .code(input.addon), "app": .code(input.app)]),
            Text("prerequisites.plugin", ["command": .code(HerokuCLI.installPlugin)]),
        ]
    }
}
