import RunbookCore

/// A problem with the templates or catalogs, embedded or given with `--templates`.
public enum TemplateError: Error, Equatable, Sendable {
    case unreadableDirectory(String)
    case missingFile(String)
    case invalidTemplate(String, String)
    case invalidCatalog(String, String)
    case missingCatalogKeys(String, [String])
    /// The Markdown template produced a different number of headings than the runbook has anchors.
    case headingMismatch(expected: Int, found: Int)

    public var description: String {
        switch self {
        case .unreadableDirectory(let path): "cannot read the templates folder \(path)"
        case .missingFile(let name): "template file \(name) is missing"
        case .invalidTemplate(let name, let reason): "template \(name) does not parse: \(reason)"
        case .invalidCatalog(let name, let reason): "catalog locales/\(name).json is invalid: \(reason)"
        case .missingCatalogKeys(let name, let keys):
            "catalog locales/\(name).json lacks \(keys.count) key(s): \(keys.prefix(5).joined(separator: ", "))"
        case .headingMismatch(let expected, let found):
            "the Markdown template printed \(found) headings where the runbook has \(expected)"
        }
    }
}
