import Foundation
import RunbookBuilders
import RunbookCore
import RunbookRender

/// The stages in order: raw values → rules → runbook → Markdown → HTML, in memory. Writing them is
/// the caller's (`Pipeline+Write.swift`, `OutputWriter`), and so is reading what a folder holds.
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

    /// Every requested document for validated input, named under the add-on's folder: the
    /// runbooks in each language and format, then what is the same in every language (the files
    /// of a Terraform configuration, if the runbook has one).
    public func documents(for input: RunbookInput, languages: [Language], formats: [Format]) throws(TemplateError) -> [Document] {
        let runbook = RunbookBuilder().build(input)
        var documents: [Document] = []
        for language in languages {
            // One layout per language gives every format's document.
            let markdown = try MarkdownRenderer(language: language, templates: templates).forms(of: runbook)
            for format in formats {
                let contents = try templates.renderer(for: format, in: language).render(runbook, laidOut: markdown)
                documents.append(Document(path: "\(input.addon)/\(DocumentName(task: input.task, language: language, format: format).fileName)",
                                          contents: contents))
            }
        }
        for renderer in templates.neutralRenderers { documents += renderer.documents(for: runbook) }
        return documents
    }

    /// The requested documents and the add-on's `index.html`, which links them and the runbooks
    /// already in its folder (`existing`: the file names there; other names are left out).
    public func generate(_ input: RunbookInput, languages: [Language], formats: [Format], alongside existing: [String]) throws(TemplateError) -> [Document] {
        let runbooks = try documents(for: input, languages: languages, formats: formats)
        return runbooks + [try index(addon: input.addon, runbooks: runbooks, alongside: existing)]
    }

    /// The add-on's `index.html`: links to `runbooks` and to the runbooks among `existing`.
    public func index(addon: String, runbooks: [Document], alongside existing: [String]) throws(TemplateError) -> Document {
        let names = runbooks.compactMap { DocumentName(fileName: ($0.path as NSString).lastPathComponent) } + existing.compactMap(DocumentName.init(fileName:))
        return try IndexPage(templates: templates).render(addon: addon, documents: Set(names))
    }
}
