import Mustache

/// Lays a runbook out as Markdown in one language: the Mustache template gives the layout, the
/// catalog the sentences; commands and outputs come from the runbook unchanged.
public struct MarkdownRenderer {
    public let catalog: Catalog
    private let library: MustacheLibrary

    public init(language: Language, templates: TemplateSet = .embedded) {
        catalog = templates.catalog(language)
        library = templates.library
    }

    public func render(_ runbook: Runbook) throws(TemplateError) -> String {
        guard var text = library.render(view(of: runbook), withTemplate: "runbook.md") else {
            throw .missingFile("runbook.md.mustache")
        }
        // Sections end with a blank line; the document ends with exactly one newline.
        while text.utf8.last == UInt8(ascii: "\n") { text.removeLast() }
        return text + "\n"
    }

    private func view(of runbook: Runbook) -> [String: Any] {
        [
            "title": inline(runbook.title),
            "preface": runbook.preface.map(view(of:)),
            "sections": runbook.sections.map { section -> [String: Any] in
                [
                    "title": inline(section.title),
                    "blocks": section.blocks.map(view(of:)),
                    "steps": section.steps.map { step -> [String: Any] in
                        [
                            "heading": catalog.format("step.heading", ["number": String(step.number), "title": inline(step.title)]),
                            "blocks": step.blocks.map(view(of:)),
                        ]
                    },
                ]
            },
        ]
    }

    private func view(of block: Block) -> [String: Any] {
        switch block {
        case .paragraph(let text):
            return ["paragraph": inline(text)]
        case .bulletList(let items):
            return ["bulletList": ["items": items.map(inline)]]
        case .numberedList(let items):
            return ["numberedList": ["items": items.enumerated().map { ["number": $0.offset + 1, "text": inline($0.element)] }]]
        case .command(let command):
            let text = render(command, asShell: true)
            return ["command": ["fence": Markdown.fence(for: text), "text": text]]
        case .expectedOutput(let output, let note):
            let text = render(output, asShell: false)
            var view: [String: Any] = [
                "label": catalog.format("label.expected-output"), "fence": Markdown.fence(for: text), "text": text,
            ]
            if let note { view["note"] = inline(note) }
            return ["expectedOutput": view]
        case .note(let text):
            return ["note": ["label": catalog.format("label.note"), "text": inline(text)]]
        case .warning(let text):
            return ["note": ["label": catalog.format("label.warning"), "text": inline(text)]]
        case .quote(let line, let source):
            return ["quote": ["source": inline(source), "fence": Markdown.fence(for: line), "text": line]]
        }
    }

    /// A catalog sentence as Markdown: values become code spans, placeholders are marked.
    func inline(_ text: Text) -> String {
        catalog.format(text.key, text.arguments.mapValues { argument in
            switch argument {
            case .code(let value): Markdown.codeSpan(value)
            case .plain(let value): value
            case .placeholder(let text): "**" + inline(text) + "**"
            case .sentence(let text): inline(text)
            case .shellVariable(let name): Markdown.codeSpan("$" + name)
            }
        })
    }

    /// A fenced block's text in this language: our sentences become shell words in a command and
    /// plain text in an output.
    func render(_ block: Verbatim, asShell: Bool) -> String {
        block.parts.map { part in
            switch part {
            case .literal(let text): text
            case .sentence(let sentence): asShell ? shellWord(sentence) : plain(sentence)
            }
        }.joined()
    }

    /// A sentence as it prints in a terminal: values as they are, no Markdown.
    func plain(_ text: Text) -> String {
        catalog.format(text.key, text.arguments.mapValues { argument in
            switch argument {
            case .code(let value), .plain(let value): value
            case .placeholder(let inner), .sentence(let inner): plain(inner)
            case .shellVariable(let name): "$" + name
            }
        })
    }

    private func shellWord(_ text: Text) -> String {
        ShellWord.quoting(catalog.segments(text.key, known: Set(text.arguments.keys)).map { segment in
            switch segment {
            case .text(let text): .text(text)
            case .slot(let name):
                switch text.arguments[name] {
                case .shellVariable(let variable)?: .variable(variable)
                case .code(let value)?, .plain(let value)?: .text(value)
                case .placeholder(let inner)?, .sentence(let inner)?: .text(plain(inner))
                case nil: .text("")
                }
            }
        })
    }
}

/// Markdown syntax that must hold whatever the content.
enum Markdown {
    /// A code span that shows `value` literally, even if it holds backticks.
    static func codeSpan(_ value: String) -> String {
        let ticks = String(repeating: "`", count: longestRun(of: "`", in: value) + 1)
        let padding = value.hasPrefix("`") || value.hasSuffix("`") ? " " : ""
        return ticks + padding + value + padding + ticks
    }

    /// A fence longer than any run of backticks in `content`.
    static func fence(for content: String) -> String {
        String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
    }

    private static func longestRun(of character: Character, in text: String) -> Int {
        var longest = 0, current = 0
        for c in text {
            current = c == character ? current + 1 : 0
            longest = max(longest, current)
        }
        return longest
    }
}
