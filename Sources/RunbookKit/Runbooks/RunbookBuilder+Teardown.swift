extension RunbookBuilder {
    static let teardownSteps = [
        "step.connections.title", "step.stop-clients.title",
        "step.delete-endpoint.title", "step.endpoint-gone.title", "step.delete-group.title",
        "step.destroy.title", "step.destroyed.title",
    ]

    /// Everything the create runbook made, removed in the order that leaves nothing half-broken:
    /// clients stopped, the VPC endpoint and then its security group deleted, and only then the
    /// endpoint service, which cuts every connected VPC at once.
    func teardownRunbook(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(order: Self.teardownSteps)
        let addon = input.addon, app = input.app
        let configVar: Text.Argument = .code(input.endpointID?.configVarName ?? HerokuCLI.endpointVarPlaceholder)
        let warning = Text("teardown.warning", ["command": .code("heroku data:privatelink:destroy")])
        let before = [
            numbering.step("step.connections.title", [
                .paragraph(Text("step.connections.intro")),
                .command(Verbatim(HerokuCLI.status(addon: addon, app: app))),
                .paragraph(Text("step.connections.read", ["connections": .code("=== Connections"),
                                                          "step": numbering.reference("step.delete-endpoint.title")])),
            ]),
            numbering.step("step.stop-clients.title", [.paragraph(Text("step.stop-clients.intro", ["name": configVar]))]),
        ]
        let matching = input.endpointID?.configVarID ?? HerokuCLI.endpointVarPrefix
        let heroku = [
            numbering.step("step.destroy.title", [
                .warning(warning),
                .command(Verbatim(HerokuCLI.destroy(addon: addon, app: app))),
                .expectedOutput(Verbatim(HerokuCLI.destroyOutput), note: Text("output.stderr")),
            ]),
            numbering.step("step.destroyed.title", [
                .command(Verbatim(HerokuCLI.status(addon: addon, app: app))),
                .paragraph(Text("step.destroyed.status", ["deprovisioning": .code("Deprovisioning"), "deprovisioned": .code("Deprovisioned")])),
                .command(Verbatim(HerokuCLI.config(app: app, matching: matching))),
                .paragraph(Text("step.destroyed.config", ["name": configVar, "deprovisioned": .code("Deprovisioned")])),
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
                    steps: removalSteps(input, numbering, next: numbering.reference("step.destroy.title"))),
            Section(anchor: "heroku", title: Text("heroku.title.teardown"), blocks: [.paragraph(Text("heroku.intro"))], steps: heroku),
        ])
    }
}
