import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookCore

@Suite struct DerivationTests {
    func input(_ raw: RawInput) throws -> RunbookInput {
        try RuleSet.standard.validate(raw).get()
    }

    @Test func endpointIDBecomesTheArticlesConfigVarID() throws {
        let value = try input(RawInput(addon: "kafka-sushi-12345", app: "demo-app", awsAccountIDs: ["123456789101"],
                                       endpointID: "vpce-01c87ae3c05563935"))
        #expect(value.endpointID?.configVarID == "01C87AE3C05563935")
        #expect(value.endpointID?.configVarName == "KAFKA_ENDPOINT_01C87AE3C05563935_URL")
    }

    @Test(arguments: [
        ("123456789101", "arn:aws:iam::123456789101:root"),
        ("123456789101:user/abc.xyz", "arn:aws:iam::123456789101:user/abc.xyz"),
        ("012345678901:role/rolename", "arn:aws:iam::012345678901:role/rolename"),
    ])
    func accountFormsBecomeTheARNsHerokuLists(_ argument: String, _ arn: String) throws {
        let value = try input(RawInput(addon: "kafka-sushi-12345", app: "demo-app", awsAccountIDs: [argument]))
        #expect(value.accounts.first?.arn == arn)
        #expect(value.accounts.first?.argument == argument)
    }

    @Test func regionComesFromTheFlagOrElseTheServiceName() throws {
        let named = try input(RawInput(addon: "kafka-sushi-12345", app: "demo-app", awsAccountIDs: ["123456789101"], region: "tokyo"))
        #expect(named.region?.awsCode == "ap-northeast-1")
        let derived = try input(RawInput(addon: "kafka-sushi-12345", app: "demo-app", awsAccountIDs: ["123456789101"],
                                         serviceName: "com.amazonaws.vpce.eu-west-1.vpce-svc-0410a2e25933fe8ec"))
        #expect(derived.region?.name == "dublin")
    }

    @Test func regionTableHasUniqueNamesAndCodes() {
        let all = PrivateSpaceRegion.all
        #expect(Set(all.map(\.name)).count == all.count)
        #expect(Set(all.map(\.awsCode)).count == all.count)
        #expect(all.filter(\.verified).count == 6)
    }
}
