import Mustache
import RunbookCore

/// Lays a runbook out as Markdown in one language: the Mustache template gives the layout, the
/// catalog the sentences; commands and outputs come from the runbook unchanged.
public struct MarkdownRenderer {
    public let catalog: Catalog
    private let library: MustacheLibrary
    private let layouts: LayoutCache

    public init(language: Language, templates: TemplateSet = .embedded) {
        catalog = templates.catalog(language)
        library = templates.library
        layouts = templates.layouts
    }

    /// The Markdown file: step references are numbers, since wikis and tickets give the headings
    /// anchors of their own.
    public func render(_ runbook: Runbook) throws(TemplateError) -> String {
        StepReference.resolve(try laidOut(runbook), linking: false)
    }

    /// The Markdown file and the Markdown of the HTML page, where step references link to the
    /// page's `#step-N` anchors, from one layout.
    public func forms(of runbook: Runbook) throws(TemplateError) -> MarkdownForms {
        MarkdownForms(laidOut: try laidOut(runbook))
    }

    /// The runbook laid out, with step references as `StepReference` markers.
    private func laidOut(_ runbook: Runbook) throws(TemplateError) -> String {
        var view = ViewShape(template: "runbook.md", capacity: 16_384)
        write(runbook, into: &view)
        guard var text = layouts.render(view, withTemplate: "runbook.md", library: library) else {
            throw .missingFile("runbook.md.mustache")
        }
        // Sections end with a blank line; the document ends with exactly one newline.
        while text.utf8.last == UInt8(ascii: "\n") { text.removeLast() }
        return text + "\n"
    }

    /// The template's view of the runbook: `title`, `preface` (blocks), `sections`, each with its
    /// `title`, `blocks`, `steps` (`heading`, `role`, `blocks`) and, for a section run by one role,
    /// its `role`.
    private func write(_ runbook: Runbook, into view: inout ViewShape) {
        view.object { view in
            view.text("title", inline(runbook.title))
            view.list("preface", runbook.preface, write)
            view.list("sections", runbook.sections) { view, section in
                view.object { view in
                    view.text("title", inline(section.title))
                    view.list("blocks", section.blocks, write)
                    view.list("steps", section.steps) { view, step in
                        view.object { view in
                            view.text("heading", catalog.format("step.heading", ["number": String(step.number), "title": inline(step.title)]))
                            view.object("role") { write(step.role, into: &$0) }
                            view.list("blocks", step.blocks, write)
                        }
                    }
                    if let role = section.role { view.object("role") { write(role, into: &$0) } }
                }
            }
        }
    }

    /// A block: an object with one property named by its kind (the template's sections).
    private func write(_ view: inout ViewShape, _ block: Block) {
        view.object { view in
            switch block {
            case .paragraph(let text):
                view.text("paragraph", inline(text))
            case .bulletList(let items):
                view.object("bulletList") { view in
                    view.list("items", items) { view, item in view.text(inline(item)) }
                }
            case .numberedList(let items):
                view.object("numberedList") { view in
                    view.list("items", items.enumerated()) { view, item in
                        view.object { view in
                            view.text("number", String(item.offset + 1))
                            view.text("text", inline(item.element))
                        }
                    }
                }
            case .command(let command):
                let text = render(command, asShell: true)
                view.object("command") { view in
                    view.text("fence", Markdown.fence(for: text))
                    view.text("text", text)
                }
            case .expectedOutput(let output, let note):
                let text = render(output, asShell: false)
                view.object("expectedOutput") { view in
                    view.text("label", catalog.format("label.expected-output"))
                    view.text("fence", Markdown.fence(for: text))
                    view.text("text", text)
                    if let note { view.text("note", inline(note)) }
                }
            case .note(let text):
                write(note: text, label: "label.note", into: &view)
            case .important(let text):
                write(note: text, label: "label.important", into: &view)
            case .warning(let text):
                write(note: text, label: "label.warning", into: &view)
            case .quote(let line, let source):
                view.object("quote") { view in
                    view.text("source", inline(source))
                    view.text("fence", Markdown.fence(for: line))
                    view.text("text", line)
                }
            }
        }
    }

    /// A note, an important note or a warning: the template's `note`, labelled by its weight.
    private func write(note text: Text, label: String, into view: inout ViewShape) {
        view.object("note") { view in
            view.text("label", catalog.format(label))
            view.text("text", inline(text))
        }
    }

    /// Who runs a step: a label and the role's phrase, under the heading.
    private func write(_ role: StepRole, into view: inout ViewShape) {
        view.text("label", catalog.format("label.role"))
        view.text("text", catalog.format(role.key))
    }

    /// A catalog sentence as Markdown: values become code spans, placeholders are marked.
    func inline(_ text: Text) -> String {
        catalog.format(text.key) { name in
            text.arguments[name].map { argument in
                switch argument {
                case .code(let value): Markdown.codeSpan(value)
                case .plain(let value): value
                case .step(let number): StepReference.marker(number)
                case .placeholder(let text): "**" + inline(text) + "**"
                case .sentence(let text): inline(text)
                case .shellVariable(let name): Markdown.codeSpan("$" + name)
                }
            }
        }
    }

    /// A fenced block's text in this language: our sentences become shell words in a command and
    /// plain text in an output.
    package func render(_ block: Verbatim, asShell: Bool) -> String {
        var text = ""
        for part in block.parts {
            switch part {
            case .literal(let literal): text += literal
            case .sentence(let sentence, _): text += asShell ? shellWord(sentence) : plain(sentence)
            }
        }
        return text
    }

    /// A sentence as it prints in a terminal: values as they are, no Markdown.
    package func plain(_ text: Text) -> String {
        catalog.format(text.key) { text.arguments[$0].map(plain) }
    }

    /// A value as it prints in a terminal (or the page's diagram draws it).
    func plain(_ argument: Text.Argument) -> String {
        switch argument {
        case .code(let value), .plain(let value): value
        case .step(let number): String(number)
        case .placeholder(let inner), .sentence(let inner): plain(inner)
        case .shellVariable(let name): "$" + name
        }
    }

    private func shellWord(_ text: Text) -> String {
        ShellWord.quoting(catalog.segments(text.key, isKnown: { text.arguments[$0] != nil }).map { segment in
            switch segment {
            case .text(let text): .text(text)
            case .slot(let name):
                switch text.arguments[name] {
                case .shellVariable(let variable)?: .variable(variable)
                case .code(let value)?, .plain(let value)?: .text(value)
                case .step(let number)?: .text(String(number))
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
        let longest = longestRun(of: "`", in: value)
        if longest == 0 { return "`\(value)`" }  // nearly every value: one allocation
        let ticks = String(repeating: "`", count: longest + 1)
        let padding = value.hasPrefix("`") || value.hasSuffix("`") ? " " : ""
        return ticks + padding + value + padding + ticks
    }

    /// A line's block markers: indentation and quote markers, then a heading's `#`s or a list
    /// item's bullet or number with the space after it, which must stay a space (`## お客様の進捗`
    /// with a no-break space is a paragraph, not a heading).
    static func blockMarker(of line: Substring) -> Substring {
        var rest = line.drop { $0 == " " || $0 == ">" }
        let hashes = rest.prefix { $0 == "#" }.count
        let digits = rest.prefix { $0.isASCII && $0.isNumber }.count
        if (1...6).contains(hashes), rest.dropFirst(hashes).first == " " {
            rest = rest.dropFirst(hashes + 1)
        } else if let first = rest.first, "-*+".contains(first), rest.dropFirst().first == " " {
            rest = rest.dropFirst(2)
        } else if (1...9).contains(digits), let after = rest.dropFirst(digits).first, ".)".contains(after),
                  rest.dropFirst(digits + 1).first == " " {
            rest = rest.dropFirst(digits + 2)
        }
        return line[..<rest.startIndex]
    }

    /// Prose with every space before hiragana (a particle, です) made a no-break space, outside
    /// fenced blocks, whose text is copied and must stay as it is, and after the line's block
    /// markers. Code spans hold validated ASCII values, so no space inside one is followed by hiragana.
    static func keepingHiraganaWithTheWordBefore(_ markdown: String) -> String {
        var result = "", fence: Substring?
        result.reserveCapacity(markdown.utf8.count)
        for (index, line) in markdown.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if index > 0 { result += "\n" }
            if let open = fence {
                if line.hasPrefix(open), line.allSatisfy({ $0 == "`" }) { fence = nil }
                result += line
                continue
            }
            if line.hasPrefix("```") {
                fence = line.prefix { $0 == "`" }
                result += line
                continue
            }
            let marker = blockMarker(of: line)
            result += marker
            var previous: Character?
            var glued = ""
            for character in line.dropFirst(marker.count).reversed() {
                if character == " ", let next = previous, next.unicodeScalars.first.map({ (0x3041...0x309F).contains($0.value) }) == true {
                    glued.append("\u{00A0}")
                } else {
                    glued.append(character)
                }
                previous = character
            }
            result += String(glued.reversed())
        }
        return result
    }

    /// A fence longer than any run of backticks in `content`.
    static func fence(for content: String) -> String {
        String(repeating: "`", count: max(3, longestRun(of: "`", in: content) + 1))
    }

    /// On UTF-8 bytes (an ASCII character is one byte, never part of another's), from one
    /// occurrence to the next: most texts hold no backtick at all.
    private static func longestRun(of character: Character, in text: String) -> Int {
        guard let byte = character.asciiValue else { preconditionFailure("\(character) is not ASCII") }
        return text.withUTF8Bytes { bytes in
            var longest = 0, index = 0
            while let start = bytes.offset(of: byte, from: index) {
                var end = start + 1
                while end < bytes.count, bytes[end] == byte { end += 1 }
                longest = Swift.max(longest, end - start)
                index = end
            }
            return longest
        }
    }
}
