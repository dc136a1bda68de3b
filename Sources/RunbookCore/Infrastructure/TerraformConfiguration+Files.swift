/// One file of a configuration: its name in the configuration's folder, and its HCL.
public struct TerraformFile: Sendable, Equatable {
    public let name: String
    public let body: HCLBody
}

extension TerraformConfiguration {
    /// The files in the order they are written: the versions it accepts, its inputs, what it
    /// reads and makes, what it prints, and the customer's values. Each opens with the same note
    /// as the runbook: generated, to be generated again rather than edited.
    public var files: [TerraformFile] {
        [
            TerraformFile(name: "versions.tf", body: withHeader([.block(versionsBlock)])),
            TerraformFile(name: "variables.tf", body: withHeader(separated(variables.map(declaration)))),
            TerraformFile(name: "main.tf", body: withHeader(separated(mainItems))),
            TerraformFile(name: "outputs.tf", body: withHeader(separated(outputs.map(declaration)))),
            TerraformFile(name: "terraform.tfvars", body: withHeader(variables.map { .attribute($0.name, $0.value) })),
        ]
    }

    private func withHeader(_ items: [HCLItem]) -> HCLBody {
        HCLBody([.comment(Text("preface.generated", ["addon": .code(addon)])), .blankLine] + items)
    }

    /// Blocks one blank line apart, as Terraform's own examples and `terraform fmt` keep them.
    private func separated(_ blocks: [HCLBlock]) -> [HCLItem] {
        Array(blocks.map { [HCLItem.block($0), .blankLine] }.joined().dropLast())
    }

    private var versionsBlock: HCLBlock {
        HCLBlock("terraform", [], [
            .attribute("required_version", .literal(">= \(requiredVersion)")),
            .blankLine,
            .block(HCLBlock("required_providers", [], [
                .attribute("aws", .object([
                    HCLAttribute("source", .literal("hashicorp/aws")),
                    HCLAttribute("version", .literal(TerraformConfiguration.providerConstraint)),
                ])),
            ])),
        ])
    }

    private func declaration(_ variable: TerraformVariable) -> HCLBlock {
        var items: [HCLItem] = [
            .attribute("description", .string(HCLTemplate([.sentence(Text("terraform.variable", [
                "field": .sentence(Text("field.\(variable.field.rawValue)")), "flag": .code(variable.field.flag),
            ]))]))),
            .attribute("type", .expression(variable.type)),
        ]
        for validation in variable.validations {
            items += [.blankLine, .block(HCLBlock("validation", [], [
                .attribute("condition", .expression(validation.condition)),
                .attribute("error_message", .string(HCLTemplate([.diagnostic(validation.rule)]))),
            ]))]
        }
        return HCLBlock("variable", [variable.name], items)
    }

    private func declaration(_ output: TerraformOutput) -> HCLBlock {
        HCLBlock("output", [output.name], [
            .attribute("description", .string(HCLTemplate([.sentence(output.description)]))),
            .attribute("value", output.value),
        ])
    }

    /// The provider, then what it computes, reads, makes, and adopts, each import just before the
    /// resource it fills.
    private var mainItems: [HCLBlock] {
        let provider = HCLBlock("provider", ["aws"], [.attribute("region", .expression("local.region"))])
        let locals = HCLBlock("locals", [], self.locals.map { .attribute($0.name, $0.value) })
        var blocks = [provider, locals] + dataSources
        for resource in resources {
            let address = resource.labels.joined(separator: ".")
            blocks += imports.filter { $0.address == address }.map { adopted in
                HCLBlock("import", [], [.attribute("to", .expression(adopted.address)), .attribute("id", adopted.id)])
            }
            blocks.append(resource)
        }
        return blocks
    }
}
