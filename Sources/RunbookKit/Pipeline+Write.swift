import Foundation
import RunbookCore

extension Pipeline {
    /// Generates the documents and writes the add-on's folder under `root` all or nothing
    /// (`OutputWriter`), with an index that links the runbooks written there before too. Throws
    /// `TemplateError` or `OutputError`.
    public func write(_ input: RunbookInput, languages: [Language], formats: [Format], to root: URL) throws -> [URL] {
        let runbooks = try documents(for: input, languages: languages, formats: formats)
        return try OutputWriter().replaceFolder(input.addon, in: root, with: runbooks) { existing in
            [try index(addon: input.addon, runbooks: runbooks, alongside: existing)]
        }
    }
}
