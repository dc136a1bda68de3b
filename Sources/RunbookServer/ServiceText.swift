import Foundation
import RunbookKit

/// The sentences of one language: the service's own (`Templates/server/locales/*.json`: the pages'
/// labels, hints and error sentences) and the runbook's (field names, rule messages), so that the
/// pages and the problems speak the language the client asked for.
struct ServiceText: Sendable {
    let language: Language
    /// The runbook's catalog: field names, rule messages (`validate`'s words).
    let runbook: Catalog
    private let service: Catalog

    func format(_ key: String, _ values: [String: String] = [:]) -> String {
        service.format(key, values)
    }

    /// Both languages, read once; the built-in catalogs are checked by the tests, so failing here
    /// is a build defect.
    static func catalogs(templates: TemplateSet) -> [Language: ServiceText] {
        var texts: [Language: ServiceText] = [:]
        for language in Language.allCases {
            let json = EmbeddedTemplates.files["server/locales/\(language.rawValue).json"] ?? "{}"
            guard let service = try? Catalog(serviceLanguage: language, json: json) else {
                fatalError("server/locales/\(language.rawValue).json is not a JSON object of strings")
            }
            texts[language] = ServiceText(language: language, runbook: templates.catalog(language), service: service)
        }
        return texts
    }

    /// The keys of a built-in service catalog, for the test that both languages have every sentence.
    static func keys(_ language: Language) -> Set<String> {
        let json = EmbeddedTemplates.files["server/locales/\(language.rawValue).json"] ?? "{}"
        let object = (try? JSONSerialization.jsonObject(with: Data(json.utf8))) as? [String: String]
        return Set(object?.keys ?? [:].keys)
    }
}
