import Mustache

/// `<addon>/index.html`: links to the runbooks in the add-on's folder, by language, then task.
struct IndexPage {
    let templates: TemplateSet

    func render(addon: String, documents: Set<DocumentName>) throws(TemplateError) -> Document {
        let library = templates.library
        let stylesheet = try templates.text("page.css")
        var languages: [[String: Any]] = []
        for language in Language.allCases {
            let catalog = templates.catalog(language)
            let tasks = RunbookTask.allCases.compactMap { task -> [String: Any]? in
                let links = Format.allCases.compactMap { format -> [String: Any]? in
                    let name = DocumentName(task: task, language: language, format: format)
                    guard documents.contains(name) else { return nil }
                    return ["href": name.fileName, "label": catalog.format("index.\(format.rawValue)")]
                }
                return links.isEmpty ? nil : ["title": catalog.format("index.task.\(task.rawValue)"), "documents": links]
            }
            if !tasks.isEmpty {
                languages.append(["lang": language.rawValue, "heading": catalog.format("index.heading"), "tasks": tasks])
            }
        }
        let view: [String: Any] = [
            "lang": (languages.first?["lang"] as? String) ?? Language.en.rawValue,
            "addon": addon,
            "style": stylesheet,
            "csp": ContentSecurityPolicy.allowing(styles: [stylesheet]),
            "languages": languages,
        ]
        guard let html = library.render(view, withTemplate: "index.html") else { throw .missingFile("index.html.mustache") }
        return Document(path: "\(addon)/index.html", contents: html)
    }
}
