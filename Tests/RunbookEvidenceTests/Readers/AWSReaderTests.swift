import Testing
@testable import RunbookEvidence

/// The AWS CLI's JSON and one-line output (facts file, section 4; shapes the real client printed).
@Suite struct AWSReaderTests {
    @Test func aDescribedEndpointIsReadWithTheLinesThatShowIt() throws {
        let text = """
            {
                "VpcEndpoints": [
                    {
                        "VpcEndpointId": "vpce-01c87ae3c05563935",
                        "VpcEndpointType": "Interface",
                        "VpcId": "vpc-0a1b2c3d4e5f67890",
                        "ServiceName": "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec",
                        "State": "pendingAcceptance",
                        "SubnetIds": ["subnet-0a1b2c3d4e5f67890"],
                        "Groups": [{"GroupId": "sg-0a1b2c3d4e5f67890", "GroupName": "kafka"}],
                        "OwnerId": "123456789101"
                    }
                ]
            }
            after the block
            """
        let (match, _) = read(AWSJSONReader(), text)
        let found = try #require(match)
        #expect(found.lineCount == 14)
        #expect(found.observations.map(\.kind) == [.vpcEndpoint(VPCEndpointReport(
            id: "vpce-01c87ae3c05563935", state: "pendingAcceptance", serviceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec",
            ownerID: "123456789101", vpcID: "vpc-0a1b2c3d4e5f67890", subnetIDs: ["subnet-0a1b2c3d4e5f67890"], groupIDs: ["sg-0a1b2c3d4e5f67890"]))])
        #expect(found.observations.first?.evidence.number == 4)
    }

    @Test func jsonCutOffIsReadKeyByKeyAndOtherJSONIsTakenButNotRead() throws {
        let cut = try #require(read(AWSJSONReader(), "{\n  \"VpcEndpoint\": {\n    \"VpcEndpointId\": \"vpce-01c87ae3c05563935\",\n    \"State\": \"pendingAcceptance\",\nPlease help").match)
        #expect(cut.lineCount == 4)
        #expect(cut.observations.map(\.kind) == [.vpcEndpoint(VPCEndpointReport(id: "vpce-01c87ae3c05563935", state: "pendingAcceptance"))])
        let other = try #require(read(AWSJSONReader(), "{\"name\": \"my-app\"}").match)
        #expect(other.observations.isEmpty)
        #expect(other.unrecognised.map(\.number) == [1])
        #expect(read(AWSJSONReader(), "Service Name: x").match == nil)
    }

    @Test func errorLinesStatesAndIdsPrintedAlone() {
        let reader = AWSOutputReader()
        #expect(kinds(reader, "An error occurred (InvalidServiceName) when calling the CreateVpcEndpoint operation: The Vpc Endpoint Service 'com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec' does not exist")
            == [.awsError(code: "InvalidServiceName", operation: "CreateVpcEndpoint",
                          message: "The Vpc Endpoint Service 'com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec' does not exist")])
        #expect(kinds(reader, "123456789101") == [.callerAccount("123456789101")])
        #expect(kinds(reader, "sg-0a1b2c3d4e5f67890") == [.securityGroup(SecurityGroupReport(id: "sg-0a1b2c3d4e5f67890"))])
        // A state printed alone belongs to the endpoint the last command named; botocore's PascalCase too.
        #expect(kinds(reader, "Available", state: ReadingState(lastEndpoint: "vpce-01c87ae3c05563935"))
            == [.endpointState("available", endpointID: "vpce-01c87ae3c05563935")])
        #expect(kinds(reader, "01C87AE3C05563935") == [.value(.endpointID, "vpce-01c87ae3c05563935")])
        #expect(kinds(reader, "good morning") == nil)
    }
}
