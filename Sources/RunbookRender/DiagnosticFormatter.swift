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
            "rule": diagnostic.rule.description,
        ]
        return catalog.format(diagnostic.value == nil ? "diagnostic.missing" : "diagnostic.value", values)
    }

    /// The explanation alone, without flag, value or example. A list of choices is joined the
    /// language's way (`rules.separator`).
    public func message(_ diagnostic: Diagnostic) -> String {
        var details = diagnostic.details
        if let choices = details["choices"] {
            details["choices"] = choices.split(separator: Diagnostic.choiceSeparator).joined(separator: catalog.format("rules.separator"))
        }
        return catalog.format(diagnostic.rule.messageKey(details: details), details)
    }

    /// "1 problem found", "2 problems found": the catalog has a sentence for one and one for more.
    public func summary(count: Int) -> String {
        catalog.format(Text.key("diagnostic.summary", agreeingWith: count), ["count": String(count)])
    }
}
