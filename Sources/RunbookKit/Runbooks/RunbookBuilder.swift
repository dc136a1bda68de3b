/// Turns validated input into a `Runbook`. Every command and every expected output is decided
/// here, once, from typed values; renderers only lay text around them.
public struct RunbookBuilder: Sendable {
    public init() {}

    /// The create runbook's steps in order: their numbers are fixed before any step is written,
    /// so a sentence can name an earlier or a later step.
    static let createSteps = [
        "step.plugin.title", "step.account.title", "step.create.title", "step.wait.title", "step.service-name.title",
        "step.security-group.title", "step.endpoint.title", "step.connect.title",
    ]

    public func build(_ input: RunbookInput) -> Runbook {
        let numbering = StepNumbering(order: Self.createSteps)
        let heroku = herokuSteps(input, numbering)
        let aws = awsSteps(input, numbering)
        let connect = connectSteps(input, numbering)
        return Runbook(
            addon: input.addon,
            title: Text("title", ["addon": .code(input.addon)]),
            preface: [.note(Text("preface.generated", ["addon": .code(input.addon)]))],
            sections: [
                overview(input),
                prerequisites(input),
                parameters(input, numbering),
                Section(anchor: "heroku", title: Text("heroku.title"), blocks: [.paragraph(Text("heroku.intro"))], steps: heroku),
                Section(anchor: "aws", title: Text("aws.title"), blocks: awsIntro(input, numbering), steps: aws),
                Section(anchor: "connect", title: Text("connect.title"), steps: connect),
                limitations(numbering),
                support(),
            ])
    }

    /// Step numbers that run through the whole runbook, given by the order of the step titles,
    /// so that no catalog sentence hard-codes one.
    struct StepNumbering {
        let order: [String]

        /// The step numbered by `titleKey`, titled by it or, where one step reads differently
        /// for some input, by `title`.
        func step(_ titleKey: String, _ blocks: [Block], title: Text? = nil) -> Step {
            Step(number: number(titleKey), title: title ?? Text(titleKey), blocks: blocks)
        }

        /// The number of the step titled `titleKey`, for a sentence that refers to it.
        func reference(_ titleKey: String) -> Text.Argument {
            .plain(String(number(titleKey)))
        }

        private func number(_ titleKey: String) -> Int {
            guard let index = order.firstIndex(of: titleKey) else { preconditionFailure("step \(titleKey) is not in this runbook") }
            return index + 1
        }
    }

    private func overview(_ input: RunbookInput) -> Section {
        Section(anchor: "overview", title: Text("overview.title"), blocks: [
            .paragraph(Text("overview.what", ["addon": .code(input.addon), "app": .code(input.app)])),
            .numberedList([Text("overview.phase.heroku"), Text("overview.phase.aws"), Text("overview.phase.connect")]),
            .paragraph(Text("overview.accounts")),
        ])
    }

    private func prerequisites(_ input: RunbookInput) -> Section {
        let region: Text.Argument = input.region.map { .code($0.awsCode) }
            ?? .placeholder(Text("placeholder.region"))
        return Section(anchor: "prerequisites", title: Text("prerequisites.title"), blocks: [
            .bulletList([
                Text("prerequisites.space"),
                Text("prerequisites.addon", ["addon": .code(input.addon), "app": .code(input.app),
                                             "private": .code("private"), "shield": .code("shield")]),
                Text("prerequisites.vpc", ["region": region]),
                Text("prerequisites.cli"),
            ]),
        ])
    }

    private func awsIntro(_ input: RunbookInput, _ numbering: StepNumbering) -> [Block] {
        let mode = input.awsSteps.showsCLI && input.network != nil ? input.awsSteps : .console
        var blocks: [Block] = [.paragraph(Text("aws.intro.\(mode.rawValue)", ["step": numbering.reference("step.create.title")]))]
        if let region = input.region {
            blocks.append(.paragraph(Text("aws.region", ["region": .code(region.awsCode), "space": .code(region.name)])))
        } else {
            blocks.append(.paragraph(Text("aws.region.unknown")))
        }
        if input.network == nil {
            blocks.append(.paragraph(Text("aws.cli-available", ["vpc": .code(Field.vpcID.flag), "subnet": .code(Field.subnetID.flag)])))
        }
        return blocks
    }

    private func limitations(_ numbering: StepNumbering) -> Section {
        Section(anchor: "limitations", title: Text("limitations.title"), blocks: [
            .bulletList([
                Text("limitations.region"),
                Text("limitations.zones", ["step": numbering.reference("step.endpoint.title")]),
                Text("limitations.security"),
            ]),
        ])
    }

    private func support() -> Section {
        Section(anchor: "support", title: Text("support.title"), blocks: [
            .paragraph(Text("support.ticket")),
            .paragraph(Text("support.source", [
                "url": .plain("<\(HerokuCLI.articleURL)>"), "urlJapanese": .plain("<\(HerokuCLI.articleURLJapanese)>"),
            ])),
        ])
    }
}
