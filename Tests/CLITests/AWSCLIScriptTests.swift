import Foundation
import Testing

/// The AWS CLI part of a generated runbook, run for real: every shell block that does not call
/// `heroku`, in document order, as one bash script with `set -euo pipefail`, against a local AWS
/// API (moto, started by `make test` through Scripts/with-moto.sh), with the real `aws` client.
@Suite(.serialized, .enabled(if: AWSEmulator.endpoint != nil,
                             "no AWS API emulator: run through `make test` (Scripts/with-moto.sh) to run the generated AWS CLI script"))
struct AWSCLIScriptTests {
    /// Japanese with the VPC's own blocks, English with `--cidr`: each language and each way to
    /// the source once, since every `aws` call costs a Python start-up.
    @Test(arguments: [("ja", false), ("en", true)])
    func generatedScriptBuildsTheEndpoint(_ language: String, _ givenCIDR: Bool) throws {
        let fixture = try AWSFixture.make()
        let cidr = givenCIDR ? "10.42.7.0/24" : "10.42.0.0/16"
        let steps = RunbookCommands(markdown: try fixture.runbook(language: language, extra: givenCIDR ? ["--cidr", cidr] : [])).withoutHeroku
        let run = try AWSEmulator.runScript(steps.map(\.command))
        #expect(run.status == 0, "the script failed:\n\(run.stderr)")

        // Through the AWS API: one group with exactly the intended inbound rule, one interface
        // endpoint for the service, in the given subnets, with that group.
        let groups = try fixture.securityGroups()
        #expect(groups.map { $0["GroupName"] as? String } == ["kafka-privatelink-\(AWSFixture.addon)"])
        let group = try #require(groups.first)
        #expect((group["IpPermissions"] as? [Any])?.count == 1)
        #expect(AWSFixture.brokerBlocks(of: group) == [cidr])
        let endpoints = try fixture.endpoints()
        #expect(endpoints.count == 1)
        let endpoint = try #require(endpoints.first)
        #expect(endpoint["VpcEndpointType"] as? String == "Interface")
        #expect(endpoint["ServiceName"] as? String == fixture.serviceName)
        #expect(Set(endpoint["SubnetIds"] as? [String] ?? []) == Set(fixture.subnets))
        #expect((endpoint["Groups"] as? [[String: Any]])?.compactMap { $0["GroupId"] as? String } == [group["GroupId"] as? String ?? "?"])

        // The zone check listed each subnet; the state check ended available; the derived id is the endpoint's.
        let endpointID = try #require(endpoint["VpcEndpointId"] as? String)
        let zones = try #require(steps.firstIndex { $0.command.contains("describe-vpc-endpoint-services") })
        #expect(run.outputs[zones].split(separator: "\n").count == 1 + fixture.subnets.count)
        let wait = try #require(steps.firstIndex { $0.command.contains("'VpcEndpoints[0].State'") })
        #expect(run.outputs[wait].split(separator: "\n").first == "available")
        let derive = try #require(steps.firstIndex { $0.command.hasPrefix("ENDPOINT_CONFIG_ID=") })
        #expect(run.outputs[derive] == String(endpointID.suffix(17)).uppercased() + "\n")

        // Each expected-output block names the fields and has the shape of what the client printed.
        for (index, step) in steps.enumerated() {
            guard let expected = step.expectedOutput else { continue }
            #expect(ExpectedOutput.matches(expected, actual: run.outputs[index]),
                    "block \(index + 1): expected output\n\(expected)\ndoes not match what the client printed\n\(run.outputs[index])")
        }

        // Run again, as a reader would after an interruption: nothing is made twice (once is enough).
        guard language == "ja" else { return }
        let again = try AWSEmulator.runScript(steps.map(\.command))
        #expect(again.status == 0, "the second run failed:\n\(again.stderr)")
        #expect(try fixture.securityGroups().count == 1)
        #expect(try fixture.endpoints().count == 1)
        #expect((try fixture.securityGroups().first?["IpPermissions"] as? [Any])?.count == 1)
    }

    @Test func reusedGroupIsNotCreatedAndTheRuleIsAddedOnce() throws {
        let fixture = try AWSFixture.make()
        let group = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "existing", "--description", "existing",
                                         "--vpc-id", fixture.vpc, "--query", "GroupId", "--output", "text"])
        let markdown = try fixture.runbook(language: "en", extra: ["--security-group-id", group, "--cidr", "10.42.0.0/16", "--aws-steps", "cli"])
        let commands = RunbookCommands(markdown: markdown).withoutHeroku.map(\.command)
        for _ in 0..<2 {
            let run = try AWSEmulator.runScript(commands)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let groups = try fixture.securityGroups()
        #expect(groups.map { $0["GroupName"] as? String } == ["existing"], "no new group was created")
        #expect((groups.first?["IpPermissions"] as? [Any])?.count == 1)
    }

    /// A `--security-group-id` of another VPC stops its block before any rule is added to it,
    /// with `set -e` and in a plain shell alike.
    @Test func aReusedGroupOfAnotherVPCGetsNoRule() throws {
        for mode in [ShellPaste.Mode.errexit, .plain(stopAtFailure: true)] {
            let fixture = try AWSFixture.make()
            let other = try AWSEmulator.aws(["ec2", "create-vpc", "--cidr-block", "10.50.0.0/16", "--query", "Vpc.VpcId", "--output", "text"])
            let group = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "elsewhere", "--description", "another VPC's",
                                             "--vpc-id", other, "--query", "GroupId", "--output", "text"])
            let steps = RunbookCommands(markdown: try fixture.runbook(language: "en", extra: ["--security-group-id", group, "--aws-steps", "cli"]))
                .withoutHeroku
            let use = try #require(steps.firstIndex { $0.command.hasPrefix("SECURITY_GROUP_ID=\(group)\n") })
            let run = try ShellPaste.run(steps.map(\.command), mode: mode)
            #expect(run.firstFailure == use, "\(mode): \(run.stderr)")
            #expect(run.blocks[use].stderr.contains("The security group \(group) given with --security-group-id is in the VPC \(other), not in \(fixture.vpc)"),
                    "\(run.blocks[use].stderr)")
            let rules = try AWSEmulator.json(["ec2", "describe-security-groups", "--group-ids", group, "--query", "SecurityGroups[0].IpPermissions"])
            #expect((rules as? [Any])?.isEmpty == true, "\(mode): no rule added to another VPC's group")
            #expect(try fixture.endpoints().isEmpty)
        }
    }

    @Test func everyIPv4BlockOfTheVPCIsAllowed() throws {
        let fixture = try AWSFixture.make(secondaryBlock: "10.43.0.0/16")
        let commands = RunbookCommands(markdown: try fixture.runbook(language: "en")).withoutHeroku.map(\.command)
        let run = try AWSEmulator.runScript(commands)
        #expect(run.status == 0, "\(run.stderr)")
        let group = try #require(try fixture.securityGroups().first)
        #expect(AWSFixture.brokerBlocks(of: group) == ["10.42.0.0/16", "10.43.0.0/16"], "clients in the secondary block can reach the brokers")
    }

    /// With `set -e`, and pasted into a plain bash or zsh: the zone check ends non-zero either way
    /// (a `false` inside `… | while` would not), and a reader who stops there has made no endpoint.
    @Test func aSubnetInAZoneTheServiceDoesNotOfferStopsBeforeAnythingIsCreated() throws {
        for (shell, mode) in [("bash", ShellPaste.Mode.errexit)] + ShellPaste.available.map({ ($0, ShellPaste.Mode.plain(stopAtFailure: true)) }) {
            let fixture = try AWSFixture.make(zones: ["us-east-1a", "us-east-1c"])
            let steps = RunbookCommands(markdown: try fixture.runbook(language: "ja")).withoutHeroku
            let zones = try #require(steps.firstIndex { $0.command.contains("describe-vpc-endpoint-services") })
            let run = try ShellPaste.run(steps.map(\.command), shell: shell, mode: mode)
            #expect(run.firstFailure == zones, "\(shell), \(mode): \(run.stderr)")
            #expect(run.blocks[zones].stderr.contains("サブネット \(fixture.subnets[1]) はゾーン us-east-1c"), "\(run.blocks[zones].stderr)")
            #expect(run.blocks[zones].stdout.contains("\(fixture.subnets[0]) us-east-1a"), "the subnet in a zone offered is listed")
            #expect(try fixture.endpoints().isEmpty)
        }
    }
}
