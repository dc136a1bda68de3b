import RunbookCore

/// A kind of document that is the same in every language, written once per runbook beside its
/// runbooks (a Terraform configuration's files).
public protocol NeutralDocumentRenderer {
    /// The documents for `runbook`, named under the add-on's folder; none when it has nothing of this kind.
    func documents(for runbook: Runbook) -> [Document]
}

/// The Terraform configuration's files, `<addon>/<folder>/versions.tf` and the rest.
public struct TerraformFiles: NeutralDocumentRenderer {
    let renderer: HCLRenderer

    public init(templates: TemplateSet) {
        renderer = HCLRenderer(templates: templates)
    }

    public func documents(for runbook: Runbook) -> [Document] {
        guard let configuration = runbook.infrastructure else { return [] }
        return configuration.files.map {
            Document(path: "\(runbook.addon)/\(configuration.folder)/\($0.name)", contents: renderer.render($0.body))
        }
    }
}

extension TemplateSet {
    /// Every kind of document written once per runbook, in the order they are written.
    public var neutralRenderers: [any NeutralDocumentRenderer] { [TerraformFiles(templates: self)] }
}
