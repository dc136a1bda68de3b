/// A runbook, language-neutral: its structure, commands and expected outputs are fixed here, and
/// every sentence is a catalog key, so no step can exist in one language and not the other.
public struct Runbook: Sendable, Equatable {
    /// What it is for; names its files.
    public let task: RunbookTask
    /// The add-on it is for; also the folder it is written to.
    public let addon: String
    public let title: Text
    /// Shown under the title: who it was generated for.
    public let preface: [Block]
    public let sections: [Section]
    /// The customer's connection, drawn on the HTML page; nil for a runbook without one.
    public internal(set) var diagram: ConnectionDiagram? = nil
    /// The AWS side as a Terraform configuration, written beside the runbook; nil when the runbook
    /// gives no Terraform path.
    public internal(set) var infrastructure: TerraformConfiguration? = nil

    package init(task: RunbookTask, addon: String, title: Text, preface: [Block], sections: [Section], diagram: ConnectionDiagram? = nil,
                 infrastructure: TerraformConfiguration? = nil) {
        self.task = task
        self.addon = addon
        self.title = title
        self.preface = preface
        self.sections = sections
        self.diagram = diagram
        self.infrastructure = infrastructure
    }

    /// Heading anchors in document order: the title, then each section followed by its steps.
    public var headingAnchors: [String] {
        ["top"] + sections.flatMap { [$0.anchor] + $0.steps.map(\.anchor) }
    }
}

/// A top-level part of the runbook, e.g. the Heroku side or the limitations.
public struct Section: Sendable, Equatable {
    /// Its HTML anchor, e.g. `heroku`.
    public let anchor: String
    public let title: Text
    public let blocks: [Block]
    public let steps: [Step]
    /// Who does what the section says, for a section whose part is not in numbered steps (which
    /// each name their own, `StepID.role`).
    public let role: StepRole?

    package init(anchor: String, title: Text, blocks: [Block] = [], steps: [Step] = [], role: StepRole? = nil) {
        self.anchor = anchor
        self.title = title
        self.blocks = blocks
        self.steps = steps
        self.role = role
    }
}

/// A numbered step. Numbers run through the whole runbook and are the same in every language,
/// so "step 3" means the same thing in a Japanese and an English ticket.
public struct Step: Sendable, Equatable {
    /// What the step does, the same in every task that has it.
    public let id: StepID
    public let number: Int
    public let title: Text
    public let blocks: [Block]

    public var anchor: String { "step-\(number)" }

    /// Who runs it.
    public var role: StepRole { id.role }

    package init(id: StepID, number: Int, title: Text, blocks: [Block]) {
        self.id = id
        self.number = number
        self.title = title
        self.blocks = blocks
    }
}

/// One piece of a section or step.
public enum Block: Sendable, Equatable {
    case paragraph(Text)
    case bulletList([Text])
    /// Things to do in a web console, in order.
    case numberedList([Text])
    /// Exactly what to paste into a shell.
    case command(Verbatim)
    /// What the command prints, with a note on what may vary.
    case expectedOutput(Verbatim, note: Text?)
    /// Something worth knowing (AWS's Japanese documentation: 注記).
    case note(Text)
    /// Something the reader must not miss, or the step goes wrong (重要).
    case important(Text)
    /// Something that cannot be undone, said before it is done (警告).
    case warning(Text)
    /// A line quoted from what a customer pasted, after a sentence saying where it comes from.
    case quote(String, source: Text)
}

/// A sentence from the catalogs, with the values it mentions. User-supplied values are always
/// `code`, so Markdown can never reinterpret them.
public struct Text: Sendable, Equatable {
    public let key: String
    public let arguments: Arguments

    public enum Argument: Sendable, Equatable {
        /// A value shown as code (a code span in Markdown).
        case code(String)
        /// Trusted text of ours, e.g. a number.
        case plain(String)
        /// The number of a step this sentence refers to; the HTML page links it to the step.
        case step(Int)
        /// A placeholder for a value not known yet, shown clearly marked.
        case placeholder(Text)
        /// A shell variable's value, in a sentence a command prints (`$STATE`).
        case shellVariable(String)
        /// Another sentence of ours inside this one, e.g. a finding's explanation after its severity.
        case sentence(Text)
    }

    public init(_ key: String, _ arguments: Arguments = [:]) {
        self.key = key
        self.arguments = arguments
    }

    /// The key of the sentence that agrees in number with `count`: every catalog writes the sentence
    /// for one as `key.one` and the sentence for any other count as `key`.
    package static func key(_ key: String, agreeingWith count: Int) -> String {
        count == 1 ? key + ".one" : key
    }
}
