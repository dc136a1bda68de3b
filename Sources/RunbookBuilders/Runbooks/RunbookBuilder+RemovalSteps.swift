import RunbookCore

extension RunbookBuilder {
    /// The AWS side of ending a connection: delete the VPC endpoint, wait until it is gone, delete
    /// the security group the create runbook made (never a reused one). Every reference to another
    /// step comes from the numbering; the wait sends the reader to the step after it.
    func removalSteps(_ input: RunbookInput, _ numbering: StepNumbering) -> [Step] {
        let cli = input.awsSteps.showsCLI ? input.network : nil
        let place = cli.map { DeletionPlace(vpc: $0.vpcID, region: input.region, account: endpointOwner(input)?.id) }
        let span: Text.Arguments = ["from": numbering.reference(.deleteEndpoint), "to": numbering.reference(.deleteGroup)]
        var delete: [Block] = [.paragraph(deleteIntro(input, numbering, span))]
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
        if let place, let id = input.endpointID {
            delete += [
                .paragraph(Text("cli.intro")),
                .paragraph(place.account.map { place.sentence("cli.delete.place", ["account": .code($0), "vpc": .code(place.vpc)]) }
                    ?? place.sentence("cli.delete.place.any-account", ["vpc": .code(place.vpc)])),
                .command(AWSCLI.deleteEndpoint(id, place: place, connectionsStep: numbering.reference(.connections))),
                .expectedOutput(AWSCLI.deleteEndpointOutput(id, place: place),
                                note: Text(place.account == nil ? "output.delete-endpoint.any-account" : "output.delete-endpoint")),
            ]
            let after = numbering.reference(.deleteGroup)
            gone += [
                .paragraph(Text("cli.endpoint-gone", ["seconds": .plain(String(AWSCLI.pollSeconds)), "minutes": .plain(String(AWSCLI.pollMinutes))])),
                .command(AWSCLI.waitForEndpointGone(region: input.region, deleteStep: numbering.reference(.deleteEndpoint), nextStep: after)),
                .expectedOutput(AWSCLI.waitForEndpointGoneOutput(nextStep: after),
                                note: Text("output.endpoint-gone", ["none": .code("None"), "step": numbering.reference(.deleteEndpoint)])),
            ]
        }
        let terraform = terraformRemoval(input, numbering)
        return [
            numbering.step(.deleteEndpoint, delete + terraform.delete),
            numbering.step(.endpointGone, gone + terraform.gone),
            numbering.step(.deleteGroup, terraform.group(deleteGroupBlocks(input, numbering, place))),
        ]
    }

    /// The account that owns the endpoint to delete, where the input names it: the one account
    /// removed (its endpoint), or for teardown the one account given (only an allowed account
    /// can connect an endpoint to the service). With several, the runbook cannot tell which.
    func endpointOwner(_ input: RunbookInput) -> AWSAccount? {
        input.accounts.count == 1 ? input.accounts[0] : nil
    }

    private func deleteIntro(_ input: RunbookInput, _ numbering: StepNumbering, _ span: Text.Arguments) -> Text {
        let task = input.task.rawValue
        if input.task == .removeAccounts, input.accounts.count > 1 {
            return Text("step.delete-endpoint.intro.remove-accounts.several", span.merging(["step": numbering.reference(.connections)]) { $1 })
        }
        return input.endpointID.map { Text("step.delete-endpoint.intro.\(task)", span.merging(["endpoint": .code($0.value)]) { $1 }) }
            ?? Text("step.delete-endpoint.intro.\(task).unknown", span)
    }

    private func deleteGroupBlocks(_ input: RunbookInput, _ numbering: StepNumbering, _ place: DeletionPlace?) -> [Block] {
        if let reused = input.network?.securityGroupID {
            return [.paragraph(Text("step.delete-group.reused", ["group": .code(reused), "flag": .code(Field.securityGroupID.flag),
                                                                 "ports": .code(HerokuCLI.brokerPortsText)]))]
        }
        let name = AWSCLI.securityGroupName(addon: input.addon)
        let endpointSteps = (from: numbering.reference(.deleteEndpoint), to: numbering.reference(.endpointGone))
        var blocks: [Block] = [.paragraph(Text("step.delete-group.intro", ["group": .code(name)]))]
        if input.awsSteps.showsConsole {
            blocks.append(.numberedList([
                Text("console.security-group.find", ["group": .code(name)]),
                Text("console.delete-group.delete", ["error": .code("DependencyViolation"), "confirm": .code("delete"), "step": endpointSteps.to]),
            ]))
        }
        if let place {
            blocks += [
                .paragraph(Text("cli.intro")),
                .paragraph(Text("cli.delete-group", ["group": .code(name), "vpc": .code(place.vpc), "type": .code("vpc_endpoint")])),
                .command(AWSCLI.deleteSecurityGroup(addon: input.addon, place: place, endpointSteps: endpointSteps)),
                .expectedOutput(AWSCLI.deleteSecurityGroupOutput(addon: input.addon, place: place), note: Text("output.delete-group")),
            ]
        }
        return blocks
    }
}
