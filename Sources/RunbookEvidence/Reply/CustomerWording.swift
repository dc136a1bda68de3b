import RunbookCore

/// The runbook speaks to whoever generated it: a few of its sentences say to generate it again
/// with a flag of this tool. In a reply to a customer those read as the same sentence without the
/// tool: each has a variant under `reply.<key>`, used wherever the sentence stands (a paragraph, a
/// list item, a sentence a command prints).
enum CustomerWording {
    /// The runbook's keys that have a reply variant.
    static let keys: Set<String> = [
        "aws.cli-available", "aws.cli-available.delete", "step.connect.variable", "step.connect.unknown", "step.delete-group.reused",
        "output.account", "output.account.one",
        "shell.endpoint.other-vpc", "shell.endpoint.other-service", "shell.state.gone",
    ]

    static func key(_ key: String) -> String {
        keys.contains(key) ? "reply." + key : key
    }

    static func text(_ text: Text) -> Text {
        Text(key(text.key), text.arguments.mapValues(argument))
    }

    static func argument(_ argument: Text.Argument) -> Text.Argument {
        switch argument {
        case .sentence(let inner): .sentence(text(inner))
        case .placeholder(let inner): .placeholder(text(inner))
        default: argument
        }
    }

    static func block(_ block: Block) -> Block {
        switch block {
        case .paragraph(let value): .paragraph(text(value))
        case .bulletList(let items): .bulletList(items.map(text))
        case .numberedList(let items): .numberedList(items.map(text))
        case .command(let verbatim): .command(self.verbatim(verbatim))
        case .expectedOutput(let verbatim, let note): .expectedOutput(self.verbatim(verbatim), note: note.map(text))
        case .note(let value): .note(text(value))
        case .important(let value): .important(text(value))
        case .warning(let value): .warning(text(value))
        case .quote: block
        }
    }

    static func verbatim(_ verbatim: Verbatim) -> Verbatim {
        verbatim.mappingSentences(text)
    }
}
