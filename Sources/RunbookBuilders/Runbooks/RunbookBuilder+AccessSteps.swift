import RunbookCore

extension RunbookBuilder {
    /// `heroku data:privatelink:access`: the allowed accounts, before a change (`expected` shows
    /// the rows the runbook knows of; other accounts may be listed too).
    func accessListStep(_ id: StepID, _ input: RunbookInput, _ numbering: StepNumbering,
                        intro: Text, rows: [(arn: String, status: String)], note: Text) -> Step {
        numbering.step(id, [
            .paragraph(intro),
            .command(Verbatim(HerokuCLI.access(addon: input.addon, app: input.app))),
            .expectedOutput(Verbatim(HerokuCLI.accessOutput(rows)), note: note),
        ])
    }

    /// The accounts of this runbook as table rows, in `status`.
    func accountRows(_ input: RunbookInput, _ status: String) -> [(arn: String, status: String)] {
        input.accounts.map { ($0.arn, status) }
    }

    /// A row standing for accounts the runbook does not know.
    static let otherAccountsRow = (arn: "<ARN>", status: "Active")

    func accessAddStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Step {
        numbering.step(.accessAdd, [
            .paragraph(Text("step.access-add.intro", ["accounts": accountList(input)])),
            .command(Verbatim(HerokuCLI.accessAdd(addon: input.addon, accounts: input.accounts, app: input.app))),
            .important(Text("step.create.order", ["flag": .code(Field.awsAccountID.flag), "addon": .code(input.addon)])),
            .expectedOutput(Verbatim(HerokuCLI.addOutput(count: input.accounts.count)), note: Text("output.stderr")),
        ])
    }

    func accessRemoveStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Step {
        numbering.step(.accessRemove, [
            .paragraph(Text("step.access-remove.intro", ["accounts": accountList(input)])),
            .command(Verbatim(HerokuCLI.accessRemove(addon: input.addon, accounts: input.accounts, app: input.app))),
            .important(Text("step.create.order", ["flag": .code(Field.awsAccountID.flag), "addon": .code(input.addon)])),
            .expectedOutput(Verbatim(HerokuCLI.removeOutput(count: input.accounts.count)), note: Text("output.stderr")),
        ])
    }

    /// The accounts as typed, for a sentence.
    func accountList(_ input: RunbookInput) -> Text.Argument {
        .code(input.accounts.map(\.argument).joined(separator: ", "))
    }
}
