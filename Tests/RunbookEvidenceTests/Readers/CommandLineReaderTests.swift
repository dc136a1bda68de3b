import Testing
@testable import RunbookEvidence

/// Pasted command lines, read as the tools read their arguments (facts file, sections 1 and 4).
@Suite struct CommandLineReaderTests {
    let reader = CommandLineReader()

    @Test func theGreedyAccountFlagTakesEveryBareWordAfterIt() {
        #expect(kinds(reader, "$ heroku data:privatelink:create kafka-sushi-12345 --aws-account-id 123456789101 --app demo-app")
            == [.ran(.create), .value(.addon, "kafka-sushi-12345"), .value(.app, "demo-app"), .value(.awsAccountID, "123456789101")])
        // The add-on after the flag is taken as a second account, as oclif does.
        #expect(kinds(reader, "heroku data:privatelink:create --aws-account-id 123456789101 kafka-sushi-12345 -a demo-app")
            == [.ran(.create), .value(.app, "demo-app"), .value(.awsAccountID, "123456789101"), .value(.awsAccountID, "kafka-sushi-12345")])
    }

    @Test func promptsAliasesAndSubstitutions() {
        #expect(kinds(reader, "user@host:~/work$ heroku kafka:privatelink:wait kafka-sushi-12345 -a demo-app")
            == [.ran(.wait), .value(.addon, "kafka-sushi-12345"), .value(.app, "demo-app")])
        #expect(kinds(reader, "STATE=$(aws ec2 describe-vpc-endpoints --region us-east-1 --vpc-endpoint-ids vpce-01c87ae3c05563935 --query 'VpcEndpoints[0].State' --output text)")
            == [.ran(.vpcEndpoint), .awsRegion("us-east-1"), .value(.endpointID, "vpce-01c87ae3c05563935")])
        // A value the shell expands is not the value the tool saw.
        #expect(kinds(reader, "aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id vpc-0a1b2c3d4e5f67890 --service-name \"$SERVICE_NAME\" --subnet-ids subnet-0a1b2c3d4e5f67890 subnet-1a1b2c3d4e5f67890")
            == [.ran(.vpcEndpoint), .value(.vpcID, "vpc-0a1b2c3d4e5f67890"), .value(.subnetID, "subnet-0a1b2c3d4e5f67890"),
                .value(.subnetID, "subnet-1a1b2c3d4e5f67890")])
    }

    @Test func theLastCommandAndTheEndpointItNamedAreRemembered() {
        let (_, state) = read(reader, "aws ec2 describe-vpc-endpoints --vpc-endpoint-ids vpce-01c87ae3c05563935")
        #expect(state.lastCommand == .vpcEndpoint)
        #expect(state.lastEndpoint == "vpce-01c87ae3c05563935")
        #expect(read(reader, "aws sts get-caller-identity", state: state).state.lastEndpoint == nil)
    }

    @Test func otherCommandsAndProseAreNotItsOwn() {
        #expect(kinds(reader, "$ ls -la") == nil)
        #expect(kinds(reader, "aws s3 ls") == nil)
        #expect(kinds(reader, "I ran the heroku command you sent.") == nil)
    }
}
