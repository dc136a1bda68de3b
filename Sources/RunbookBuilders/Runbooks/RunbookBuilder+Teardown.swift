import RunbookCore

extension RunbookBuilder {
    /// Everything the create runbook made, removed in the order that leaves nothing half-broken:
    /// clients stopped, the VPC endpoint and then its security group deleted, and only then the
    /// endpoint service, which cuts every connected VPC at once.
    func teardownRunbook(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(task: .teardown)
        let addon = input.addon, app = input.app
        let configVar: Text.Argument = .code(input.endpointID?.configVarName ?? HerokuCLI.endpointVarPlaceholder)
        let warning = Text("teardown.warning", ["command": .code("heroku data:privatelink:destroy")])
        let before = [
            numbering.step(.connections, [
                .paragraph(Text("step.connections.intro")),
                .command(Verbatim(HerokuCLI.status(addon: addon, app: app))),
                .paragraph(Text("step.connections.read", ["connections": .code("=== Connections"),
                                                          "step": numbering.reference(.deleteEndpoint)])),
            ]),
            numbering.step(.stopClients, [.paragraph(Text("step.stop-clients.intro", ["name": configVar]))]),
        ]
        let matching = input.endpointID?.configVarID ?? HerokuCLI.endpointVarPrefix
        let heroku = [
            numbering.step(.destroy, [
                .warning(warning),
                .command(Verbatim(HerokuCLI.destroy(addon: addon, app: app))),
                .expectedOutput(Verbatim(HerokuCLI.destroyOutput), note: Text("output.stderr")),
            ]),
            numbering.step(.destroyed, [
                .command(Verbatim(HerokuCLI.status(addon: addon, app: app))),
                // The plugin prints the status Heroku's API reports, as it is, and no source lists
                // the statuses of a service being destroyed (facts file, section 1): the step says
                // what is established and asks for no loop until a status.
                .paragraph(Text("step.destroyed.status", ["operational": .code("Operational")])),
                .command(Verbatim(HerokuCLI.config(app: app, matching: matching))),
                .paragraph(Text("step.destroyed.config", ["name": configVar])),
            ]),
        ]
        return runbook(input, [
            Section(anchor: "overview", title: Text("overview.title"), blocks: [
                .paragraph(Text("overview.teardown", ["addon": .code(addon), "app": .code(app)])),
                .warning(warning),
            ]),
            prerequisites(lifecyclePrerequisites(input) + [endpointOwnerPrerequisite(input)]),
            parameters(input, numbering),
            Section(anchor: "before", title: Text("before.title"), steps: before),
            Section(anchor: "aws", title: Text("aws.title.delete"), blocks: awsIntro(input, accountStep: nil),
                    steps: removalSteps(input, numbering)),
            Section(anchor: "heroku", title: Text("heroku.title.teardown"), blocks: [.paragraph(Text("heroku.intro"))], steps: heroku),
        ])
    }
}
