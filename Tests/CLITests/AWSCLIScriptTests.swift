import Foundation
import Testing

/// The AWS CLI part of a generated runbook, run for real: every shell block that does not call
/// `heroku`, in document order, as one bash script with `set -euo pipefail`, against a local AWS
/// API (moto, started by `make test` through Scripts/with-moto.sh), with the real `aws` client.
@Suite(.serialized, .enabled(if: AWSEmulator.endpoint != nil,
                             "no AWS API emulator: run through `make test` (Scripts/with-moto.sh) to run the generated AWS CLI script"))
struct AWSCLIScriptTests {
    static let addon = "kafka-sushi-12345"
    static let serviceName = "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"

    struct Network {
        let vpc: String
        let subnets: [String]
    }

    func makeNetwork() throws -> Network {
        try AWSEmulator.reset()
        let vpc = try AWSEmulator.aws(["ec2", "create-vpc", "--cidr-block", "10.42.0.0/16", "--query", "Vpc.VpcId", "--output", "text"])
        let subnets = try ["a", "b"].enumerated().map { index, zone in
            try AWSEmulator.aws(["ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.42.\(index + 1).0/24",
                                 "--availability-zone", "us-east-1\(zone)", "--query", "Subnet.SubnetId", "--output", "text"])
        }
        return Network(vpc: vpc, subnets: subnets)
    }

    func runbook(_ network: Network, language: String, extra: [String] = []) throws -> String {
        var arguments = ["generate", "--addon", Self.addon, "--app", "privatelink-vpc-endpoint-demo",
                         "--aws-account-id", "123456789012", "--region", "us-east-1", "--service-name", Self.serviceName,
                         "--vpc-id", network.vpc]
        for subnet in network.subnets { arguments += ["--subnet-id", subnet] }
        let result = try CLI.run(arguments + extra + ["--stdout", "--lang", language, "--format", "md"])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    @Test(arguments: ["ja", "en"], [false, true])
    func generatedScriptBuildsTheEndpoint(_ language: String, _ givenCIDR: Bool) throws {
        let network = try makeNetwork()
        let cidr = givenCIDR ? "10.42.7.0/24" : "10.42.0.0/16"
        let markdown = try runbook(network, language: language, extra: givenCIDR ? ["--cidr", cidr] : [])
        let steps = RunbookCommands(markdown: markdown).withoutHeroku
        #expect(steps.count >= 6)

        let run = try AWSEmulator.runScript(steps.map(\.command))
        #expect(run.status == 0, "the script failed:\n\(run.stderr)")

        // Through the AWS API: one group with exactly the intended inbound rule.
        let groups = try AWSEmulator.json(["ec2", "describe-security-groups", "--filters", "Name=vpc-id,Values=\(network.vpc)",
                                           "Name=group-name,Values=kafka-privatelink-\(Self.addon)", "--query", "SecurityGroups"])
        let group = try #require((groups as? [[String: Any]])?.first)
        #expect((groups as? [Any])?.count == 1)
        let rules = try #require(group["IpPermissions"] as? [[String: Any]])
        #expect(rules.count == 1)
        #expect(rules.first?["IpProtocol"] as? String == "tcp")
        #expect(rules.first?["FromPort"] as? Int == 10000)
        #expect(rules.first?["ToPort"] as? Int == 11000)
        #expect((rules.first?["IpRanges"] as? [[String: Any]])?.compactMap { $0["CidrIp"] as? String } == [cidr])

        // One interface endpoint for the service, in the given subnets, with that group.
        let endpoints = try AWSEmulator.json(["ec2", "describe-vpc-endpoints", "--filters", "Name=vpc-id,Values=\(network.vpc)",
                                              "--query", "VpcEndpoints"]) as? [[String: Any]]
        let endpoint = try #require(endpoints?.first)
        #expect(endpoints?.count == 1)
        #expect(endpoint["VpcEndpointType"] as? String == "Interface")
        #expect(endpoint["ServiceName"] as? String == Self.serviceName)
        #expect(Set(endpoint["SubnetIds"] as? [String] ?? []) == Set(network.subnets))
        #expect((endpoint["Groups"] as? [[String: Any]])?.compactMap { $0["GroupId"] as? String } == [group["GroupId"] as? String ?? "?"])

        // The state check printed available; the derived id is the created endpoint's.
        let endpointID = try #require(endpoint["VpcEndpointId"] as? String)
        let outputs = run.outputs
        let wait = try #require(steps.firstIndex { $0.command.contains("'VpcEndpoints[0].State'") })
        #expect(outputs[wait].split(separator: "\n").last == "available")
        let derive = try #require(steps.firstIndex { $0.command.hasPrefix("ENDPOINT_CONFIG_ID=") })
        #expect(outputs[derive] == String(endpointID.suffix(17)).uppercased() + "\n")

        // Each expected-output block names the fields and has the shape of what the client printed.
        for (index, step) in steps.enumerated() {
            guard let expected = step.expectedOutput else { continue }
            #expect(ExpectedOutput.matches(expected, actual: outputs[index]),
                    "step \(index + 1): expected output\n\(expected)\ndoes not match what the client printed\n\(outputs[index])")
        }
    }

    @Test func reusedGroupIsNotCreatedAndTheRuleIsAddedOnce() throws {
        let network = try makeNetwork()
        let group = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "existing", "--description", "existing",
                                         "--vpc-id", network.vpc, "--query", "GroupId", "--output", "text"])
        let markdown = try runbook(network, language: "en", extra: ["--security-group-id", group, "--cidr", "10.42.0.0/16", "--aws-steps", "cli"])
        let commands = RunbookCommands(markdown: markdown).withoutHeroku.map(\.command)
        // Twice: the second run must find the rule and not fail on a duplicate.
        for _ in 0..<2 {
            let run = try AWSEmulator.runScript(commands)
            #expect(run.status == 0, "\(run.stderr)")
        }
        let rules = try AWSEmulator.json(["ec2", "describe-security-groups", "--group-ids", group,
                                          "--query", "SecurityGroups[0].IpPermissions"]) as? [[String: Any]]
        #expect(rules?.count == 1)
        let names = try AWSEmulator.json(["ec2", "describe-security-groups", "--filters", "Name=vpc-id,Values=\(network.vpc)",
                                          "--query", "SecurityGroups[].GroupName"]) as? [String]
        #expect(Set(names ?? []) == ["default", "existing"], "no new group was created")
    }

    @Test func bothLanguagesRunTheSameCommands() throws {
        let network = try makeNetwork()
        let japanese = RunbookCommands(markdown: try runbook(network, language: "ja")).all.map(\.command)
        let english = RunbookCommands(markdown: try runbook(network, language: "en")).all.map(\.command)
        #expect(japanese == english)
    }
}
