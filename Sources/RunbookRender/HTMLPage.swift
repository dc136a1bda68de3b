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
    package func render(_ runbook: Runbook, markdown: String) throws(TemplateError) -> String {
        let anchors = runbook.headingAnchors
        let body = CommonMark.render(markdown, options: .runbook) { heading in
            heading.index < anchors.count ? anchors[heading.index] : nil
        }
        guard body.headings.count == anchors.count else {
            throw .headingMismatch(expected: anchors.count, found: body.headings.count)
        }
        let language = catalog.language
        let (title, main) = Self.splitTitle(body)
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
            "body": .text(insertingDiagram(of: runbook, into: main)),
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
    static func splitTitle(_ body: CommonMark.Rendered) -> (title: String, rest: String) {
        guard let first = body.headings.first, let id = first.id,
              body.html.hasPrefix("<h\(first.level) id=\"\(id)\">"),
              let end = body.html.firstByteRange(of: "</h\(first.level)>\n")
        else { return ("", body.html) }
        return (String(body.html[..<end.upperBound]), String(body.html[end.upperBound...]))
    }

    /// The body with the connection diagram at the end of the section it illustrates, that is just
    /// before the next section's heading (whose tag the heading-id renderer writes exactly so).
    private func insertingDiagram(of runbook: Runbook, into html: String) -> String {
        guard let diagram = runbook.diagram else { return html }
        let figure = "<figure class=\"connection\">\n" + ConnectionDiagramSVG(text: markdown).render(diagram) + "\n</figure>\n"
        guard let index = runbook.sections.firstIndex(where: { $0.anchor == diagram.section }),
              index + 1 < runbook.sections.count,
              let next = (1...6).lazy.compactMap({ html.firstByteRange(of: "<h\($0) id=\"\(runbook.sections[index + 1].anchor)\">") }).first
        else { return html + figure }
        return html[..<next.lowerBound] + figure + html[next.lowerBound...]
    }
}
