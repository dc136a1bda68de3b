import RunbookCore

extension RunbookBuilder {
    /// Stop allowing AWS accounts, then delete their VPC endpoint: removing an account does not
    /// by itself end a connection AWS accepted before.
    func removeAccountsRunbook(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(task: .removeAccounts)
        let heroku = [
            accessListStep(.accessBefore, input, numbering, intro: Text("step.access-before.intro.remove"),
                           rows: accountRows(input, "Active"), note: Text("output.access.listed")),
            accessRemoveStep(input, numbering),
            accessListStep(.accessAfter, input, numbering, intro: Text("step.access-after.intro"),
                           rows: [Self.otherAccountsRow],
                           note: Text("output.access.after", ["placeholder": .code(Self.otherAccountsRow.arn), "accounts": accountList(input),
                                                             "none": .code(HerokuCLI.noAllowedAccounts)])),
        ]
        return runbook(input, [
            Section(anchor: "overview", title: Text("overview.title"), blocks: [
                .paragraph(Text("overview.remove-accounts", ["addon": .code(input.addon), "app": .code(input.app), "accounts": accountList(input)])),
                .important(Text("remove.effect", ["from": numbering.reference(.deleteEndpoint), "command": .code("heroku data:privatelink:access:remove"),
                                             "to": numbering.reference(.deleteGroup)])),
            ]),
            prerequisites(lifecyclePrerequisites(input) + [endpointOwnerPrerequisite(input)]),
            parameters(input, numbering),
            Section(anchor: "heroku", title: Text("heroku.title.remove-accounts"), blocks: [.paragraph(Text("heroku.intro"))], steps: heroku),
            Section(anchor: "aws", title: Text("aws.title.delete"), blocks: awsIntro(input, accountStep: nil),
                    steps: removalSteps(input, numbering, next: nil)),
        ])
    }
}
