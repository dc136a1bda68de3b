import RunbookCore
import RunbookRender

extension Catalog {
    /// A catalog of the service's own sentences (`Templates/server/locales/*.json`), read like the
    /// runbook's: `{name}` slots, one JSON object of strings.
    public init(serviceLanguage language: Language, json: String) throws(TemplateError) {
        try self.init(language: language, json: json)
    }
}
