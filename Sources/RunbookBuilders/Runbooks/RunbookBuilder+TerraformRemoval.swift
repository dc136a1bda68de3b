import RunbookCore

extension RunbookBuilder {
    /// The Terraform part of ending a connection (teardown, remove-accounts): `terraform destroy`
    /// where the configuration that made the endpoint lives. The provider deletes the endpoint and
    /// waits until AWS has deleted it (terraform-provider-aws, internal/service/ec2/vpc_endpoint.go:
    /// `waitVPCEndpointDeleted` after `DeleteVpcEndpoints`), and Terraform deletes the group only
    /// after the endpoint that uses it, so the three removal steps are one command.
    struct TerraformRemoval {
        var delete: [Block] = []
        var gone: [Block] = []
        /// The group step's blocks, replacing or following the others'.
        var group: (_ others: [Block]) -> [Block] = { $0 }
    }

    func terraformRemoval(_ input: RunbookInput, _ numbering: StepNumbering) -> TerraformRemoval {
        guard input.awsSteps.showsTerraform else { return TerraformRemoval() }
        let with: [Block] = input.awsSteps.showsConsole ? [.paragraph(Text("terraform.with"))] : []
        let destroyStep = numbering.reference(.deleteEndpoint)
        let command: Text.Argument = .code("terraform destroy")
        // What the create runbook's configuration holds: the endpoint, its rules, and its group
        // unless one was reused; with one IPv4 block (the note says more blocks give more rules).
        let made = TerraformPlan(imports: 0, additions: input.network?.securityGroupID == nil ? 3 : 2, changes: 0)
        // remove-accounts names the configurations it may be, each before its command.
        let what = Text(input.task == .removeAccounts ? "terraform.destroy.which" : "terraform.destroy",
                        ["yes": .code("yes"), "flag": .code(Field.securityGroupID.flag)])
        var delete = with + [.paragraph(what)]
        for (index, folder) in terraformFolders(input).enumerated() {
            if input.task == .removeAccounts {
                delete.append(.paragraph(index == 0 && input.network != nil
                    ? Text("terraform.destroy.add-accounts", ["vpc": .code(input.network?.vpcID ?? ""), "folder": .code(folder)])
                    : Text("terraform.destroy.create", ["folder": .code(folder)])))
            }
            delete += [
                .command(Verbatim(TerraformCLI.destroy(folder))),
                .expectedOutput(Verbatim(made.destroyLine), note: Text("output.terraform.destroy")),
            ]
        }
        var removal = TerraformRemoval(delete: delete, gone: with + [.paragraph(Text("terraform.destroy.waited", ["step": destroyStep, "command": command]))])
        let group: [Block] = with + [.paragraph(input.network?.securityGroupID.map {
            Text("terraform.destroy.reused", ["group": .code($0), "flag": .code(Field.securityGroupID.flag), "step": destroyStep, "command": command])
        } ?? Text("terraform.destroy.group", ["group": .code(AWSCLI.securityGroupName(addon: input.addon)), "step": destroyStep, "command": command]))]
        removal.group = { others in input.awsSteps.showsConsole ? others + group : group }
        return removal
    }

    /// Where the configurations that may hold the endpoint are: the create runbook's; for
    /// remove-accounts with a VPC, first the one add-accounts wrote for that VPC.
    private func terraformFolders(_ input: RunbookInput) -> [String] {
        let create = TerraformCLI.folder(addon: input.addon, "terraform")
        guard input.task == .removeAccounts, let network = input.network else { return [create] }
        return [TerraformCLI.folder(addon: input.addon, "terraform-\(network.vpcID)"), create]
    }

    /// Step 8 with Terraform, before the endpoint id is known: the config var's name comes from the
    /// configuration's output, so nothing is copied by hand. Nil without Terraform.
    func terraformConnectionBlocks(_ input: RunbookInput) -> [Block]? {
        guard input.awsSteps.showsTerraform, input.endpointID == nil,
              let configuration = TerraformBuilder().configuration(for: input) else { return nil }
        let folder = TerraformCLI.folder(addon: input.addon, configuration.folder)
        let placeholder = Verbatim(HerokuCLI.configOutput(configVarName: HerokuCLI.endpointVarPlaceholder))
        let note = Text("output.config.placeholder", ["placeholder": .code("<ENDPOINT_ID>")])
        var blocks: [Block] = [
            .paragraph(Text("step.connect.terraform", ["output": .code("config_var_name")])),
            .command(Verbatim(HerokuCLI.config(app: input.app, matching: TerraformCLI.configVarName(folder)))),
            .expectedOutput(placeholder, note: note),
        ]
        if input.awsSteps.showsConsole {
            blocks += [
                .paragraph(Text("step.connect.terraform.console", ["prefix": .code(HerokuCLI.endpointVarPrefix)])),
                .command(Verbatim(HerokuCLI.config(app: input.app, matching: HerokuCLI.endpointVarPrefix))),
                .expectedOutput(placeholder, note: note),
            ]
        }
        return blocks
    }

    /// Who does the AWS side of ending a connection, and with what.
    func endpointOwnerPrerequisite(_ input: RunbookInput) -> Text {
        // A console-only runbook has no AWS CLI command on its AWS side.
        guard input.awsSteps.showsTerraform else {
            return Text(input.awsSteps.showsCLI && input.network != nil ? "prerequisites.endpoint-owner" : "prerequisites.endpoint-owner.console")
        }
        return Text(input.awsSteps.showsConsole ? "prerequisites.endpoint-owner.console-terraform" : "prerequisites.endpoint-owner.terraform",
                    ["state": .code("terraform.tfstate")])
    }
}
