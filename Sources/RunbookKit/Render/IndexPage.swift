import Mustache

/// `<addon>/index.html`: links to the runbooks written alongside it, grouped by language.
struct IndexPage {
    let templates: TemplateSet

    func render(addon: String, documents: [Document]) throws(TemplateError) -> Document {
        let library = templates.library
        let stylesheet = try templates.text("page.css")
        var languages: [[String: Any]] = []
        for language in Language.allCases {
            let catalog = templates.catalog(language)
            let links = Format.allCases.compactMap { format -> [String: Any]? in
                let name = "runbook.\(language.rawValue).\(format.rawValue)"
                guard documents.contains(where: { $0.path == "\(addon)/\(name)" }) else { return nil }
                return ["href": name, "label": catalog.format("index.\(format.rawValue)")]
            }
            if !links.isEmpty {
                languages.append(["lang": language.rawValue, "heading": catalog.format("index.heading"), "documents": links])
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
