extension Pipeline {
    /// The Terraform configuration's files, `<addon>/<folder>/versions.tf` and the rest, rendered in
    /// memory; none when the runbook gives no Terraform path (or, for teardown and remove-accounts,
    /// destroys with the configuration an earlier runbook wrote). The same for every language.
    public func terraformDocuments(for input: RunbookInput) -> [Document] {
        guard let configuration = TerraformBuilder(rules: rules).configuration(for: input) else { return [] }
        let renderer = HCLRenderer(templates: templates)
        return configuration.files.map {
            Document(path: "\(input.addon)/\(configuration.folder)/\($0.name)", contents: renderer.render($0.body))
        }
    }
}
