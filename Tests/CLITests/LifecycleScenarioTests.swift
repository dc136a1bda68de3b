import Foundation
import Testing

/// The teardown and remove-accounts runbooks' AWS CLI blocks where something is not as the
/// runbook assumes: each scenario runs with `set -euo pipefail` and pasted into a plain shell
/// (bash, and zsh where installed), and checks what the reader sees (which block stopped, its
/// status, its message) and what exists in AWS afterwards. Nothing may be reported as deleted
/// that was not, and every block that finds a problem ends non-zero.
extension AWSCLIScriptTests {
    /// The ways a reader runs the blocks: a script with `set -e`, and every block pasted into a
    /// plain bash or zsh, one after another, whatever the ones before printed.
    static var pasteWays: [(shell: String, mode: ShellPaste.Mode)] {
        [("bash", .errexit)] + ShellPaste.available.map { ($0, .plain(stopAtFailure: false)) }
    }

    /// The AWS blocks of a lifecycle runbook for the fixture's VPC and `endpoint`.
    func lifecycleBlocks(_ fixture: AWSFixture, task: String, endpoint: String, region: String = "us-east-1",
                         accounts: [String] = [AWSFixture.account], language: String = "en") throws -> [String] {
        var arguments = ["--task", task, "--addon", AWSFixture.addon, "--app", "privatelink-vpc-endpoint-demo", "--region", region,
                         "--vpc-id", fixture.vpc, "--endpoint-id", endpoint, "--aws-steps", "cli"]
        for account in accounts { arguments += ["--aws-account-id", account] }
        let blocks = RunbookCommands(markdown: try AWSFixture.generate(arguments, language: language)).withoutHeroku.map(\.command)
        #expect(blocks.count == 3, "delete the endpoint, wait, delete the group")
        return blocks
    }

    /// The runbook's group in the fixture's VPC, if it is there.
    func runbookGroup(_ fixture: AWSFixture) throws -> [String: Any]? {
        try fixture.securityGroups().first { $0["GroupName"] as? String == "kafka-privatelink-\(AWSFixture.addon)" }
    }

    @Test func aWrongRegionDeletesNothingAndSaysSo() throws {
        for (shell, mode) in Self.pasteWays {
            let fixture = try AWSFixture.make()
            let (endpoint, _) = try fixture.connect()
            let blocks = try lifecycleBlocks(fixture, task: "teardown", endpoint: endpoint, region: "us-west-2", accounts: [])
            let run = try ShellPaste.run(blocks, shell: shell, mode: mode)
            let context = "\(shell), \(mode)"
            #expect(run.firstFailure == 0, "\(context): the delete block stops")
            #expect(run.blocks[0].status != 0)
            #expect(run.blocks[0].stderr.contains("The account \(AWSFixture.account) has no VPC \(fixture.vpc) in us-west-2"), "\(context): \(run.blocks[0].stderr)")
            #expect(run.blocks[0].stderr.contains("InvalidVpcID.NotFound"), "the AWS error is shown as AWS printed it")
            if case .plain = mode {
                // Each later block, pasted anyway, refuses on its own: none claims anything was deleted.
                #expect(run.blocks[1].status != 0 && run.blocks[2].status != 0, "\(context)")
                #expect(run.blocks[1].stderr.contains("this shell did not see it being deleted"), "\(context): \(run.blocks[1].stderr)")
                #expect(run.blocks[2].stderr.contains("has no VPC \(fixture.vpc) in us-west-2"), "\(context): \(run.blocks[2].stderr)")
            } else {
                #expect(run.blocks[1].status == nil, "set -e: nothing after the failing block runs")
            }
            #expect(!run.stdout.contains("deleted") && !run.stdout.contains("Continue with step"), "\(context): \(run.stdout)")
            #expect(try fixture.state(of: endpoint) == "available", "\(context): the endpoint is still there")
            #expect(try runbookGroup(fixture) != nil, "\(context): and so is its group")
        }
    }

    @Test func anotherAccountsCredentialsDeleteNothing() throws {
        for (shell, mode) in Self.pasteWays {
            let fixture = try AWSFixture.make()
            let (endpoint, _) = try fixture.connect()
            let other = try Self.credentials(ofAccount: "111111111111")
            let blocks = try lifecycleBlocks(fixture, task: "remove-accounts", endpoint: endpoint, language: "ja")
            let run = try ShellPaste.run(blocks, shell: shell, mode: mode, environment: other)
            let context = "\(shell), \(mode)"
            #expect(run.firstFailure == 0, "\(context)")
            #expect(run.blocks[0].stderr.contains("この認証情報は AWS アカウント 111111111111 のもので、削除する VPC エンドポイントを所有する \(AWSFixture.account) のものではありません。"),
                    "\(context): \(run.blocks[0].stderr)")
            if case .plain = mode {
                #expect(run.blocks[1].status != 0 && run.blocks[2].status != 0, "\(context)")
                #expect(run.blocks[2].stderr.contains("この認証情報は AWS アカウント 111111111111 のもので"), "\(context): \(run.blocks[2].stderr)")
            }
            #expect(try fixture.state(of: endpoint) == "available", "\(context)")
            #expect(try runbookGroup(fixture) != nil, "\(context)")
        }
        // Without the account in the runbook (teardown), the VPC check catches the same credentials.
        let fixture = try AWSFixture.make()
        let (endpoint, _) = try fixture.connect()
        let run = try ShellPaste.run(try lifecycleBlocks(fixture, task: "teardown", endpoint: endpoint, accounts: []), mode: .errexit,
                                     environment: try Self.credentials(ofAccount: "111111111111"))
        #expect(run.firstFailure == 0)
        #expect(run.blocks[0].stderr.contains("The account 111111111111 has no VPC \(fixture.vpc) in us-east-1"), "\(run.blocks[0].stderr)")
        #expect(try fixture.state(of: endpoint) == "available")
    }

    @Test func aMistypedEndpointIdIsNotTakenForADeletedEndpoint() throws {
        for (shell, mode) in Self.pasteWays {
            let fixture = try AWSFixture.make()
            let (endpoint, _) = try fixture.connect()
            let typo = "vpce-" + String(endpoint.dropFirst(5).reversed())
            let run = try ShellPaste.run(try lifecycleBlocks(fixture, task: "teardown", endpoint: typo), shell: shell, mode: mode)
            let context = "\(shell), \(mode)"
            #expect(run.firstFailure == 0, "\(context)")
            #expect(run.blocks[0].stdout.contains("Checked: the account \(AWSFixture.account) has the VPC \(fixture.vpc) in us-east-1."))
            #expect(run.blocks[0].stderr.contains("AWS lists no VPC endpoint \(typo) for the account \(AWSFixture.account) in us-east-1. That does not show that it was deleted"),
                    "\(context): \(run.blocks[0].stderr)")
            if case .plain = mode {
                #expect(run.blocks[1].status != 0, "\(context): the wait does not take an unlisted endpoint for a deleted one")
                // The group is still used by the real endpoint: AWS refuses, and the block shows by what.
                #expect(run.blocks[2].status != 0, "\(context)")
                #expect(run.blocks[2].stderr.contains("DependencyViolation"), "\(context): \(run.blocks[2].stderr)")
                #expect(run.blocks[2].stdout.contains("\tvpc_endpoint"), "\(context): \(run.blocks[2].stdout)")
            }
            #expect(try fixture.state(of: endpoint) == "available", "\(context)")
            #expect(try runbookGroup(fixture) != nil, "\(context)")
        }
    }

    @Test func anEndpointDeletedBeforeIsReportedAsAWSListsIt() throws {
        for (shell, mode) in Self.pasteWays {
            let fixture = try AWSFixture.make()
            let (endpoint, _) = try fixture.connect()
            _ = try AWSEmulator.aws(["ec2", "delete-vpc-endpoints", "--vpc-endpoint-ids", endpoint])
            let run = try ShellPaste.run(try lifecycleBlocks(fixture, task: "teardown", endpoint: endpoint), shell: shell, mode: mode)
            let context = "\(shell), \(mode)"
            #expect(run.status == 0 && run.firstFailure == nil, "\(context): \(run.stderr)")
            #expect(run.blocks[0].stdout.contains("AWS lists the VPC endpoint \(endpoint) as deleted already."), "\(context)")
            #expect(run.blocks[1].stdout.contains("The endpoint is deleted. Continue with step 5."), "\(context)")
            #expect(run.blocks[2].stdout.contains("The security group kafka-privatelink-\(AWSFixture.addon) is deleted."), "\(context)")
            #expect(try runbookGroup(fixture) == nil, "\(context)")
        }
    }

    @Test func aGroupAnotherInterfaceUsesIsKeptAndTheInterfaceShown() throws {
        for (shell, mode) in Self.pasteWays {
            let fixture = try AWSFixture.make()
            let (endpoint, group) = try fixture.connect()
            let interface = try AWSEmulator.aws(["ec2", "create-network-interface", "--subnet-id", fixture.subnets[0], "--groups", group,
                                                 "--query", "NetworkInterface.NetworkInterfaceId", "--output", "text"])
            let run = try ShellPaste.run(try lifecycleBlocks(fixture, task: "teardown", endpoint: endpoint), shell: shell, mode: mode)
            let context = "\(shell), \(mode)"
            #expect(run.firstFailure == 2, "\(context): only the group block stops: \(run.stderr)")
            #expect(run.blocks[0].stdout.contains("AWS is deleting the VPC endpoint \(endpoint)."))
            #expect(run.blocks[2].status != 0)
            #expect(run.blocks[2].stderr.contains("An error occurred (DependencyViolation) when calling the DeleteSecurityGroup operation: resource \(group) has a dependent object"),
                    "\(context): \(run.blocks[2].stderr)")
            #expect(run.blocks[2].stderr.contains("Any other belongs to something else in the VPC that uses this group"))
            #expect(run.blocks[2].stdout.contains("\(interface)\tinterface"), "\(context): the interface that uses it: \(run.blocks[2].stdout)")
            #expect(!run.blocks[2].stdout.contains("is deleted"), "\(context)")
            #expect(try fixture.state(of: endpoint) == "deleted", "\(context)")
            #expect(try runbookGroup(fixture)?["GroupId"] as? String == group, "\(context): the group stays")
        }
    }

    @Test func teardownRunTwiceSaysWhatItFindsTheSecondTime() throws {
        for (shell, mode) in Self.pasteWays {
            let fixture = try AWSFixture.make()
            let (endpoint, _) = try fixture.connect()
            let blocks = try lifecycleBlocks(fixture, task: "teardown", endpoint: endpoint)
            let first = try ShellPaste.run(blocks, shell: shell, mode: mode)
            let second = try ShellPaste.run(blocks, shell: shell, mode: mode)
            let context = "\(shell), \(mode)"
            #expect(first.status == 0 && first.firstFailure == nil, "\(context): \(first.stderr)")
            #expect(first.blocks[0].stdout.contains("AWS is deleting the VPC endpoint \(endpoint)."))
            #expect(first.blocks[2].stdout.contains("is deleted."))
            #expect(second.status == 0 && second.firstFailure == nil, "\(context): \(second.stderr)")
            #expect(second.blocks[0].stdout.contains("AWS lists the VPC endpoint \(endpoint) as deleted already."), "\(context)")
            #expect(second.blocks[2].stdout.contains("The VPC \(fixture.vpc) has no security group named kafka-privatelink-\(AWSFixture.addon): there is nothing to delete."),
                    "\(context): \(second.blocks[2].stdout)")
            #expect(try liveEndpoints(fixture).isEmpty && runbookGroup(fixture) == nil, "\(context)")
        }
    }

    /// Credentials of a role in another account, as moto gives them (its STS hands out keys for
    /// any role, and serves each account's resources to that account's keys).
    static func credentials(ofAccount account: String) throws -> [String: String] {
        let keys = try AWSEmulator.aws(["sts", "assume-role", "--role-arn", "arn:aws:iam::\(account):role/other", "--role-session-name",
                                        "other-account", "--query", "Credentials.[AccessKeyId,SecretAccessKey,SessionToken]", "--output", "text"])
            .split(separator: "\t").map(String.init)
        return ["AWS_ACCESS_KEY_ID": keys[0], "AWS_SECRET_ACCESS_KEY": keys[1], "AWS_SESSION_TOKEN": keys[2]]
    }
}
