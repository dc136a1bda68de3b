import Foundation
import Testing

/// With `--endpoint-id`, the AWS CLI steps check the endpoint that exists instead of assuming it.
/// Part of the AWS CLI suite, which runs its tests one at a time against the one emulator.
extension AWSCLIScriptTests {
    @Test func anEndpointWhoseGroupLacksTheRuleGetsTheRunbooksGroup() throws {
        let language = "en"
        let fixture = try AWSFixture.make()
        let bare = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "app", "--description", "no broker rule",
                                        "--vpc-id", fixture.vpc, "--query", "GroupId", "--output", "text"])
        let endpointID = try AWSEmulator.aws([
            "ec2", "create-vpc-endpoint", "--vpc-endpoint-type", "Interface", "--vpc-id", fixture.vpc, "--service-name", fixture.serviceName,
            "--subnet-ids"] + fixture.subnets + ["--security-group-ids", bare, "--query", "VpcEndpoint.VpcEndpointId", "--output", "text"])
        let commands = RunbookCommands(markdown: try fixture.runbook(language: language, extra: ["--endpoint-id", endpointID]))
            .withoutHeroku.map(\.command)
        let run = try AWSEmulator.runScript(commands)
        #expect(run.status == 0, "\(run.stderr)")

        let endpoints = try fixture.endpoints()
        #expect(endpoints.map { $0["VpcEndpointId"] as? String } == [endpointID], "exactly the one endpoint, no second one")
        let attached = Set((endpoints.first?["Groups"] as? [[String: Any]] ?? []).compactMap { $0["GroupId"] as? String })
        let allowing = try fixture.securityGroups().filter { AWSFixture.brokerBlocks(of: $0) == ["10.42.0.0/16"] }
        #expect(allowing.count == 1)
        #expect(attached.contains(allowing.first?["GroupId"] as? String ?? "?"), "a group of the endpoint allows TCP 10000-11000 from the VPC")
        #expect(attached.contains(bare), "the endpoint's own group stays")
        #expect(run.outputs.joined().contains("\navailable\n"))
    }

    @Test(arguments: ["ja", "en"])
    func anEndpointThatDoesNotExistStopsWithTheReason(_ language: String) throws {
        let fixture = try AWSFixture.make()
        let missing = "vpce-0123456789abcdef0"
        let commands = RunbookCommands(markdown: try fixture.runbook(language: language, extra: ["--endpoint-id", missing]))
            .withoutHeroku.map(\.command)
        let run = try AWSEmulator.runScript(commands)
        #expect(run.status != 0)
        let reason = language == "ja"
            ? "VPC エンドポイント \(missing) が見つかりません。ID、AWS CLI がアドオンと同じリージョンを使っているか"
            : "The VPC endpoint \(missing) was not found. Check the id, that the AWS CLI uses the region of the add-on"
        #expect(run.stderr.contains(reason), "\(run.stderr)")
        #expect(try fixture.endpoints().isEmpty, "nothing was created in its place")
    }

    /// A deleted endpoint stays listed for a while with State `deleted` (facts file, section 8):
    /// given as `--endpoint-id`, it stops the first check, before a group is attached to it, in
    /// create and add-accounts alike, however the blocks are run.
    @Test(arguments: ["create", "add-accounts"])
    func aDeletedEndpointStopsTheFirstCheck(_ task: String) throws {
        for (shell, mode) in [("bash", ShellPaste.Mode.errexit)] + ShellPaste.available.map({ ($0, ShellPaste.Mode.plain(stopAtFailure: true)) }) {
            let fixture = try AWSFixture.make()
            let (endpoint, _) = try fixture.connect()
            _ = try AWSEmulator.aws(["ec2", "delete-vpc-endpoints", "--vpc-endpoint-ids", endpoint])
            let steps = RunbookCommands(markdown: try fixture.runbook(language: "en", extra: ["--task", task, "--endpoint-id", endpoint])).withoutHeroku
            let check = try #require(steps.firstIndex { $0.command.contains("'VpcEndpoints[0].[VpcId,ServiceName,State]'") })
            let run = try ShellPaste.run(steps.map(\.command), shell: shell, mode: mode)
            #expect(run.firstFailure == check, "\(shell), \(mode): \(run.stderr)")
            #expect(run.blocks[check].stderr.contains("The endpoint is deleted: it is being deleted or is gone. Generate the runbook again without --endpoint-id"),
                    "\(run.blocks[check].stderr)")
            #expect(run.blocks[(check + 1)...].allSatisfy { $0.status == nil }, "nothing after it runs")
            #expect(try fixture.endpoints().map { $0["State"] as? String } == ["deleted"], "no endpoint made in its place")
        }
    }

    @Test func anEndpointInAnotherVPCIsRefused() throws {
        let fixture = try AWSFixture.make()
        let other = try AWSEmulator.aws(["ec2", "create-vpc", "--cidr-block", "10.50.0.0/16", "--query", "Vpc.VpcId", "--output", "text"])
        let subnet = try AWSEmulator.aws(["ec2", "create-subnet", "--vpc-id", other, "--cidr-block", "10.50.1.0/24",
                                          "--availability-zone", "us-east-1a", "--query", "Subnet.SubnetId", "--output", "text"])
        let endpointID = try AWSEmulator.aws([
            "ec2", "create-vpc-endpoint", "--vpc-endpoint-type", "Interface", "--vpc-id", other, "--service-name", fixture.serviceName,
            "--subnet-ids", subnet, "--query", "VpcEndpoint.VpcEndpointId", "--output", "text"])
        let commands = RunbookCommands(markdown: try fixture.runbook(language: "en", extra: ["--endpoint-id", endpointID]))
            .withoutHeroku.map(\.command)
        let run = try AWSEmulator.runScript(commands)
        #expect(run.status != 0)
        #expect(run.stderr.contains("The VPC endpoint \(endpointID) is in the VPC \(other), not in \(fixture.vpc)."), "\(run.stderr)")
    }
}
