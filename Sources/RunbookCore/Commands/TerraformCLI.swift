/// The Terraform commands of the runbook and what they print. Each names the configuration's
/// folder with `-chdir` ("Switch to a different working directory before executing the given
/// subcommand", `terraform -help`), relative to the output folder that holds the add-on's folder,
/// so every command runs as printed from there, in any order, in any shell. The outputs were
/// printed here by Terraform 1.11.4 with the AWS provider 5.100.0 against moto.
package enum TerraformCLI {
    /// `kafka-sushi-12345/terraform`: the configuration's folder as the commands name it.
    package static func folder(addon: String, _ configurationFolder: String) -> String {
        "\(addon)/\(configurationFolder)"
    }

    /// The plan file `plan` saves and `apply` applies, inside the configuration's folder: what is
    /// applied is exactly what was reviewed.
    package static let planFile = "tfplan"

    package static func initialize(_ folder: String) -> String { "terraform -chdir=\(folder) init" }
    package static func plan(_ folder: String) -> String { "terraform -chdir=\(folder) plan -out=\(planFile)" }
    package static func apply(_ folder: String) -> String { "terraform -chdir=\(folder) apply \(planFile)" }
    package static func outputs(_ folder: String) -> String { "terraform -chdir=\(folder) output" }
    package static func destroy(_ folder: String) -> String { "terraform -chdir=\(folder) destroy" }

    /// Reads the endpoint again (a refresh-only apply changes nothing in AWS, only Terraform's
    /// record of it) and prints its state.
    package static func refreshedState(_ folder: String) -> String {
        "terraform -chdir=\(folder) apply -refresh-only -auto-approve >/dev/null && terraform -chdir=\(folder) output endpoint_state"
    }

    /// The config var's name, bare (`-raw`), for a command substitution.
    package static func configVarName(_ folder: String) -> String {
        "\"$(terraform -chdir=\(folder) output -raw config_var_name)\""
    }

    /// The line `init` prints once the provider is installed, among lines that vary with the
    /// provider version and the installation method.
    package static let initOutput = "Terraform has been successfully initialized!"

    /// What `terraform output` prints: every output, sorted by name, one `name = "value"` a line.
    package static func outputsOutput(endpointID: VPCEndpointID, state: String) -> String {
        """
        config_var_name = "\(endpointID.configVarName)"
        endpoint_id = "\(endpointID.value)"
        endpoint_state = "\(state)"
        """
    }

    /// `terraform output NAME` of a string: the value in quotes.
    package static func quotedOutput(_ value: String) -> String { "\"\(value)\"" }
}
