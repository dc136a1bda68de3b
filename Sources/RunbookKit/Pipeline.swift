import Foundation

/// The stages in order: raw values → rules → runbook → Markdown → HTML → files.
public struct Pipeline: Sendable {
    public let rules: RuleSet
    public let templates: TemplateSet

    public init(rules: RuleSet = .standard, templates: TemplateSet = .embedded) {
        self.rules = rules
        self.templates = templates
    }

    /// Checks every value; the typed input, or every problem found.
    public func validate(_ raw: RawInput) -> Result<RunbookInput, Diagnostics> {
        rules.validate(raw)
    }

    /// Every requested document for validated input, rendered in memory; nothing is written. The
    /// runbooks come first, then the files of a Terraform configuration if the runbook has one.
    public func documents(for input: RunbookInput, languages: [Language], formats: [Format]) throws(TemplateError) -> [Document] {
        let runbook = RunbookBuilder().build(input)
        var documents: [Document] = []
        for language in languages {
            // One layout per language gives both the Markdown file and the page's Markdown.
            let markdown = try MarkdownRenderer(language: language, templates: templates).forms(of: runbook)
            for format in formats {
                let contents = switch format {
                case .md: markdown.file
                case .html: try HTMLPage(language: language, templates: templates).render(runbook, markdown: markdown.page)
                }
                documents.append(Document(path: "\(input.addon)/\(DocumentName(task: input.task, language: language, format: format).fileName)",
                                          contents: contents))
            }
        }
        return documents + terraformDocuments(for: input)
    }

    /// Renders every document and an index linking them and the runbooks written there before
    /// (other tasks, other languages), then writes them under `output` all or nothing.
    public func generate(_ input: RunbookInput, languages: [Language], formats: [Format], to output: URL) throws -> [URL] {
        let runbooks = try documents(for: input, languages: languages, formats: formats)
        let folder = output.appendingPathComponent(input.addon)
        let written = Set(runbooks.compactMap { DocumentName(fileName: ($0.path as NSString).lastPathComponent) })
        let index = try IndexPage(templates: templates).render(addon: input.addon, documents: written.union(DocumentName.all(in: folder)))
        return try OutputWriter().write(runbooks + [index], to: output)
    }
}
