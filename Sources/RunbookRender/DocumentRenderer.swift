import RunbookCore

/// One kind of document a runbook is written as, in one language. Every kind is laid out from the
/// same Markdown, laid out once per language (`MarkdownRenderer.forms(of:)`).
public protocol DocumentRenderer {
    /// The document for `runbook`, from its Markdown in this renderer's language.
    func render(_ runbook: Runbook, laidOut markdown: MarkdownForms) throws(TemplateError) -> String
}

/// The runbook's Markdown in one language, laid out once, in the two forms the documents use. Each
/// form is made when a renderer asks for it: a request for the page alone (the service's preview,
/// `--format html`) does not pay for the file's form, nor the file's for the page's.
public struct MarkdownForms: Sendable {
    /// The layout, with step references as `StepReference` markers.
    let laidOut: String

    /// For the Markdown file: step references are numbers.
    public var file: String { StepReference.resolve(laidOut, linking: false) }
    /// For the HTML page: step references link to the page's `#step-N` anchors.
    public var page: String { StepReference.resolve(laidOut, linking: true) }
}

/// The Markdown file: the layout as it is.
public struct MarkdownFile: DocumentRenderer {
    public init() {}

    public func render(_ runbook: Runbook, laidOut markdown: MarkdownForms) -> String { markdown.file }
}

extension HTMLPage: DocumentRenderer {
    public func render(_ runbook: Runbook, laidOut markdown: MarkdownForms) throws(TemplateError) -> String {
        try render(runbook, markdown: markdown.page)
    }
}

extension TemplateSet {
    /// The renderer of `format` in `language`: the one place where a format meets its renderer.
    public func renderer(for format: Format, in language: Language) throws(TemplateError) -> any DocumentRenderer {
        switch format {
        case .md: MarkdownFile()
        case .html: try HTMLPage(language: language, templates: self)
        }
    }
}
