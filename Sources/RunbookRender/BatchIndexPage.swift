import Mustache
import RunbookCore

/// `index.html` at the top of a batch's output folder: every add-on the batch wrote, each linking
/// to its own `index.html`, with a heading in each language the runbooks were written in.
package struct BatchIndexPage {
    package let templates: TemplateSet

    package init(templates: TemplateSet) {
        self.templates = templates
    }

    package func render(addons: [String], languages: [Language]) throws(TemplateError) -> Document {
        let stylesheet = try templates.text("page.css")
        let shown = languages.isEmpty ? [Language.en] : languages
        let view: MustacheView = .object([
            "lang": .text(shown[0].rawValue),
            "title": .text(templates.catalog(shown[0]).format("batch-index.title")),
            "style": .text(stylesheet),
            "csp": .text(templates.indexPolicy),
            // One heading, in the first language; the count in each, with the title in the others.
            "languages": .list(shown.map { language in
                let catalog = templates.catalog(language)
                var view: MustacheProperties = [
                    "lang": .text(language.rawValue),
                    "count": .text(catalog.format(Text.key("batch-index.count", agreeingWith: addons.count), ["count": String(addons.count)])),
                ]
                if language != shown[0] { view.append("other", .object(["title": .text(catalog.format("batch-index.title"))])) }
                return .object(view)
            }),
            // Add-on names passed the rules: letters, digits, `-` and `_`, safe in a path and in HTML.
            "addons": .list(addons.map { .object(["addon": .text($0), "href": .text("\($0)/index.html")]) }),
        ])
        guard let html = templates.layouts.render(view, withTemplate: "batch-index.html", library: templates.library) else {
            throw .missingFile("batch-index.html.mustache")
        }
        return Document(path: "index.html", contents: html)
    }
}
