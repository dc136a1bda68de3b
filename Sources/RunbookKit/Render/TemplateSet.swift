import Foundation
import Mustache

/// The templates, stylesheet and catalogs the renderers use: built into the binary, or read from a
/// folder given with `--templates` (a file there replaces the built-in file of the same name).
public struct TemplateSet: Sendable {
    private let files: [String: String]

    /// The templates compiled into the binary from the package's Templates/ folder.
    public static let embedded = TemplateSet(files: EmbeddedTemplates.files)

    init(files: [String: String]) {
        self.files = files
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
        return TemplateSet(files: files)
    }

    func text(_ name: String) throws(TemplateError) -> String {
        guard let text = files[name] else { throw .missingFile(name) }
        return text
    }

    /// Mustache templates by name (file name without `.mustache`), so they can include each other.
    func library() throws(TemplateError) -> MustacheLibrary {
        var library = MustacheLibrary()
        for (name, text) in files where name.hasSuffix(".mustache") {
            do {
                try library.register(text, named: String(name.dropLast(".mustache".count)))
            } catch {
                throw .invalidTemplate(name, String(describing: error))
            }
        }
        return library
    }

    /// The catalog of `language`, checked to hold every sentence the built-in English one has.
    public func catalog(_ language: Language) throws(TemplateError) -> Catalog {
        let catalog = try Catalog(language: language, json: text("locales/\(language.rawValue).json"))
        let required = try Catalog(language: .en, json: EmbeddedTemplates.files["locales/en.json"] ?? "{}").keys
        let missing = required.subtracting(catalog.keys).sorted()
        guard missing.isEmpty else { throw .missingCatalogKeys(language.rawValue, missing) }
        return catalog
    }
}
