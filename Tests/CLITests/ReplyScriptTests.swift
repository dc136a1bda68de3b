import Foundation
import Testing

/// A reply that starts in the middle of the AWS side, made from what the real `aws` client printed
/// against a local AWS API, and run from a new shell: its commands must run as printed. In the
/// suite of the generated script's tests, which run one at a time against the same emulator.
extension AWSCLIScriptTests {
    @Test(arguments: ["ja", "en"])
    func aReplyFromStep7CreatesTheEndpointInANewShell(_ language: String) throws {
        let fixture = try AWSFixture.make()
        // Step 6 done by hand; the customer pastes the group as the AWS CLI describes it.
        let group = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "kafka", "--description", "kafka",
                                         "--vpc-id", fixture.vpc, "--query", "GroupId", "--output", "text"])
        _ = try AWSEmulator.aws(["ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp",
                                 "--port", "10000-11000", "--cidr", "10.42.0.0/16"])
        let described = try AWSEmulator.run("aws", ["ec2", "describe-security-groups", "--group-ids", group])
        #expect(described.status == 0)
        // And step 5's output, as the facts file gives it, for the emulator's endpoint service.
        let corpus = CLI.packageRoot.appendingPathComponent("Tests/RunbookEvidenceTests/Fixtures/pastes/status-operational.txt")
        let status = try String(contentsOf: corpus, encoding: .utf8)
            .replacingOccurrences(of: "com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098", with: fixture.serviceName)
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let paste = folder.appendingPathComponent("ticket.txt")
        try Data((status + "$ aws ec2 describe-security-groups --group-ids \(group)\n" + described.stdout).utf8).write(to: paste)

        var arguments = ["diagnose", "--paste", paste.path, "--app", "acme-orders-stream-production", "--lang", language]
        for subnet in fixture.subnets { arguments += ["--subnet-id", subnet] }
        let reply = try CLI.run(arguments)
        #expect(reply.status == 0, "\(reply.stderr)")
        #expect(reply.stdout.contains("### "), "\(reply.stdout)")
        // The reply is the customer's: the engineer's `privatelink-runbook generate` is in the notes.
        #expect(!reply.stdout.contains("privatelink-runbook"))
        let commands = RunbookCommands(markdown: reply.stdout).withoutHeroku.map(\.command)
        #expect(commands.first == "SECURITY_GROUP_ID=\(group)")
        let run = try AWSEmulator.runScript(commands)
        #expect(run.status == 0, "the reply's commands failed:\n\(run.stderr)")
        let endpoints = try fixture.endpoints()
        #expect(endpoints.count == 1)
        #expect((endpoints.first?["Groups"] as? [[String: Any]])?.compactMap { $0["GroupId"] as? String } == [group])
    }
}
