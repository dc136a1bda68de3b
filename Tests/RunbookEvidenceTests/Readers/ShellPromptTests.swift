import Testing
@testable import RunbookEvidence

/// Prompts and continuation lines of the shells customers use, and regions set in the environment.
@Suite struct ShellPromptTests {
    let reader = CommandLineReader()
    let status: [Observation.Kind] = [.ran(.status), .value(.addon, "kafka-shiny-73918"), .value(.app, "acme-orders-stream-production")]

    @Test(arguments: [
        "$ heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "# heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "host% heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "[ec2-user@ip-10-0-1-23 ~]$ heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "❯ heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "➜  infra git:(main) ✗ heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "kenji@dev-box ~/infra> heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "~/infra » heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "PS C:\\Users\\sato> heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
        "C:\\Users\\kenji>heroku data:privatelink kafka-shiny-73918 --app acme-orders-stream-production",
    ])
    func everyPromptLeavesTheCommand(_ line: String) {
        #expect(kinds(reader, line) == status, "\(line)")
    }

    @Test func proseMentioningACommandIsNoCommand() {
        #expect(kinds(reader, "I ran heroku data:privatelink kafka-shiny-73918 --app x yesterday") == nil)
    }

    @Test func continuedCommandsAreReadWhole() throws {
        let bash = """
            $ aws ec2 create-vpc-endpoint --region us-east-1 --vpc-endpoint-type Interface \\
            >   --vpc-id vpc-0b1c2d3e4f5a6b7c8 \\
            >   --subnet-ids subnet-0d1e2f3a4b5c6d7e8
            {
            """
        let (match, state) = read(reader, bash)
        #expect(try #require(match).lineCount == 3)
        #expect(match?.observations.map(\.kind) == [.ran(.vpcEndpoint), .awsRegion("us-east-1"), .value(.vpcID, "vpc-0b1c2d3e4f5a6b7c8"),
                                                   .value(.subnetID, "subnet-0d1e2f3a4b5c6d7e8")])
        #expect(state.lastCommandRegion == "us-east-1")
        let cmd = "C:\\Users\\kenji>aws ec2 describe-vpc-endpoints ^\nMore? --vpc-endpoint-ids vpce-0c4e6a8b0d2f41357 --output text"
        #expect(try #require(read(reader, cmd).match).observations.map(\.kind) == [.ran(.vpcEndpoint), .value(.endpointID, "vpce-0c4e6a8b0d2f41357")])
        let powershell = "PS C:\\> aws ec2 describe-vpc-endpoints `\n>> --vpc-endpoint-ids vpce-0c4e6a8b0d2f41357"
        #expect(try #require(read(reader, powershell).match).lineCount == 2)
    }

    @Test func aSubstitutionIsNoValue() {
        #expect(kinds(reader, "aws ec2 describe-subnets --subnet-ids $(aws ec2 describe-vpc-endpoints --query 'x' --output text) --output text")
            == [.ran(.vpcEndpoint)])
    }

    @Test func theRegionOfTheEnvironment() {
        let environment = EnvironmentReader()
        for line in ["export AWS_REGION=us-west-2", "AWS_DEFAULT_REGION=us-west-2", "kenji@mac infra % export AWS_DEFAULT_REGION=us-west-2",
                     "kenji@dev-box ~/infra> set -x AWS_REGION us-west-2", "PS C:\\> $env:AWS_REGION = \"us-west-2\"",
                     "C:\\>set AWS_REGION=us-west-2"] {
            #expect(kinds(environment, line) == [.configuredRegion("us-west-2")], "\(line)")
        }
        #expect(kinds(environment, "AWS_REGION=us-west-2 aws ec2 describe-vpcs") == nil)
        #expect(kinds(environment, "echo $AWS_REGION") == nil)
    }
}
