import CommonMark
import Mustache
import RunbookCore

/// A runbook as one self-contained HTML page: libcmark in safe mode renders its Markdown (with
/// step references as links), headings get their anchors (`step-N` for steps), and the page
/// template adds the title, the table of contents, the connection diagram, the inline stylesheet
/// and the script (copy buttons, the checklist). The page loads nothing from anywhere.
public struct HTMLPage {
    public let catalog: Catalog
    private let markdown: MarkdownRenderer
    private let library: MustacheLibrary
    private let layouts: LayoutCache
    private let stylesheet: String
    private let script: String
    private let policy: String

    public init(language: Language, templates: TemplateSet = .embedded) throws(TemplateError) {
        catalog = templates.catalog(language)
        markdown = MarkdownRenderer(language: language, templates: templates)
        library = templates.library
        layouts = templates.layouts
        stylesheet = try templates.text("page.css")
        script = try templates.text("page.js")
        policy = templates.pagePolicy
    }

    /// The page for `runbook`; it links to the same task's page in the other language, and its
    /// checklist is saved per add-on and task.
    public func render(_ runbook: Runbook) throws(TemplateError) -> String {
        try render(runbook, markdown: markdown.forms(of: runbook).page)
    }

    /// The page from the runbook's page Markdown (`MarkdownRenderer.forms(of:)`), when the caller
    /// has laid it out already for the Markdown file.
    func render(_ runbook: Runbook, markdown: String) throws(TemplateError) -> String {
        // Japanese lines break between phrases (the stylesheet's `word-break: auto-phrase`), but a
        // space is a break opportunity of its own: a line would start with the particle after a
        // value, 「を選択します」. The Markdown file keeps its spaces; the page holds them together.
        let markdown = catalog.language == .ja ? Markdown.keepingHiraganaWithTheWordBefore(markdown) : markdown
        let anchors = runbook.headingAnchors
        // The title is a part of its own, so the page can show it before the table of contents;
        // the diagram goes before the heading of the section after the one it illustrates.
        let afterDiagram = runbook.diagram.flatMap { diagram in
            runbook.sections.firstIndex { $0.anchor == diagram.section }.flatMap { index in
                index + 1 < runbook.sections.count ? runbook.sections[index + 1].anchor : nil
            }
        }
        let body = CommonMark.render(markdown, options: .runbook, headingID: { heading in
            heading.index < anchors.count ? anchors[heading.index] : nil
        }, splitting: { heading in
            if heading.index == 0 { return .around }
            return heading.id != nil && heading.id == afterDiagram ? .before : .none
        })
        guard body.headings.count == anchors.count else {
            throw .headingMismatch(expected: anchors.count, found: body.headings.count)
        }
        let language = catalog.language
        let (title, main) = Self.splitTitle(body.parts)
        let otherFile = DocumentName(task: runbook.task, language: language.other, format: .html).fileName
        let view: MustacheView = .object([
            "lang": .text(language.rawValue),
            "title": .text(body.headings.first?.text ?? runbook.addon),
            "heading": .text(title),
            "style": .text(stylesheet),
            "script": .text(script),
            "csp": .text(policy),
            "addon": .text(runbook.addon),
            "task": .text(runbook.task.rawValue),
            "labels": .object([
                "copy": .text(catalog.format("page.copy")),
                "copied": .text(catalog.format("page.copied")),
                "done": .text(catalog.format("page.done")),
                "checklist": .text(catalog.format("page.checklist")),
                "progress": .text(catalog.format("page.checklist.progress")),
                "reset": .text(catalog.format("page.checklist.reset")),
            ]),
            "body": .text(joiningWithDiagram(of: runbook, main, before: afterDiagram)),
            "tocLabel": .text(catalog.format("page.toc")),
            "toc": .list(body.headings.dropFirst().map {
                .object(["id": .text($0.id ?? ""), "text": .text($0.text), "level": .text(String($0.level))])
            }),
            "otherLanguage": .object([
                "href": .text(otherFile),
                "lang": .text(language.other.rawValue),
                "label": .text(catalog.format("page.other-language", ["file": otherFile])),
            ]),
        ])
        guard let page = layouts.render(view, withTemplate: "page.html", library: library) else {
            throw .missingFile("page.html.mustache")
        }
        return page
    }

    /// The title heading, taken out of the body so that the page can show it before the table of
    /// contents; the whole body as it is when it does not start with the title (a template of
    /// one's own may put something first).
    static func splitTitle(_ parts: [CommonMark.Part]) -> (title: String, rest: [CommonMark.Part]) {
        guard let first = parts.first, first.heading?.index == 0, first.heading?.id != nil else { return ("", parts) }
        return (first.html, Array(parts.dropFirst()))
    }

    /// The body's parts with the connection diagram at the end of the section it illustrates, that
    /// is before the part that starts with the next section's heading (at the end without one).
    private func joiningWithDiagram(of runbook: Runbook, _ parts: [CommonMark.Part], before anchor: String?) -> String {
        guard let diagram = runbook.diagram else { return parts.map(\.html).joined() }
        let figure = "<figure class=\"connection\" tabindex=\"0\">\n" + ConnectionDiagramSVG(text: markdown).render(diagram) + "\n</figure>\n"
        guard let index = parts.firstIndex(where: { $0.heading?.id != nil && $0.heading?.id == anchor }) else {
            return parts.map(\.html).joined() + figure
        }
        return (parts[..<index].map(\.html) + [figure] + parts[index...].map(\.html)).joined()
    }
}
