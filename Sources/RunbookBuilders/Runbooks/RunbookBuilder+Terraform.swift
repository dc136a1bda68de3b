import RunbookCore

extension RunbookBuilder {
    /// The AWS side's steps with Terraform (create and add-accounts): the step of the security
    /// group plans the configuration, the step of the endpoint applies it and reads its outputs.
    /// Beside the console (`console+terraform`) each step gives the console's way first; alone,
    /// the two steps are titled for what they do, and keep their numbers and places.
    func terraformSteps(_ input: RunbookInput, _ numbering: StepNumbering) -> [Step] {
        let group = securityGroupStep(input, numbering), endpoint = endpointStep(input, numbering)
        // The rules ask for what a configuration needs; without it there is nothing to add.
        guard let configuration = TerraformBuilder().configuration(for: input) else { return [group, endpoint] }
        let folder = TerraformCLI.folder(addon: input.addon, configuration.folder)
        let plan = terraformPlanBlocks(configuration, folder: folder, input)
        let apply = terraformApplyBlocks(configuration, folder: folder, input, numbering)
        let together: Block = .paragraph(Text("terraform.together", ["step": numbering.reference(.endpoint)]))
        guard input.awsSteps.showsConsole else {
            let ports: Text.Argument = .code(HerokuCLI.brokerPortsText)
            return [
                numbering.step(.securityGroup, [.paragraph(Text("step.security-group.intro", ["ports": ports])), together] + plan,
                               title: Text("step.terraform.plan.title")),
                numbering.step(.endpoint, apply, title: Text("step.terraform.apply.title")),
            ]
        }
        let with: Block = .paragraph(Text("terraform.with"))
        return [
            Step(id: group.id, number: group.number, title: group.title, blocks: group.blocks + [with, together] + plan),
            Step(id: endpoint.id, number: endpoint.number, title: endpoint.title, blocks: endpoint.blocks + [with] + apply),
        ]
    }

    /// The opening paragraph of the AWS side when Terraform is one of its ways; nil otherwise.
    func terraformIntro(_ input: RunbookInput, accountStep: Text.Argument?) -> Block? {
        guard input.awsSteps.showsTerraform else { return nil }
        let mode = input.awsSteps.showsConsole ? "console-terraform" : "terraform"
        let folders: Text.Arguments = ["addon": .code(input.addon), "flag": .code("--output"), "output": .code("Output"),
                                                "chdir": .code("-chdir")]
        guard let accountStep else { return .paragraph(Text("aws.intro.delete.\(mode)", folders)) }
        return .paragraph(Text("aws.intro.\(mode)", folders.merging(["step": accountStep]) { $1 }))
    }

    /// What the reader needs for the AWS side when it goes through Terraform; nil otherwise.
    func terraformPrerequisite(_ input: RunbookInput) -> Text? {
        guard input.awsSteps.showsTerraform else { return nil }
        let version = input.endpointID == nil ? TerraformConfiguration.baseVersion : TerraformConfiguration.importVersion
        return Text(input.awsSteps.showsConsole ? "prerequisites.console-terraform" : "prerequisites.terraform",
                    ["version": .plain(version.description), "provider": .code("hashicorp/aws \(TerraformConfiguration.providerConstraint)")])
    }

    /// The files, `init`, and a `plan` saved for the next step.
    private func terraformPlanBlocks(_ configuration: TerraformConfiguration, folder: String, _ input: RunbookInput) -> [Block] {
        let ports: Text.Argument = .code(HerokuCLI.brokerPortsText)
        let main = configuration.managedGroupName.map { Text("terraform.file.main", ["file": .code("main.tf"), "group": .code($0), "ports": ports]) }
            ?? Text("terraform.file.main.reused", ["file": .code("main.tf"), "group": .code(input.network?.securityGroupID ?? ""), "ports": ports])
        var files = [
            Text("terraform.file.versions", ["file": .code("versions.tf"), "version": .plain(configuration.requiredVersion.description),
                                             "provider": .code("hashicorp/aws \(TerraformConfiguration.providerConstraint)")]),
            Text("terraform.file.variables", ["file": .code("variables.tf")]),
            main,
        ]
        if let endpoint = input.endpointID {
            files.append(Text("terraform.file.import", ["endpoint": .code(endpoint.value)]))
        }
        files += [
            Text("terraform.file.outputs", ["file": .code("outputs.tf")]),
            Text("terraform.file.tfvars", ["file": .code("terraform.tfvars")]),
        ]
        return [
            .paragraph(Text("terraform.files", ["folder": .code(folder + "/")])),
            .bulletList(files),
            .note(Text("terraform.state", ["state": .code("terraform.tfstate")])),
            .paragraph(Text("terraform.init", ["version": .plain(configuration.requiredVersion.description)])),
            .command(Verbatim(TerraformCLI.initialize(folder))),
            .expectedOutput(Verbatim(TerraformCLI.initOutput), note: Text("output.terraform.init")),
            .paragraph(Text("terraform.plan", ["file": .code(TerraformCLI.planFile)])),
            .command(Verbatim(TerraformCLI.plan(folder))),
            .expectedOutput(Verbatim(configuration.plan.summaryLine), note: planNote(configuration, input)),
        ]
    }

    /// What the plan's summary counts, and what makes the counts differ.
    private func planNote(_ configuration: TerraformConfiguration, _ input: RunbookInput) -> Text {
        let rules = input.network?.cidr.map { Text("output.terraform.rules.cidr", ["cidr": .code($0)]) } ?? Text("output.terraform.rules.lookup")
        let key = (input.endpointID == nil ? "output.terraform.plan" : "output.terraform.plan.import")
            + (configuration.managedGroupName == nil ? ".reused" : "")
        return Text(key, [
            "group": .code(configuration.managedGroupName ?? input.network?.securityGroupID ?? ""),
            "endpoint": .code(input.endpointID?.value ?? ""), "rules": .sentence(rules),
        ])
    }

    /// `apply` of the saved plan, the outputs, and the endpoint's state read again until Heroku accepts it.
    private func terraformApplyBlocks(_ configuration: TerraformConfiguration, folder: String, _ input: RunbookInput,
                                      _ numbering: StepNumbering) -> [Block] {
        let states: Text.Arguments = ["pending": .code("pendingAcceptance"), "available": .code("available"),
                                               "rejected": .code("rejected")]
        let endpoint = input.endpointID ?? VPCEndpointID(value: AWSCLI.exampleEndpointID)
        return [
            .paragraph(Text("terraform.apply", ["step": numbering.reference(.securityGroup), "file": .code(TerraformCLI.planFile)])),
            .command(Verbatim(TerraformCLI.apply(folder))),
            .expectedOutput(Verbatim(configuration.plan.applyLine), note: Text("output.terraform.apply")),
            .paragraph(Text("terraform.outputs")),
            .command(Verbatim(TerraformCLI.outputs(folder))),
            .expectedOutput(Verbatim(TerraformCLI.outputsOutput(endpointID: endpoint, state: input.endpointID == nil ? "pendingAcceptance" : "available")),
                            note: Text(input.endpointID == nil ? "output.terraform.outputs" : "output.terraform.outputs.existing", states)),
            .paragraph(Text("terraform.state-wait", states)),
            .command(Verbatim(TerraformCLI.refreshedState(folder))),
            .expectedOutput(Verbatim(TerraformCLI.quotedOutput("available")),
                            note: Text("output.terraform.state", states.merging(["step": accountsStep(input, numbering)]) { $1 })),
        ]
    }

    /// The step that shows the accounts Heroku allows: the service name's step in create, the
    /// step that checks them in add-accounts.
    private func accountsStep(_ input: RunbookInput, _ numbering: StepNumbering) -> Text.Argument {
        numbering.reference(input.task == .create ? .serviceName : .accessActive)
    }
}
