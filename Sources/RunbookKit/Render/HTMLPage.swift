import CommonMark
import Mustache

/// A runbook's Markdown as one self-contained HTML page: libcmark in safe mode renders the body,
/// headings get their anchors (`step-N` for steps), and the page template adds the table of
/// contents and the inline stylesheet. The page loads nothing from anywhere.
public struct HTMLPage {
    public let catalog: Catalog
    private let library: MustacheLibrary
    private let layouts: LayoutCache
    private let stylesheet: String
    private let script: String
    private let policy: String

    public init(language: Language, templates: TemplateSet = .embedded) throws(TemplateError) {
        catalog = templates.catalog(language)
        library = templates.library
        layouts = templates.layouts
        stylesheet = try templates.text("page.css")
        script = try templates.text("page.js")
        policy = templates.pagePolicy
    }

    public func render(markdown: String, of runbook: Runbook) throws(TemplateError) -> String {
        let anchors = runbook.headingAnchors
        let body = CommonMark.render(markdown, options: .runbook) { heading in
            heading.index < anchors.count ? anchors[heading.index] : nil
        }
        guard body.headings.count == anchors.count else {
            throw .headingMismatch(expected: anchors.count, found: body.headings.count)
        }
        let language = catalog.language
        let otherLanguage = DocumentName(task: runbook.task, language: language.other, format: .html).fileName
        let view: MustacheView = .object([
            "lang": .text(language.rawValue),
            "title": .text(body.headings.first?.text ?? runbook.addon),
            "style": .text(stylesheet),
            "script": .text(script),
            "csp": .text(policy),
            "copyLabel": .text(catalog.format("page.copy")),
            "copiedLabel": .text(catalog.format("page.copied")),
            "body": .text(body.html),
            "tocLabel": .text(catalog.format("page.toc")),
            "toc": .list(body.headings.dropFirst().map {
                .object(["id": .text($0.id ?? ""), "text": .text($0.text), "level": .text(String($0.level))])
            }),
            "otherLanguage": .object([
                "href": .text(otherLanguage),
                "lang": .text(language.other.rawValue),
                "label": .text(catalog.format("page.other-language", ["file": otherLanguage])),
            ]),
        ])
        guard let page = layouts.render(view, withTemplate: "page.html", library: library) else {
            throw .missingFile("page.html.mustache")
        }
        return page
    }
}
