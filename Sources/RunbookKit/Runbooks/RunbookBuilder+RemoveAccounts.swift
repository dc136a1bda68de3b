extension RunbookBuilder {
    static let removeAccountsSteps = [
        "step.access-before.title", "step.access-remove.title", "step.access-after.title",
        "step.delete-endpoint.title", "step.endpoint-gone.title", "step.delete-group.title",
    ]

    /// Stop allowing AWS accounts, then delete their VPC endpoint: removing an account does not
    /// by itself end a connection AWS accepted before.
    func removeAccountsRunbook(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(order: Self.removeAccountsSteps)
        let heroku = [
            accessListStep("step.access-before.title", input, numbering, intro: Text("step.access-before.intro.remove"),
                           rows: accountRows(input, "Active"), note: Text("output.access.listed")),
            accessRemoveStep(input, numbering),
            accessListStep("step.access-after.title", input, numbering, intro: Text("step.access-after.intro"),
                           rows: [Self.otherAccountsRow],
                           note: Text("output.access.after", ["placeholder": .code(Self.otherAccountsRow.arn), "accounts": accountList(input),
                                                             "none": .code(HerokuCLI.noAllowedAccounts)])),
        ]
        return runbook(input, [
            Section(anchor: "overview", title: Text("overview.title"), blocks: [
                .paragraph(Text("overview.remove-accounts", ["addon": .code(input.addon), "app": .code(input.app), "accounts": accountList(input)])),
                .note(Text("remove.effect", ["from": numbering.reference("step.delete-endpoint.title"),
                                             "to": numbering.reference("step.delete-group.title")])),
            ]),
            prerequisites(lifecyclePrerequisites(input) + [endpointOwnerPrerequisite(input)]),
            parameters(input, numbering),
            Section(anchor: "heroku", title: Text("heroku.title.remove-accounts"), blocks: [.paragraph(Text("heroku.intro"))], steps: heroku),
            Section(anchor: "aws", title: Text("aws.title.delete"), blocks: awsIntro(input, accountStep: nil),
                    steps: removalSteps(input, numbering, next: nil)),
        ])
    }
}
