import RunbookCore

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
            sections: sections + [support()], diagram: diagram,
            infrastructure: TerraformBuilder().configuration(for: input))
    }

    /// Step numbers that run through the whole runbook, given by the task's order of steps
    /// (`RunbookTask.steps`), so that no catalog sentence hard-codes one and a sentence can name an
    /// earlier or a later step.
    struct StepNumbering {
        let task: RunbookTask

        /// The step `id`, titled by its usual title or, where one step reads differently for some
        /// input, by `title`.
        func step(_ id: StepID, _ blocks: [Block], title: Text? = nil) -> Step {
            Step(id: id, number: number(id), title: title ?? Text(id.titleKey), blocks: blocks)
        }

        /// The number of step `id`, for a sentence that refers to it.
        func reference(_ id: StepID) -> Text.Argument {
            .step(number(id))
        }

        /// Every builder refers only to steps of its own task (`RunbookTask.steps`); the tests
        /// build every task with every kind of input.
        private func number(_ id: StepID) -> Int {
            guard let number = task.number(of: id) else { preconditionFailure("step \(id) is not in the \(task) runbook") }
            return number
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
        if input.awsSteps.showsConsole { blocks.append(.note(Text("aws.console-labels"))) }
        if let region = input.region {
            blocks.append(.paragraph(Text("aws.region", ["region": .code(region.awsCode), "space": .code(region.name)])))
        } else if input.awsSteps != .terraform {
            // Terraform takes the region from the service name, in the configuration; the AWS CLI
            // commands, where the runbook has them, take the CLI's default region.
            blocks.append(.paragraph(Text(mode.showsCLI ? "aws.region.unknown.cli" : "aws.region.unknown")))
        }
        if input.network == nil, !input.awsSteps.showsTerraform {
            let flags: Text.Arguments = ["vpc": .code(Field.vpcID.flag), "subnet": .code(Field.subnetID.flag),
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
