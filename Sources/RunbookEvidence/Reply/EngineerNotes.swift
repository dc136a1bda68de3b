import RunbookCore

/// What only the support engineer needs beside the reply: where the diagnosis placed the customer,
/// every finding with its id and the lines that show it (paste and line number), which values are
/// still unknown (as flags), the secrets that were masked, and the `generate` command for the
/// whole runbook. Laid out by the same renderer as the reply.
enum EngineerNotes {
    static func runbook(for situation: Situation) -> Runbook {
        let addon = situation.missing.contains(.addon) ? nil : situation.input.addon
        var sections = [placement(situation), findings(situation)]
        let asked = TicketReply.plan(for: situation).asked
        if !situation.missing.isEmpty || !asked.isEmpty {
            var blocks: [Block] = []
            if !situation.missing.isEmpty {
                blocks.append(.paragraph(Text("notes.missing", ["flags": ReplyText.list(situation.missing.map { .code($0.flag) })])))
            }
            blocks.append(.paragraph(asked.isEmpty ? Text("notes.asked.none")
                : Text("notes.asked", ["flags": ReplyText.list(asked.map { .code($0.flag) })])))
            sections.append(Section(anchor: "missing", title: Text("notes.missing.title"), blocks: blocks))
        }
        let secrets = situation.secrets
        if !secrets.isEmpty {
            let kinds = Assessment.unique(secrets.map(\.kind.rawValue))
            sections.append(Section(anchor: "secrets", title: Text("notes.secrets.title"), blocks: [
                .paragraph(Text(Text.key("notes.secrets", agreeingWith: secrets.count), [
                    "count": .plain(String(secrets.count)), "kinds": ReplyText.list(kinds.map { .code($0) }),
                ])),
            ] + secrets.prefix(5).map { .quote($0.line.text, source: evidence($0.line)) }))
        }
        sections.append(wholeRunbook(situation))
        return Runbook(task: situation.task, addon: addon ?? "",
                       title: addon.map { Text("notes.title", ["addon": .code($0)]) } ?? Text("notes.title.unknown"),
                       preface: [], sections: sections)
    }

    private static func placement(_ situation: Situation) -> Section {
        let task: Text.Argument = .code(situation.task.rawValue)
        let text: Text
        if situation.isOutOfScope {
            text = Text("notes.placement.out-of-scope")
        } else if situation.isHandsOff {
            text = Text("notes.placement.hands-off", ["task": task])
        } else if situation.isDone {
            text = Text("notes.placement.done", ["task": task])
        } else if let step = situation.nextStep, let number = situation.task.number(of: step) {
            // The step's own title, which may read differently for this input (an existing endpoint).
            let title = PartialRunbook(situation)?.runbook.sections.flatMap(\.steps).first { $0.id == step }?.title.key ?? step.titleKey
            text = Text("notes.placement.step", ["task": task, "step": .step(number), "title": .sentence(Text(title))])
        } else {
            text = Text("notes.placement.none", ["task": task])
        }
        return Section(anchor: "placement", title: Text("notes.placement.title"), blocks: [.paragraph(text)])
    }

    private static func findings(_ situation: Situation) -> Section {
        var blocks: [Block] = []
        for finding in situation.findings {
            var arguments: Text.Arguments = [
                "severity": .sentence(Text("severity.\(finding.severity.rawValue)")),
                "id": .code(finding.id.rawValue), "explanation": .sentence(finding.explanation),
                "audience": .sentence(Text(finding.isForCustomer ? "notes.audience.customer" : "notes.audience.engineer")),
            ]
            if let step = finding.step.flatMap(situation.task.number(of:)) { arguments["step"] = .step(step) }
            blocks.append(.paragraph(Text(arguments["step"] == nil ? "notes.finding.general" : "notes.finding", arguments)))
            for line in finding.evidence {
                blocks.append(.quote(ReplyText.quoted(line), source: evidence(line)))
            }
        }
        if blocks.isEmpty { blocks = [.paragraph(Text("notes.findings.none"))] }
        return Section(anchor: "findings", title: Text("notes.findings.title"), blocks: blocks)
    }

    private static func evidence(_ line: EvidenceLine) -> Text {
        Text("reply.evidence", ["paste": .code(Display.value(line.paste)), "line": .plain(String(line.number))])
    }

    private static func wholeRunbook(_ situation: Situation) -> Section {
        guard situation.runbookInput != nil else {
            return Section(anchor: "generate", title: Text("reply.generate.title"), blocks: [
                .paragraph(Text("reply.generate.missing", ["flags": ReplyText.list(situation.missing.map { .code($0.flag) })])),
            ])
        }
        return Section(anchor: "generate", title: Text("reply.generate.title"), blocks: [
            .paragraph(Text("reply.generate.intro")), .command(Verbatim(situation.input.generateCommand)),
        ])
    }
}
