import Mustache

/// `<addon>/index.html`: links to the runbooks written alongside it, grouped by language.
struct IndexPage {
    let templates: TemplateSet

    func render(addon: String, documents: [Document]) throws(TemplateError) -> Document {
        let stylesheet = try templates.text("page.css")
        var languages: [MustacheView] = []
        var firstLanguage: Language?
        for language in Language.allCases {
            let catalog = templates.catalog(language)
            let links = Format.allCases.compactMap { format -> MustacheView? in
                let name = "runbook.\(language.rawValue).\(format.rawValue)"
                guard documents.contains(where: { $0.path == "\(addon)/\(name)" }) else { return nil }
                return .object(["href": .text(name), "label": .text(catalog.format("index.\(format.rawValue)"))])
            }
            if !links.isEmpty {
                firstLanguage = firstLanguage ?? language
                languages.append(.object(["lang": .text(language.rawValue), "heading": .text(catalog.format("index.heading")),
                                          "documents": .list(links)]))
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
