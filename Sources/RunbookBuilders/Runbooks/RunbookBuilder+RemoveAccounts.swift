import RunbookCore

extension RunbookBuilder {
    /// Stop allowing AWS accounts, then delete their VPC endpoints: removing an account does not
    /// by itself end a connection AWS accepted before. The endpoint service's Connections table,
    /// shown before and after, is how the reader checks which endpoints to delete and that they went.
    /// With several accounts the runbook has no AWS CLI steps (the rules refuse a VPC then): each
    /// account's owner deletes that account's endpoints in the console.
    func removeAccountsRunbook(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(task: .removeAccounts)
        let several = input.accounts.count > 1
        let heroku = [
            connectionsBeforeStep(input, numbering),
            accessRemoveStep(input, numbering),
            accessListStep(.accessAfter, input, numbering, intro: Text("step.access-after.intro"),
                           rows: [Self.otherAccountsRow],
                           note: Text("output.access.after", ["placeholder": .code(Self.otherAccountsRow.arn), "accounts": accountList(input),
                                                             "none": .code(HerokuCLI.noAllowedAccounts)])),
        ]
        var awsBlocks = awsIntro(input, accountStep: nil)
        if several { awsBlocks.insert(.paragraph(Text("aws.each-removed-account", ["step": numbering.reference(.connections)])), at: 1) }
        let overview: Text.Arguments = ["addon": .code(input.addon), "app": .code(input.app), "accounts": accountList(input)]
        return runbook(input, [
            Section(anchor: "overview", title: Text("overview.title"), blocks: [
                .paragraph(Text(several ? "overview.remove-accounts.several" : "overview.remove-accounts", overview)),
                .important(Text("remove.effect", ["from": numbering.reference(.deleteEndpoint), "command": .code("heroku data:privatelink:access:remove"),
                                                  "to": numbering.reference(.deleteGroup)])),
            ]),
            prerequisites(lifecyclePrerequisites(input) + [endpointOwnerPrerequisite(input)]),
            parameters(input, numbering),
            Section(anchor: "heroku", title: Text("heroku.title.remove-accounts"), blocks: [.paragraph(Text("heroku.intro"))], steps: heroku),
            Section(anchor: "aws", title: Text("aws.title.delete"), blocks: awsBlocks, steps: removalSteps(input, numbering)),
            Section(anchor: "check", title: Text("check.title"), steps: [connectionsAfterStep(input, numbering)]),
        ])
    }

    /// `heroku data:privatelink` before anything changes: the accounts to remove among the allowed
    /// ones, and the endpoints each of them owns (Owner ARN), which are the ones to delete.
    private func connectionsBeforeStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Step {
        let endpoint = input.accounts.count == 1 ? input.endpointID?.value : nil
        let connections = input.accounts.map { (endpoint: endpoint ?? "<ENDPOINT_ID>", owner: HerokuCLI.ownerARN($0)) }
        let output = HerokuCLI.statusOutput(addon: input.addon, serviceName: input.serviceName ?? HerokuCLI.serviceNamePlaceholder,
                                            accounts: input.accounts, connections: connections)
        let owners = input.accounts.map { HerokuCLI.ownerARN($0) }.joined(separator: ", ")
        return numbering.step(.connections, [
            .paragraph(Text("step.connections.intro.remove-accounts")),
            .command(Verbatim(HerokuCLI.status(addon: input.addon, app: input.app))),
            .expectedOutput(Verbatim(output), note: connectionsNote(input, endpoint)),
            .paragraph(Text("step.connections.read.remove-accounts", [
                "owners": .code(owners), "from": numbering.reference(.deleteEndpoint),
                "to": numbering.reference(.deleteGroup),
            ])),
        ], title: Text("step.connections.title.remove-accounts"))
    }

    /// The note under the table, naming the parts that stand for values the runbook does not know.
    private func connectionsNote(_ input: RunbookInput, _ endpoint: String?) -> Text {
        let placeholders = (input.serviceName == nil ? [HerokuCLI.serviceNamePlaceholder] : []) + (endpoint == nil ? ["<ENDPOINT_ID>"] : [])
        let root: Text.Argument = .code("arn:aws:iam::ID:root")
        guard !placeholders.isEmpty else { return Text("output.connections", ["root": root]) }
        return Text(Text.key("output.connections.placeholders", agreeingWith: placeholders.count),
                    ["root": root, "placeholders": .code(placeholders.joined(separator: ", "))])
    }

    /// `heroku data:privatelink` once the endpoints are deleted: what can be checked, and what to
    /// do about an endpoint of a removed account that is still connected.
    private func connectionsAfterStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Step {
        numbering.step(.connectionsAfter, [
            .paragraph(Text("step.connections-after.intro")),
            .command(Verbatim(HerokuCLI.status(addon: input.addon, app: input.app))),
            .paragraph(Text("step.connections-after.read", [
                "connections": .code("=== Connections"), "available": .code(HerokuCLI.connectionAvailable),
                "from": numbering.reference(.deleteEndpoint), "to": numbering.reference(.deleteGroup),
            ])),
        ])
    }
}
