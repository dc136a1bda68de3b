import Mustache
import RunbookCore

/// `<addon>/index.html`: links to the runbooks in the add-on's folder, by language, then task.
package struct IndexPage {
    package let templates: TemplateSet

    package init(templates: TemplateSet) {
        self.templates = templates
    }

    package func render(addon: String, documents: Set<DocumentName>) throws(TemplateError) -> Document {
        let stylesheet = try templates.text("page.css")
        var languages: [MustacheView] = []
        var firstLanguage: Language?
        for language in Language.allCases {
            let catalog = templates.catalog(language)
            let tasks = RunbookTask.allCases.compactMap { task -> MustacheView? in
                let links = Format.allCases.compactMap { format -> MustacheView? in
                    let name = DocumentName(task: task, language: language, format: format)
                    guard documents.contains(name) else { return nil }
                    return .object(["href": .text(name.fileName), "label": .text(catalog.format("index.\(format.rawValue)"))])
                }
                return links.isEmpty ? nil : .object(["title": .text(catalog.format("index.task.\(task.rawValue)")), "documents": .list(links)])
            }
            if !tasks.isEmpty {
                firstLanguage = firstLanguage ?? language
                languages.append(.object(["lang": .text(language.rawValue), "heading": .text(catalog.format("index.heading")),
                                          "tasks": .list(tasks)]))
            }
        }
        let view: MustacheView = .object([
            "lang": .text((firstLanguage ?? .en).rawValue),
            "addon": .text(addon),
            "style": .text(stylesheet),
            "csp": .text(templates.indexPolicy),
            "languages": .list(languages),
        ])
        guard let html = templates.layouts.render(view, withTemplate: "index.html", library: templates.library) else {
            throw .missingFile("index.html.mustache")
        }
        return Document(path: "\(addon)/index.html", contents: html)
    }
}
