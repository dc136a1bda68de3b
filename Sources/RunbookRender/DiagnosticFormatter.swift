import RunbookCore

/// Diagnostics as compiler-style lines in one language:
/// `error: --app "Bad_App": must be … (example: privatelink-vpc-endpoint-demo) [app.pattern]`.
public struct DiagnosticFormatter: Sendable {
    public let catalog: Catalog
    /// How the input was given, and so how a field is named and a correction worded.
    public let source: InputSource

    /// Where the values came from.
    public enum InputSource: Sendable {
        /// Flags (`--aws-account-id`).
        case commandLine
        /// A batch file's columns or a JSON object's properties (`awsAccountIds`).
        case properties
    }

    public init(catalog: Catalog, source: InputSource = .commandLine) {
        self.catalog = catalog
        self.source = source
    }

    /// The field as the user wrote it: its flag, or its property name.
    public func name(of field: Field) -> String {
        source == .commandLine ? field.flag : field.jsonKey
    }

    public func line(_ diagnostic: Diagnostic) -> String {
        let values = [
            "flag": name(of: diagnostic.field),
            "value": diagnostic.value.map(\.quotedForTerminal) ?? "",
            "message": message(diagnostic),
            "example": diagnostic.example,
            "rule": diagnostic.rule.description,
        ]
        return catalog.format(diagnostic.value == nil ? "diagnostic.missing" : "diagnostic.value", values)
    }

    /// The explanation alone, without flag, value or example. A list of choices is joined the
    /// language's way (`rules.separator`). Values given as properties get the wording of a
    /// correction made there (`rule.aws-account-id.list.properties`), where one differs.
    public func message(_ diagnostic: Diagnostic) -> String {
        var details = diagnostic.details
        if let choices = details["choices"] {
            details["choices"] = choices.split(separator: Diagnostic.choiceSeparator).joined(separator: catalog.format("rules.separator"))
        }
        let key = diagnostic.rule.messageKey(details: details)
        if source == .properties, catalog.contains(key + ".properties") {
            return catalog.format(key + ".properties", details)
        }
        return catalog.format(key, details)
    }

    /// "1 problem found", "2 problems found": the catalog has a sentence for one and one for more.
    public func summary(count: Int) -> String {
        catalog.format(Text.key("diagnostic.summary", agreeingWith: count), ["count": String(count)])
    }
}
