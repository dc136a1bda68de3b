import RunbookCore

/// Diagnostics as compiler-style lines in one language:
/// `error: --app "Bad_App": must be … (example: privatelink-vpc-endpoint-demo) [app.pattern]`.
public struct DiagnosticFormatter: Sendable {
    public let catalog: Catalog

    public init(catalog: Catalog) {
        self.catalog = catalog
    }

    public func line(_ diagnostic: Diagnostic) -> String {
        let values = [
            "flag": diagnostic.field.flag,
            "value": diagnostic.value.map(\.quotedForTerminal) ?? "",
            "message": message(diagnostic),
            "example": diagnostic.example,
            "rule": diagnostic.rule,
        ]
        return catalog.format(diagnostic.value == nil ? "diagnostic.missing" : "diagnostic.value", values)
    }

    /// The explanation alone, without flag, value or example.
    public func message(_ diagnostic: Diagnostic) -> String {
        catalog.format(Self.messageKey(diagnostic), diagnostic.details)
    }

    /// The catalog key of a diagnostic's explanation: rules shared by several fields share their message.
    package static func messageKey(_ diagnostic: Diagnostic) -> String {
        let shared = diagnostic.rule.split(separator: ".").last.map(String.init) ?? ""
        return switch shared {
        case "characters": "characters.\(diagnostic.details["kind"] ?? "")"
        case "duplicate", "needs-vpc": "rule.\(shared)"
        default: "rule.\(diagnostic.rule)"
        }
    }

    /// "1 problem found", "2 problems found": the catalog has a sentence for one and one for more.
    public func summary(count: Int) -> String {
        catalog.format(Text.key("diagnostic.summary", agreeingWith: count), ["count": String(count)])
    }
}
