/// The sentences of ours a runbook holds, wherever they stand: a test that checks every sentence
/// (catalog keys, values given, step references) or a promise about a reply walks them here, so a
/// new kind of block is added in one switch.
extension Text {
    /// This sentence and every sentence inside its arguments, depth first.
    public var withInnerSentences: [Text] {
        [self] + arguments.values.flatMap { argument -> [Text] in
            switch argument {
            case .sentence(let inner), .placeholder(let inner): inner.withInnerSentences
            case .code, .plain, .step, .shellVariable: []
            }
        }
    }
}

extension Verbatim {
    /// The sentences a command or an output prints (`\(echo:)`, `\(echoError:)` and the like).
    public var sentences: [Text] {
        parts.compactMap { if case .sentence(let text, _) = $0 { text } else { nil } }
    }
}

extension Block {
    /// Every sentence the block holds, inner ones included: its prose, its list items, a quote's
    /// source, and what its command or output prints.
    public var sentences: [Text] {
        let own: [Text] = switch self {
        case .paragraph(let text), .note(let text), .important(let text), .warning(let text): [text]
        case .bulletList(let items), .numberedList(let items): items
        case .command(let command): command.sentences
        case .expectedOutput(let output, let note): output.sentences + (note.map { [$0] } ?? [])
        case .quote(_, let source): [source]
        }
        return own.flatMap(\.withInnerSentences)
    }
}

extension Runbook {
    /// Every sentence of the runbook in order, titles included, with the step it stands in (nil
    /// for the title, the preface and a section's own blocks).
    public var sentencesByStep: [(step: Step?, text: Text)] {
        var all: [(step: Step?, text: Text)] = (title.withInnerSentences + preface.flatMap(\.sentences)).map { (nil, $0) }
        for section in sections {
            all += (section.title.withInnerSentences + section.blocks.flatMap(\.sentences)).map { (nil, $0) }
            for step in section.steps {
                all += (step.title.withInnerSentences + step.blocks.flatMap(\.sentences)).map { (step, $0) }
            }
        }
        return all
    }
}
