import Foundation
import Testing

/// The AWS-side blocks of the runbooks after the first day, run as one script each against the
/// emulator after the create runbook's blocks, and checked through the AWS API.
extension AWSCLIScriptTests {
    /// Runs the runbook's blocks that do not call `heroku`, as one script, and expects success.
    func runAWSBlocks(_ fixture: AWSFixture, language: String = "en", _ extra: [String]) throws -> AWSEmulator.ScriptRun {
        let commands = RunbookCommands(markdown: try fixture.runbook(language: language, extra: extra)).withoutHeroku.map(\.command)
        let run = try AWSEmulator.runScript(commands)
        #expect(run.status == 0, "\(extra): the script failed:\n\(run.stderr)")
        return run
    }

    /// Endpoints of the VPC that are not deleted.
    func liveEndpoints(_ fixture: AWSFixture) throws -> [[String: Any]] {
        try fixture.endpoints().filter { $0["State"] as? String != "deleted" }
    }

    @Test func teardownAfterCreateLeavesNothingTheRunbookMade() throws {
        let fixture = try AWSFixture.make()
        _ = try runAWSBlocks(fixture, [])
        let endpointID = try #require(try liveEndpoints(fixture).first?["VpcEndpointId"] as? String)
        #expect(try fixture.securityGroups().count == 1)

        let run = try runAWSBlocks(fixture, language: "ja", ["--task", "teardown", "--endpoint-id", endpointID])
        #expect(try liveEndpoints(fixture).isEmpty, "no VPC endpoint left")
        #expect(try fixture.securityGroups().isEmpty, "no security group made by the runbook left")
        #expect(run.outputs.joined().contains("セキュリティグループ kafka-privatelink-\(AWSFixture.addon) を削除しました。"))

        // Run again, as after an interruption: what is gone is reported as AWS lists it, not an error.
        let again = try runAWSBlocks(fixture, ["--task", "teardown", "--endpoint-id", endpointID])
        #expect(again.outputs.joined().contains("AWS lists the VPC endpoint \(endpointID) as deleted already."))
        #expect(again.outputs.joined().contains("has no security group named kafka-privatelink-\(AWSFixture.addon): there is nothing to delete."))
    }

    @Test func teardownLeavesAReusedGroupAlone() throws {
        let fixture = try AWSFixture.make()
        let reused = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "shared", "--description", "used by other things too",
                                          "--vpc-id", fixture.vpc, "--query", "GroupId", "--output", "text"])
        _ = try runAWSBlocks(fixture, ["--security-group-id", reused])
        let endpointID = try #require(try liveEndpoints(fixture).first?["VpcEndpointId"] as? String)
        _ = try runAWSBlocks(fixture, ["--task", "teardown", "--endpoint-id", endpointID, "--security-group-id", reused])
        #expect(try liveEndpoints(fixture).isEmpty)
        let groups = try fixture.securityGroups()
        #expect(groups.map { $0["GroupId"] as? String } == [reused], "the reused group stays")
        #expect(AWSFixture.brokerBlocks(of: groups[0]) == ["10.42.0.0/16"], "and keeps its rules")
    }

    @Test func addAccountsBuildsTheNewAccountsEndpoint() throws {
        let fixture = try AWSFixture.make()
        let run = try runAWSBlocks(fixture, ["--task", "add-accounts"])
        let endpoints = try liveEndpoints(fixture)
        #expect(endpoints.count == 1)
        #expect(endpoints.first?["ServiceName"] as? String == fixture.serviceName)
        let groups = try fixture.securityGroups()
        #expect(groups.count == 1)
        #expect(AWSFixture.brokerBlocks(of: groups[0]) == ["10.42.0.0/16"])
        #expect(run.outputs.joined().contains("The endpoint is available. Continue with step 8."))
    }
}
