import CommonMark
import Mustache

/// A runbook's Markdown as one self-contained HTML page: libcmark in safe mode renders the body,
/// headings get their anchors (`step-N` for steps), and the page template adds the table of
/// contents and the inline stylesheet. The page loads nothing from anywhere.
public struct HTMLPage {
    public let catalog: Catalog
    private let library: MustacheLibrary
    private let stylesheet: String
    private let script: String

    public init(language: Language, templates: TemplateSet = .embedded) throws(TemplateError) {
        catalog = templates.catalog(language)
        library = templates.library
        stylesheet = try templates.text("page.css")
        script = try templates.text("page.js")
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
        let view: [String: Any] = [
            "lang": language.rawValue,
            "title": body.headings.first?.text ?? runbook.addon,
            "style": stylesheet,
            "script": script,
            "csp": ContentSecurityPolicy.allowing(styles: [stylesheet], scripts: [script]),
            "copyLabel": catalog.format("page.copy"),
            "copiedLabel": catalog.format("page.copied"),
            "body": body.html,
            "tocLabel": catalog.format("page.toc"),
            "toc": body.headings.dropFirst().map { ["id": $0.id ?? "", "text": $0.text, "level": $0.level] },
            "otherLanguage": [
                "href": otherLanguage,
                "lang": language.other.rawValue,
                "label": catalog.format("page.other-language", ["file": otherLanguage]),
            ],
        ]
        guard let page = library.render(view, withTemplate: "page.html") else {
            throw .missingFile("page.html.mustache")
        }
        return page
    }
}
