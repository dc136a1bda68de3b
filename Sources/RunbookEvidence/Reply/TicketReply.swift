import RunbookCore

/// The reply a support engineer sends to the customer, built as a `Runbook` so that the same
/// renderer and templates lay it out: a greeting, what we found (the findings meant for the
/// customer, each with the lines of their output that show it), what to do next (the step, or
/// nothing left to do, and the values we still need, asked in plain words), then the runbook cut
/// to the steps from the next one on, numbered as in the whole runbook, with every command whose
/// values are known. It names no tool, flag, finding id, file or line: that is the engineer's
/// (`EngineerNotes`).
public enum TicketReply {
    /// The steps the reply shows and the values it asks for.
    struct Plan {
        let partial: PartialRunbook?
        let steps: [Section]
        /// The values the steps shown need; without steps, every value the runbook needs; none
        /// when the reply asks nothing (done, nothing left to do, out of scope, steps withheld).
        let asked: [Field]
    }

    static func plan(for situation: Situation) -> Plan {
        let partial = PartialRunbook(situation)
        var steps: [Section] = []
        var needed = situation.missing
        if !situation.isOutOfScope, situation.isPlaced, !situation.isHandsOff, !situation.withholdsSteps, let partial,
           let step = situation.nextStep.flatMap(situation.task.number(of:)) {
            if let variables = ShellVariables.section(for: partial.runbook, from: step) { steps.append(variables) }
            let cut = ReplySteps(partial: partial).sections(from: step)
            steps += cut.sections
            needed = cut.needed
        }
        let asks = !situation.isOutOfScope && !situation.isHandsOff && !situation.withholdsSteps && !situation.isDone
        return Plan(partial: partial, steps: steps, asked: asks ? needed : [])
    }

    public static func runbook(for situation: Situation) -> Runbook {
        let addon = situation.input.addon.flatMap { situation.missing.contains(.addon) ? nil : $0 }
        let plan = plan(for: situation)
        let steps = plan.steps, partial = plan.partial
        var sections: [Section] = []
        if !situation.isOutOfScope { sections.append(findings(situation)) }
        sections.append(next(situation, partial: partial, showsSteps: !steps.isEmpty, needed: plan.asked))
        return Runbook(
            task: situation.task,
            addon: addon ?? "",
            title: addon.map { Text("reply.title", ["addon": .code($0)]) } ?? Text("reply.title.unknown"),
            preface: [.paragraph(Text(situation.isOutOfScope ? "reply.greeting.out-of-scope" : "reply.greeting"))],
            sections: sections + steps)
    }

    /// What we found: the findings for the customer, most severe first.
    private static func findings(_ situation: Situation) -> Section {
        var blocks: [Block] = []
        for finding in situation.findings where finding.isForCustomer {
            var arguments: Text.Arguments = ["explanation": .sentence(finding.explanation)]
            if let step = finding.step.flatMap(situation.task.number(of:)) { arguments["step"] = .step(step) }
            blocks.append(.paragraph(Text(arguments["step"] == nil ? "reply.customer.finding.general" : "reply.customer.finding", arguments)))
            // Commands the explanation leads to come right after it; others after the quoted lines.
            let commands = finding.commands.map { Block.command(Verbatim($0)) }
            if finding.commandsIntro == nil { blocks += commands }
            // The customer's own lines, without file or line number: they know where they pasted them.
            let lines = finding.id == .secretExposed ? [] : Array(finding.evidence.prefix(2))
            if !lines.isEmpty {
                blocks.append(.quote(lines.map(ReplyText.quoted).joined(separator: "\n"),
                                     source: Text(lines.count == 1 ? "reply.customer.evidence" : "reply.customer.evidence.many")))
            }
            if let intro = finding.commandsIntro, !commands.isEmpty { blocks += [.paragraph(Text(intro))] + commands }
        }
        if blocks.isEmpty {
            blocks = [.paragraph(Text(situation.isPlaced ? "reply.findings.none" : "reply.findings.nothing"))]
        }
        return Section(anchor: "findings", title: Text("reply.findings.title"), blocks: blocks)
    }

    /// What to do next: the step and the values we still need, or that nothing is left to do.
    private static func next(_ situation: Situation, partial: PartialRunbook?, showsSteps: Bool, needed: [Field]) -> Section {
        var blocks: [Block] = []
        if situation.isOutOfScope {
            blocks = [.paragraph(Text("reply.out-of-scope"))]
        } else if situation.isHandsOff {
            blocks = [.paragraph(Text("reply.hands-off"))]
        } else if situation.withholdsSteps {
            blocks = [.paragraph(Text("reply.withheld"))]
        } else if situation.isDone {
            blocks = [.paragraph(Text(situation.task == .create || situation.task == .addAccounts ? "reply.done" : "reply.done.\(situation.task.rawValue)"))]
        } else if let step = situation.nextStep, let number = situation.task.number(of: step) {
            let title = partial?.runbook.sections.flatMap(\.steps).first { $0.id == step }?.title ?? Text(step.titleKey)
            var title_ = title
            if let partial { title_ = Text(title.key, title.arguments.mapValues { argument in
                if case .code(let value) = argument { return .code(partial.placeholders(in: value)) }
                return argument
            }) }
            blocks.append(.paragraph(Text(showsSteps ? "reply.next" : "reply.next.alone", ["step": .step(number), "title": .sentence(title_)])))
        } else {
            blocks.append(.paragraph(Text("reply.unplaced")))
        }
        if !needed.isEmpty {
            blocks.append(.paragraph(Text("reply.ask")))
            blocks.append(.bulletList(needed.map { ask($0, situation) }))
        }
        return Section(anchor: "next", title: Text("reply.next.title"), blocks: blocks)
    }

    /// A value we need, in plain words, with the command that shows it.
    private static func ask(_ field: Field, _ situation: Situation) -> Text {
        let app = situation.missing.contains(.app) ? nil : situation.input.app
        let addon = situation.missing.contains(.addon) ? nil : situation.input.addon
        switch field {
        case .addon:
            return Text("reply.ask.addon", ["command": .code(app.map { "heroku addons --app \($0)" } ?? "heroku addons --all")])
        case .app:
            return Text(addon == nil ? "reply.ask.app" : "reply.ask.app.addon",
                        ["command": .code(addon.map { "heroku addons:info \($0)" } ?? "heroku apps")])
        case .awsAccountID:
            return Text("reply.ask.account.\(situation.task.rawValue)", ["command": .code(HerokuCLI.accountIDCommand)])
        default:
            return Text("reply.value.\(field.rawValue)")
        }
    }

    /// A quoted line longer than this is cut.
    public static var quoteLimit: Int { ReplyText.quoteLimit }

    /// The engineer's notes beside the reply.
    public static func notes(for situation: Situation) -> Runbook {
        EngineerNotes.runbook(for: situation)
    }
}
