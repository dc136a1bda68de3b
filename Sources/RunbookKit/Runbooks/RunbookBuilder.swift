/// Turns validated input into a `Runbook`. Every command and every expected output is decided
/// here, once, from typed values; renderers only lay text around them. One builder per task
/// (`RunbookBuilder+Create.swift`, `+AddAccounts`, `+RemoveAccounts`, `+Teardown`), sharing step pieces.
public struct RunbookBuilder: Sendable {
    public init() {}

    public func build(_ input: RunbookInput) -> Runbook {
        switch input.task {
        case .create: createRunbook(input)
        case .addAccounts: addAccountsRunbook(input)
        case .removeAccounts: removeAccountsRunbook(input)
        case .teardown: teardownRunbook(input)
        }
    }

    /// A runbook of the common frame: title, preface, the task's sections, support.
    func runbook(_ input: RunbookInput, _ sections: [Section], diagram: ConnectionDiagram? = nil) -> Runbook {
        Runbook(
            task: input.task,
            addon: input.addon,
            title: Text("title.\(input.task.rawValue)", ["addon": .code(input.addon)]),
            preface: [.note(Text("preface.generated", ["addon": .code(input.addon)]))],
            sections: sections + [support()], diagram: diagram)
    }

    /// Step numbers that run through the whole runbook, given by the order of the step titles,
    /// so that no catalog sentence hard-codes one and a sentence can name an earlier or a later step.
    struct StepNumbering {
        let order: [String]

        /// The step numbered by `titleKey`, titled by it or, where one step reads differently
        /// for some input, by `title`.
        func step(_ titleKey: String, _ blocks: [Block], title: Text? = nil) -> Step {
            Step(number: number(titleKey), title: title ?? Text(titleKey), blocks: blocks)
        }

        /// The number of the step titled `titleKey`, for a sentence that refers to it.
        func reference(_ titleKey: String) -> Text.Argument {
            .step(number(titleKey))
        }

        private func number(_ titleKey: String) -> Int {
            guard let index = order.firstIndex(of: titleKey) else { preconditionFailure("step \(titleKey) is not in this runbook") }
            return index + 1
        }
    }

    /// The bullet list of what must be in place, each a catalog sentence.
    func prerequisites(_ items: [Text]) -> Section {
        Section(anchor: "prerequisites", title: Text("prerequisites.title"), blocks: [.bulletList(items)])
    }

    /// The AWS side's opening: which account and how to run the commands, and the region. The
    /// account is the one allowed in `accountStep`, or, without one, the one that owns the endpoint.
    func awsIntro(_ input: RunbookInput, accountStep: Text.Argument?) -> [Block] {
        let mode = input.awsSteps.showsCLI && input.network != nil ? input.awsSteps : .console
        var blocks: [Block] = [terraformIntro(input, accountStep: accountStep) ?? .paragraph(accountStep.map { Text("aws.intro.\(mode.rawValue)", ["step": $0]) }
            ?? Text("aws.intro.delete.\(mode.rawValue)"))]
        if let region = input.region {
            blocks.append(.paragraph(Text("aws.region", ["region": .code(region.awsCode), "space": .code(region.name)])))
        } else if input.awsSteps != .terraform {
            // Terraform takes the region from the service name, in the configuration.
            blocks.append(.paragraph(Text("aws.region.unknown")))
        }
        if input.network == nil, !input.awsSteps.showsTerraform {
            let flags: [String: Text.Argument] = ["vpc": .code(Field.vpcID.flag), "subnet": .code(Field.subnetID.flag),
                                                  "endpoint": .code(Field.endpointID.flag)]
            blocks.append(.paragraph(Text(input.task.createsEndpoint ? "aws.cli-available" : "aws.cli-available.delete", flags)))
        }
        return blocks
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
