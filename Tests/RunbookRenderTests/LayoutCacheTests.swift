import Mustache
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

/// The layout cache must print exactly what swift-mustache prints, whatever the template does with
/// the text: escape it, indent it inside a partial, test it in a section.
@Suite struct LayoutCacheTests {
    static let templates = [
        "page": "{{% CONTENT_TYPE: TEXT}}\n# {{title}}\n{{#items}}\n  {{> item}}\n{{/items}}\n{{^items}}none\n{{/items}}{{#title}}[{{.}}]{{/title}}\n",
        "item": "{{% CONTENT_TYPE: TEXT}}\n- {{text}}\n{{#note}}\n  > {{note}}\n{{/note}}\n",
        "escaped": "<p title=\"{{title}}\">{{{title}}}</p>{{#items}}<i>{{text}}</i>{{/items}}\n",
    ]

    static let views: [MustacheView] = [
        .object(["title": .text("A & B <c>"), "items": .list([
            .object(["text": .text("one\ntwo\n"), "note": .text("")]),
            .object(["text": .text(""), "note": .text("three\n")]),
            .object(["text": .text("four"), "note": .text("five")]),
        ])]),
        .object(["title": .text("same shape, other text"), "items": .list([
            .object(["text": .text("1\n2\n"), "note": .text("")]),
            .object(["text": .text(""), "note": .text("3\n")]),
            .object(["text": .text("'4'"), "note": .text("\"5\"")]),
        ])]),
        .object(["title": .text(""), "items": .list([])]),
    ]

    @Test(arguments: ["page", "escaped"])
    func sameTextAsSwiftMustache(_ template: String) throws {
        var library = MustacheLibrary()
        for (name, text) in Self.templates { try library.register(text, named: name) }
        let cache = LayoutCache()
        for _ in 0..<2 {  // the second round comes from the cache
            for view in Self.views {
                let direct = try #require(library.render(view.mustacheValue, withTemplate: template))
                #expect(cache.render(view, withTemplate: template, library: library) == direct)
            }
        }
    }
}
