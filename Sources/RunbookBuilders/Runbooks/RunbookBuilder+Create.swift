import RunbookCore

extension RunbookBuilder {
    func createRunbook(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(task: .create)
        let addon: Text.Argument = .code(input.addon), app: Text.Argument = .code(input.app)
        return runbook(input, [
            Section(anchor: "overview", title: Text("overview.title"), blocks: [
                .paragraph(Text("overview.what", ["addon": addon, "app": app])),
                .numberedList([Text("overview.phase.heroku"), Text("overview.phase.aws"), Text("overview.phase.connect")]),
                .paragraph(Text("overview.accounts")),
            ]),
            prerequisites([
                Text("prerequisites.space"),
                Text("prerequisites.addon", ["addon": addon, "app": app, "private": .code("private"), "shield": .code("shield")]),
                Text("prerequisites.vpc", ["region": regionArgument(input)]),
                terraformPrerequisite(input) ?? Text("prerequisites.cli"),
            ]),
            parameters(input, numbering),
            // Step 2 runs an AWS command inside the Heroku part, as in the article's order.
            Section(anchor: "heroku", title: Text("heroku.title"),
                    blocks: [.paragraph(Text("heroku.intro.create", ["step": numbering.reference(.account)]))],
                    steps: herokuSteps(input, numbering)),
            Section(anchor: "aws", title: Text("aws.title"),
                    blocks: awsIntro(input, accountStep: numbering.reference(.create)), steps: awsSteps(input, numbering)),
            Section(anchor: "connect", title: Text("connect.title"), steps: connectSteps(input, numbering)),
            clientsSection(input, numbering),
            Section(anchor: "limitations", title: Text("limitations.title"), blocks: [
                .bulletList([
                    Text("limitations.region"),
                    Text("limitations.zones", ["step": numbering.reference(.endpoint)]),
                    Text("limitations.security"),
                ]),
            ]),
        ], diagram: diagram(input, numbering))
    }

    /// The region in a sentence: the code, or a marked placeholder.
    func regionArgument(_ input: RunbookInput) -> Text.Argument {
        input.region.map { .code($0.awsCode) } ?? .placeholder(Text("placeholder.region"))
    }
}
