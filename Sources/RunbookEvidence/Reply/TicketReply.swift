import RunbookBuilders
import RunbookCore

/// A reply to a support ticket, built as a `Runbook` so that the same renderer and templates lay
/// it out: what the pastes show (findings, most severe first, each with the lines that show it),
/// the create runbook cut to the steps from the next one on (numbered as in the whole runbook,
/// with every learned value in its commands), and the `generate` command for the whole runbook.
public enum TicketReply {
    public static func runbook(for situation: Situation) -> Runbook {
        let addon = situation.input.addon
        let whole = situation.runbookInput.map { RunbookBuilder().build($0) }
        var sections = [findings(situation), next(situation, whole)]
        if let whole, let step = situation.nextStep.flatMap(situation.task.number(of:)) {
            if let variables = ShellVariables.section(for: whole, from: step) { sections.append(variables) }
            sections += whole.sections(withStepsFrom: step)
        }
        sections.append(wholeRunbook(situation))
        return Runbook(
            task: situation.task,
            addon: addon ?? "",
            title: addon.map { Text("reply.title", ["addon": .code($0)]) } ?? Text("reply.title.unknown"),
            preface: [], sections: sections)
    }

    /// A quoted line longer than this is cut: the reply stays readable whatever was pasted.
    static let quoteLimit = 500

    private static func findings(_ situation: Situation) -> Section {
        var blocks: [Block] = []
        for finding in situation.findings {
            var arguments: [String: Text.Argument] = [
                "severity": .sentence(Text("severity.\(finding.severity.rawValue)")),
                "id": .code(finding.id.rawValue), "explanation": .sentence(finding.explanation),
            ]
            if let step = finding.step.flatMap(situation.task.number(of:)) { arguments["step"] = .step(step) }
            blocks.append(.paragraph(Text(finding.step == nil ? "reply.finding.general" : "reply.finding", arguments)))
            for line in finding.evidence {
                let text = line.text.count <= quoteLimit ? line.text : String(line.text.prefix(quoteLimit)) + " …"
                blocks.append(.quote(text, source: Text("reply.evidence", [
                    "paste": .code(Display.value(line.paste)), "line": .plain(String(line.number)),
                ])))
            }
        }
        if blocks.isEmpty { blocks = [.paragraph(Text("reply.findings.none"))] }
        return Section(anchor: "findings", title: Text("reply.findings.title"), blocks: blocks)
    }

    private static func next(_ situation: Situation, _ whole: Runbook?) -> Section {
        let blocks: [Block]
        if let step = situation.nextStep, let number = situation.task.number(of: step) {
            // The step's own title, which may read differently for this input (an existing endpoint).
            let title = whole?.sections.flatMap(\.steps).first { $0.id == step }?.title ?? Text(step.titleKey)
            let arguments: [String: Text.Argument] = ["step": .step(number), "title": .sentence(title)]
            if situation.runbookInput == nil {
                blocks = [.paragraph(Text("reply.next.missing", arguments.merging(["flags": missingFlags(situation)]) { $1 }))]
            } else {
                blocks = [.paragraph(Text("reply.next", arguments))]
            }
        } else {
            blocks = [.paragraph(Text("reply.done"))]
        }
        return Section(anchor: "next", title: Text("reply.next.title"), blocks: blocks)
    }

    private static func wholeRunbook(_ situation: Situation) -> Section {
        guard situation.runbookInput != nil else {
            return Section(anchor: "generate", title: Text("reply.generate.title"), blocks: [
                .paragraph(Text("reply.generate.missing", ["flags": missingFlags(situation)])),
            ])
        }
        return Section(anchor: "generate", title: Text("reply.generate.title"), blocks: [
            .paragraph(Text("reply.generate.intro")), .command(Verbatim(situation.input.generateCommand)),
        ])
    }

    /// The flags still needed, each its own code span: "`--addon`, `--app` and `--aws-account-id`".
    private static func missingFlags(_ situation: Situation) -> Text.Argument {
        list(situation.missing.map { .code($0.flag) })
    }

    /// Items as one phrase of the language: "a and b", "a, b and c" (`list.pair`, `list.more`).
    private static func list(_ items: [Text.Argument]) -> Text.Argument {
        switch items.count {
        case 0: .plain("")
        case 1: items[0]
        case 2: .sentence(Text("list.pair", ["first": items[0], "second": items[1]]))
        default: .sentence(Text("list.more", ["first": items[0], "rest": list(Array(items.dropFirst()))]))
        }
    }
}
