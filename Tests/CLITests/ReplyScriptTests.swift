import Foundation
import Testing

/// A reply that starts in the middle of the AWS side, made from what the real `aws` client printed
/// against a local AWS API, and run from a new shell: its commands must run as printed. In the
/// suite of the generated script's tests, which run one at a time against the same emulator.
extension AWSCLIScriptTests {
    @Test(arguments: ["ja", "en"])
    func aReplyFromStep7CreatesTheEndpointInANewShell(_ language: String) throws {
        try AWSEmulator.reset()
        let vpc = try AWSEmulator.aws(["ec2", "create-vpc", "--cidr-block", "10.42.0.0/16", "--query", "Vpc.VpcId", "--output", "text"])
        let subnet = try AWSEmulator.aws(["ec2", "create-subnet", "--vpc-id", vpc, "--cidr-block", "10.42.1.0/24",
                                          "--availability-zone", "us-east-1a", "--query", "Subnet.SubnetId", "--output", "text"])
        // Step 6 done by hand; the customer pastes the group as the AWS CLI describes it.
        let group = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "kafka", "--description", "kafka",
                                         "--vpc-id", vpc, "--query", "GroupId", "--output", "text"])
        _ = try AWSEmulator.aws(["ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp",
                                 "--port", "10000-11000", "--cidr", "10.42.0.0/16"])
        let described = try AWSEmulator.run("aws", ["ec2", "describe-security-groups", "--group-ids", group])
        #expect(described.status == 0)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paste = folder.appendingPathComponent("ticket.txt")
        let status = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Tests/RunbookKitTests/Fixtures/pastes/status-operational.txt"),
                                encoding: .utf8)
        try Data((status + "$ aws ec2 describe-security-groups --group-ids \(group)\n" + described.stdout).utf8).write(to: paste)

        let reply = try CLI.run(["diagnose", "--paste", paste.path, "--app", "privatelink-vpc-endpoint-demo",
                                 "--subnet-id", subnet, "--lang", language])
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(reply.stdout.contains("### "), "\(reply.stdout)")
        // The last block is the support engineer's `privatelink-runbook generate`, not the customer's.
        let commands = RunbookCommands(markdown: reply.stdout).withoutHeroku.map(\.command).filter { !$0.hasPrefix("privatelink-runbook ") }
        #expect(commands.first == "SECURITY_GROUP_ID=\(group)")
        let run = try AWSEmulator.runScript(commands)
        #expect(run.status == 0, "the reply's commands failed:\n\(run.stderr)")
        let endpoints = try AWSEmulator.json(["ec2", "describe-vpc-endpoints", "--query", "VpcEndpoints"]) as? [[String: Any]]
        #expect(endpoints?.count == 1)
        #expect((endpoints?.first?["Groups"] as? [[String: Any]])?.compactMap { $0["GroupId"] as? String } == [group])
    }
}
