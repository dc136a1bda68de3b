import Testing
@testable import RunbookEvidence

/// The AWS CLI's `--output table`, `--output text` rows with several values, and `aws configure`,
/// as the real client (awscli 1.45.11) printed them against moto here.
@Suite struct AWSTableAndConfigureTests {
    @Test func aDescribedEndpointAsATable() throws {
        let table = """
            -----------------------------------------------------------------------
            |                         DescribeVpcEndpoints                        |
            +---------------------------------------------------------------------+
            ||                            VpcEndpoints                           ||
            |+-------------------+-----------------------------------------------+|
            ||  OwnerId          |  480151926302                                 ||
            ||  ServiceName      |  com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098 ||
            ||  State            |  available                                    ||
            ||  VpcEndpointId    |  vpce-0c4e6a8b0d2f41357                       ||
            ||  VpcId            |  vpc-0b1c2d3e4f5a6b7c8                        ||
            |+-------------------+-----------------------------------------------+|
            |||                              Groups                             |||
            ||+----------------------------+------------------------------------+||
            |||  GroupId                   |  sg-0f1a2b3c4d5e6f7a8              |||
            ||+----------------------------+------------------------------------+||
            |||                             SubnetIds                           |||
            ||+-----------------------------------------------------------------+||
            |||  subnet-0d1e2f3a4b5c6d7e8                                       |||
            ||+-----------------------------------------------------------------+||
            after
            """
        let match = try #require(read(AWSTableReader(), table).match)
        #expect(match.lineCount == 19)
        #expect(match.observations.map(\.kind) == [.vpcEndpoint(VPCEndpointReport(
            id: "vpce-0c4e6a8b0d2f41357", state: "available", serviceName: "com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098",
            ownerID: "480151926302", vpcID: "vpc-0b1c2d3e4f5a6b7c8", subnetIDs: ["subnet-0d1e2f3a4b5c6d7e8"], groupIDs: ["sg-0f1a2b3c4d5e6f7a8"]))])
        #expect(match.observations.first?.evidence.number == 9)
    }

    @Test func aQueriedListAsATableAndAsText() throws {
        let table = """
            -----------------------------------------
            |         DescribeVpcEndpoints          |
            +-------------------------+-------------+
            |  vpce-f38d68dd0c25c7548 |  available  |
            |  vpce-b14217e1b4b77777a |  deleted    |
            +-------------------------+-------------+
            """
        #expect(try #require(read(AWSTableReader(), table).match).observations.map(\.kind) == [
            .vpcEndpoint(VPCEndpointReport(id: "vpce-f38d68dd0c25c7548", state: "available")),
            .vpcEndpoint(VPCEndpointReport(id: "vpce-b14217e1b4b77777a", state: "deleted")),
        ])
        #expect(kinds(AWSOutputReader(), "vpce-f38d68dd0c25c7548\tpendingAcceptance\t480151926302")
            == [.vpcEndpoint(VPCEndpointReport(id: "vpce-f38d68dd0c25c7548", state: "pendingAcceptance", ownerID: "480151926302"))])
        #expect(kinds(AWSOutputReader(), "subnet-adba576e08be86f35\tus-east-1c\tuse1-az2")
            == [.subnetZone(subnet: "subnet-adba576e08be86f35", zone: "us-east-1c", zoneID: "use1-az2")])
        #expect(kinds(AWSOutputReader(), "us-east-1a\tus-east-1b") == [.serviceZones(["us-east-1a", "us-east-1b"])])
        #expect(kinds(AWSOutputReader(), "vpce-f38d68dd0c25c7548\tvpce-b14217e1b4b77777a")
            == [.vpcEndpoint(VPCEndpointReport(id: "vpce-f38d68dd0c25c7548")), .vpcEndpoint(VPCEndpointReport(id: "vpce-b14217e1b4b77777a"))])
        #expect(kinds(AWSOutputReader(), "the endpoint is available") == nil)
    }

    @Test func theRegionTheCLIUses() {
        let reader = AWSConfigureReader()
        #expect(kinds(reader, "      Name                    Value             Type    Location") == [])
        #expect(kinds(reader, "access_key     ****************ting              env") == [])
        #expect(kinds(reader, "    region                us-east-1              env    AWS_DEFAULT_REGION") == [.configuredRegion("us-east-1")])
        #expect(kinds(reader, "region     : ap-northeast-1           : config-file      : ~/.aws/config") == [.configuredRegion("ap-northeast-1")])
        #expect(kinds(reader, "Default region name [us-east-1]: ap-northeast-1") == [.configuredRegion("ap-northeast-1")])
        #expect(kinds(reader, "Default region name [us-east-1]: ") == [.configuredRegion("us-east-1")])
        var state = ReadingState()
        state.lastCommand = .configure
        #expect(kinds(reader, "ap-northeast-1", state: state) == [.configuredRegion("ap-northeast-1")])
        #expect(kinds(reader, "ap-northeast-1") == nil)
        #expect(!AWSConfigureReader.isRegion("kafka-shiny-73918"))
        #expect(AWSConfigureReader.isRegion("us-gov-west-1"))
    }

    @Test func deletionsAnswered() throws {
        #expect(try #require(read(AWSJSONReader(), "{\n    \"Unsuccessful\": []\n}").match).observations.map(\.kind) == [.endpointDeleteAccepted])
        #expect(try #require(read(AWSJSONReader(), "{\"Return\": true, \"GroupId\": \"sg-0f1a2b3c4d5e6f7a8\"}").match).observations.map(\.kind)
            == [.securityGroupDeleted("sg-0f1a2b3c4d5e6f7a8")])
    }

    /// A sentence after JSON cut off in the paste ends the block, whatever letter it starts with.
    @Test func prosedAfterCutJSONIsNotJSON() {
        for line in ["the rest was too long", "now what?", "2 hours lost", "false alarm?", "nothing else"] {
            #expect(!AWSJSONReader.continuesBlock(line), "\(line)")
        }
        for line in ["true,", "false", "null]", "12,", "-1", "\"Key\": 1,", "}"] { #expect(AWSJSONReader.continuesBlock(line), "\(line)") }
    }
}
