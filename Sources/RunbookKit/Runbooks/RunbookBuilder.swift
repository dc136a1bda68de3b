/// Turns validated input into a `Runbook`. Every command and every expected output is decided
/// here, once, from typed values; renderers only lay text around them.
public struct RunbookBuilder: Sendable {
    public init() {}

    public func build(_ input: RunbookInput) -> Runbook {
        var numbering = StepNumbering()
        let heroku = herokuSteps(input, &numbering)
        let aws = awsSteps(input, &numbering)
        let connect = connectSteps(input, &numbering)
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
                limitations(),
                support(),
            ], diagram: diagram(input, numbering))
    }

    /// Hands out step numbers that run through the whole runbook, and tells sentences that refer
    /// to an earlier step its number, so that no catalog sentence hard-codes one.
    struct StepNumbering {
        private var numbers: [String: Int] = [:]

        mutating func step(_ titleKey: String, _ blocks: [Block]) -> Step {
            let number = numbers.count + 1
            numbers[titleKey] = number
            return Step(number: number, title: Text(titleKey), blocks: blocks)
        }

        /// The number of the step titled `titleKey`, which must have been numbered already.
        func reference(_ titleKey: String) -> Text.Argument {
            guard let number = numbers[titleKey] else { preconditionFailure("step \(titleKey) is referred to before it is numbered") }
            return .step(number)
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

    private func limitations() -> Section {
        Section(anchor: "limitations", title: Text("limitations.title"), blocks: [
            .bulletList([Text("limitations.region"), Text("limitations.zones"), Text("limitations.security")]),
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
