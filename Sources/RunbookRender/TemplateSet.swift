import Foundation
import Mustache
import RunbookCore

/// The templates, stylesheet and catalogs the renderers use: built into the binary, or read from a
/// folder given with `--templates` (a file there replaces the built-in file of the same name).
/// Everything is parsed and checked once, when the set is made, so a broken template is reported
/// before anything is rendered.
public struct TemplateSet: Sendable {
    private let files: [String: String]
    /// Mustache templates by name (file name without `.mustache`), so they can include each other.
    let library: MustacheLibrary
    private let catalogs: [Language: Catalog]
    /// Layouts already rendered, shared by every renderer of this set (see `LayoutCache`).
    let layouts = LayoutCache()
    /// The Content-Security-Policy of a runbook page and of the index, hashed once per set rather
    /// than once per page.
    let pagePolicy: String
    let indexPolicy: String

    /// The templates compiled into the binary from the package's Templates/ folder; the tests
    /// check that they parse, so failing here is a build defect, not bad input.
    public static let embedded: TemplateSet = {
        do { return try TemplateSet(files: EmbeddedTemplates.files) } catch {
            fatalError("the built-in templates are invalid: \(error)")
        }
    }()

    package init(files: [String: String]) throws(TemplateError) {
        self.files = files
        var library = MustacheLibrary()
        for (name, text) in files where name.hasSuffix(".mustache") {
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw .invalidTemplate(name, String(describing: error))
            }
        }
        self.library = library
        let stylesheet = files["page.css"] ?? "", script = files["page.js"] ?? ""
        pagePolicy = ContentSecurityPolicy.allowing(styles: [stylesheet], scripts: [script])
        indexPolicy = ContentSecurityPolicy.allowing(styles: [stylesheet])
        // Every language must hold every sentence the built-in English catalog has.
        let required = try Catalog(language: .en, json: EmbeddedTemplates.files["locales/en.json"] ?? "{}").keys
        var catalogs: [Language: Catalog] = [:]
        for language in Language.allCases {
            let name = "locales/\(language.rawValue).json"
            guard let json = files[name] else { throw .missingFile(name) }
            let catalog = try Catalog(language: language, json: json)
            let missing = required.subtracting(catalog.keys).sorted()
            guard missing.isEmpty else { throw .missingCatalogKeys(language.rawValue, missing) }
            catalogs[language] = catalog
        }
        self.catalogs = catalogs
    }

    /// The built-in templates with every file found under `directory` in place of its namesake.
    public static func overriding(with directory: URL) throws(TemplateError) -> TemplateSet {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw .unreadableDirectory(directory.path)
        }
        var files = EmbeddedTemplates.files
        for name in files.keys {
            let url = directory.appendingPathComponent(name)
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { throw .missingFile(url.path) }
            files[name] = text
        }
        return try TemplateSet(files: files)
    }

    func text(_ name: String) throws(TemplateError) -> String {
        guard let text = files[name] else { throw .missingFile(name) }
        return text
    }

    /// The sentences of `language`.
    public func catalog(_ language: Language) -> Catalog {
        catalogs[language]!  // made for every language in init
    }
}
