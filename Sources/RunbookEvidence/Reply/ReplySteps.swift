import RunbookCore

/// The runbook's steps from the next one on, as the reply shows them: every command whose values
/// are all known, in the customer's wording (`CustomerWording`). A command that holds a stand-in
/// for an unknown value (`PartialRunbook`), or needs a shell variable that such a command sets, is
/// left out with the sentences that introduce it and the output it prints, and the step says what
/// it still needs; elsewhere an unknown value is shown as a placeholder (`<ADDON>`).
struct ReplySteps {
    let partial: PartialRunbook

    /// The sections holding steps numbered `first` or later, and the values their commands still need.
    func sections(from first: Int) -> (sections: [Section], needed: [Field]) {
        var needed: [Field] = []
        var sections: [Section] = []
        for section in partial.runbook.sections(withStepsFrom: first) {
            let steps = section.steps.map { step -> Step in
                let (blocks, fields) = self.blocks(step.blocks)
                for field in fields where !needed.contains(field) { needed.append(field) }
                return Step(id: step.id, number: step.number, title: text(step.title), blocks: blocks)
            }
            sections.append(Section(anchor: section.anchor, title: text(section.title), blocks: section.blocks.map(block), steps: steps))
        }
        return (sections, needed)
    }

    /// A step's blocks with the commands it cannot show yet left out, with what belongs to each:
    /// the sentence just before it (what it does), the output and notes just after it, the
    /// sentences after the step's last command when that one is left out (about its output), and
    /// the "With the AWS CLI:" line when no command after it is shown.
    private func blocks(_ blocks: [Block]) -> ([Block], [Field]) {
        var hidden = Set<Int>()
        var hiddenVariables: Set<String> = []
        var needed: [Field] = []
        var commands: [(index: Int, hidden: Bool)] = []
        for (index, original) in blocks.enumerated() {
            guard case .command(let command) = original else { continue }
            let standIns = partial.standIns(in: command.literalText)
            let isHidden = !standIns.isEmpty || !Set(command.imports).isDisjoint(with: hiddenVariables)
            commands.append((index, isHidden))
            guard isHidden else { continue }
            hiddenVariables.formUnion(command.exports.map(\.name))
            for field in standIns.map(\.field) where !needed.contains(field) { needed.append(field) }
            hidden.insert(index)
            if index > 0, case .paragraph = blocks[index - 1] { hidden.insert(index - 1) }
            var after = index + 1
            while after < blocks.count {
                switch blocks[after] {
                case .expectedOutput, .note: hidden.insert(after)
                default: after = blocks.count
                }
                after += 1
            }
        }
        if let last = commands.last, last.hidden {
            for index in (last.index + 1)..<blocks.count where !hidden.contains(index) {
                if case .paragraph = blocks[index] { hidden.insert(index) }
            }
        }
        // "With the AWS CLI:" introduces commands; when none after it is shown, it goes too.
        for (index, original) in blocks.enumerated() {
            guard case .paragraph(let text) = original, text.key == "cli.intro" else { continue }
            if !commands.contains(where: { $0.index > index && !$0.hidden }) { hidden.insert(index) }
        }
        var result: [Block] = []
        var saidNeeded = false
        for (index, original) in blocks.enumerated() {
            if hidden.contains(index) {
                if !saidNeeded, case .command = original {
                    let values = ReplyText.list(needed.map { .sentence(Text("reply.value.\($0.rawValue)")) })
                    result.append(.paragraph(Text(needed.isEmpty ? "reply.step.needs.earlier" : "reply.step.needs", ["values": values])))
                    saidNeeded = true
                }
                continue
            }
            result.append(block(original))
        }
        return (result, needed)
    }

    private func block(_ block: Block) -> Block {
        switch CustomerWording.block(block) {
        case .paragraph(let value): .paragraph(text(value))
        case .bulletList(let items): .bulletList(items.map(text))
        case .numberedList(let items): .numberedList(items.map(text))
        case .command(let verbatim): .command(verbatim)
        case .expectedOutput(let verbatim, let note): .expectedOutput(verbatim.mappingLiterals(partial.placeholders), note: note.map(text))
        case .note(let value): .note(text(value))
        case .important(let value): .important(text(value))
        case .warning(let value): .warning(text(value))
        case .quote(let line, let source): .quote(line, source: source)
        }
    }

    /// A sentence with every stand-in in its values shown as a placeholder.
    private func text(_ text: Text) -> Text {
        Text(text.key, text.arguments.mapValues(argument))
    }

    private func argument(_ argument: Text.Argument) -> Text.Argument {
        switch argument {
        case .code(let value): .code(partial.placeholders(in: value))
        case .plain(let value): .plain(partial.placeholders(in: value))
        case .sentence(let inner): .sentence(text(inner))
        case .placeholder(let inner): .placeholder(text(inner))
        case .step, .shellVariable: argument
        }
    }
}
