import RunbookCore

extension RunbookBuilder {
    /// The AWS side of ending a connection: delete the VPC endpoint, wait until it is gone, delete
    /// the security group the create runbook made (never a reused one). `next` is the step after them.
    func removalSteps(_ input: RunbookInput, _ numbering: StepNumbering, next: Text.Argument?) -> [Step] {
        let cli = input.awsSteps.showsCLI ? input.network : nil
        let intro = input.endpointID.map { Text("step.delete-endpoint.intro.\(input.task.rawValue)", ["endpoint": .code($0.value)]) }
            ?? Text("step.delete-endpoint.intro.\(input.task.rawValue).unknown")
        var delete: [Block] = [.paragraph(intro)]
        if input.awsSteps.showsConsole {
            delete.append(.numberedList([
                input.endpointID.map { Text("console.endpoint.select", ["endpoint": .code($0.value)]) }
                    ?? Text("console.delete-endpoint.find", ["service": input.serviceName.map { .code($0) }
                        ?? .placeholder(Text("placeholder.service-name.status"))]),
                Text("console.delete-endpoint.delete", ["confirm": .code("delete")]),
            ]))
        }
        var gone: [Block] = [.paragraph(Text("step.endpoint-gone.intro"))]
        if input.awsSteps.showsConsole {
            gone.append(.paragraph(Text("console.endpoint-gone", ["deleting": .code("Deleting"), "deleted": .code("Deleted")])))
        }
        if let network = cli, let id = input.endpointID {
            delete += [
                .paragraph(Text("cli.intro")),
                .command(AWSCLI.deleteEndpoint(id, vpc: network.vpcID, region: input.region)),
                .expectedOutput(AWSCLI.deleteEndpointOutput(id), note: Text("output.delete-endpoint")),
            ]
            let after = next ?? numbering.reference(.deleteGroup)
            gone += [
                .paragraph(Text("cli.endpoint-gone", ["seconds": .plain(String(AWSCLI.pollSeconds)), "minutes": .plain(String(AWSCLI.pollMinutes))])),
                .command(AWSCLI.waitForEndpointGone(region: input.region, nextStep: after)),
                .expectedOutput(AWSCLI.waitForEndpointGoneOutput(nextStep: after), note: Text("output.endpoint-gone")),
            ]
        }
        let terraform = terraformRemoval(input, numbering)
        return [
            numbering.step(.deleteEndpoint, delete + terraform.delete),
            numbering.step(.endpointGone, gone + terraform.gone),
            numbering.step(.deleteGroup, terraform.group(deleteGroupBlocks(input, cli))),
        ]
    }

    private func deleteGroupBlocks(_ input: RunbookInput, _ cli: AWSNetwork?) -> [Block] {
        if let reused = input.network?.securityGroupID {
            return [.paragraph(Text("step.delete-group.reused", ["group": .code(reused), "flag": .code(Field.securityGroupID.flag),
                                                                 "ports": .code(HerokuCLI.brokerPortsText)]))]
        }
        let name = AWSCLI.securityGroupName(addon: input.addon)
        var blocks: [Block] = [.paragraph(Text("step.delete-group.intro", ["group": .code(name)]))]
        if input.awsSteps.showsConsole {
            blocks.append(.numberedList([
                Text("console.security-group.find", ["group": .code(name)]),
                Text("console.delete-group.delete", ["error": .code("DependencyViolation"), "confirm": .code("delete")]),
            ]))
        }
        if let network = cli {
            blocks += [
                .paragraph(Text("cli.intro")),
                .command(AWSCLI.deleteSecurityGroup(network, addon: input.addon, region: input.region)),
                .expectedOutput(AWSCLI.deleteSecurityGroupOutput(addon: input.addon), note: Text("output.delete-group")),
            ]
        }
        return blocks
    }
}
