import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookCore

/// Accept/refuse tables for every rule, with the edge cases people get wrong.
@Suite struct RuleTests {
    static let valid = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo",
                                awsAccountIDs: ["123456789101:user/abc.xyz"])

    /// The rule that refuses `value` for `field`, or nil if it is accepted.
    func verdict(_ field: Field, _ value: String) -> String? {
        var raw = Self.valid
        if field == .awsAccountID { raw.awsAccountIDs = [] }  // the value under test is the only account
        raw.add(value, for: field)
        // The AWS CLI values need a VPC and a subnet; give the ones not under test.
        if [.subnetID, .securityGroupID, .cidr, .awsSteps].contains(field) { raw.vpcID = "vpc-0a1b2c3d4e5f67890" }
        if [.vpcID, .securityGroupID, .cidr, .awsSteps].contains(field) { raw.subnetIDs = ["subnet-0a1b2c3d4e5f67890"] }
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else { return nil }
        #expect(diagnostics.items.count == 1)
        #expect(diagnostics.items.first?.field == field)
        #expect(diagnostics.items.first?.value == value)
        return diagnostics.items.first?.rule.description
    }


    @Test(arguments: RuleSamples.cases.indices)
    func acceptsOrRefuses(_ index: Int) {
        let (field, value, expected) = RuleSamples.cases[index]
        #expect(verdict(field, value) == expected, "\(field.flag) \(value.debugDescription)")
    }

    /// The add-on's length limit is a number in the rule and in its messages: they must agree.
    @Test func theAddonLengthMessageStatesTheLimitTheRuleApplies() throws {
        var raw = Self.valid
        raw.addon = "k" + String(repeating: "a", count: 200)
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else {
            Issue.record("201 characters were accepted")
            return
        }
        let diagnostic = try #require(diagnostics.items.first { $0.rule == RuleID(.addon, .length) })
        for language in Language.allCases {
            let message = DiagnosticFormatter(catalog: TemplateSet.embedded.catalog(language)).message(diagnostic)
            #expect(message.contains("200"), "\(language): \(message)")
        }
        #expect(RuleSet.standard.fields.first { $0.field == .addon }?.schemaPattern?.contains("{1,199}") == true)
    }

    @Test func missingRequiredValuesAreAllReportedTogether() throws {
        guard case .failure(let diagnostics) = RuleSet.standard.validate(RawInput()) else {
            Issue.record("empty input was accepted")
            return
        }
        #expect(diagnostics.items.map(\.rule.description) == ["addon.required", "app.required", "aws-account-id.required"])
        #expect(diagnostics.items.allSatisfy { $0.value == nil && !$0.example.isEmpty })
    }

    @Test func everyProblemOfOneRunIsReported() {
        let raw = RawInput(addon: "1x", app: "Bad_App", awsAccountIDs: ["12345", "123456789101:user/ok"],
                           endpointID: "vpce-1", region: "mars", serviceName: "svc")
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else {
            Issue.record("bad input was accepted")
            return
        }
        #expect(diagnostics.items.map(\.rule.description) == [
            "addon.pattern", "app.pattern", "aws-account-id.id", "endpoint-id.pattern", "region.known", "service-name.pattern",
        ])
    }

    @Test func duplicateAccountsAreRefused() {
        var raw = Self.valid
        raw.awsAccountIDs = ["123456789101", "123456789101:user/abc.xyz", "123456789101"]
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else {
            Issue.record("duplicate accepted")
            return
        }
        #expect(diagnostics.items.map(\.rule.description) == ["aws-account-id.duplicate"])
        #expect(diagnostics.items.first?.value == "123456789101")
    }

    @Test func serviceNameMustBeInTheGivenRegion() {
        var raw = Self.valid
        raw.region = "oregon"
        raw.serviceName = "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else {
            Issue.record("region mismatch accepted")
            return
        }
        #expect(diagnostics.items.map(\.rule.description) == ["service-name.region-mismatch"])
        #expect(diagnostics.items.first?.details["serviceRegion"] == "us-east-1")
        #expect(diagnostics.items.first?.details["region"] == "us-west-2")
        raw.region = "virginia"
        #expect((try? RuleSet.standard.validate(raw).get()) != nil)
    }

    @Test func awsCLIValuesNeedAVPCAndSubnets() {
        var raw = Self.valid
        raw.subnetIDs = ["subnet-0a1b2c3d4e5f67890"]
        raw.cidr = "10.0.0.0/16"
        raw.awsSteps = "cli"
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else {
            Issue.record("AWS CLI values without a VPC accepted")
            return
        }
        #expect(diagnostics.items.map(\.rule.description) == ["subnet-id.needs-vpc", "cidr.needs-vpc", "aws-steps.needs-vpc"])
        var vpcOnly = Self.valid
        vpcOnly.vpcID = "vpc-0a1b2c3d4e5f67890"
        guard case .failure(let missing) = RuleSet.standard.validate(vpcOnly) else {
            Issue.record("a VPC without subnets accepted")
            return
        }
        #expect(missing.items.map(\.rule.description) == ["vpc-id.needs-subnet"])
        var console = Self.valid
        console.awsSteps = "console"
        #expect((try? RuleSet.standard.validate(console).get())?.awsSteps == .console)
    }

    @Test func whatEachTaskRequires() {
        func rules(_ raw: RawInput) -> [String] {
            if case .failure(let diagnostics) = RuleSet.standard.validate(raw) { return diagnostics.items.map(\.rule.description) }
            return []
        }
        var teardown = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", task: "teardown")
        #expect((try? RuleSet.standard.validate(teardown).get())?.task == .teardown, "teardown needs no account")
        var remove = teardown
        remove.task = "remove-accounts"
        #expect(rules(remove) == ["aws-account-id.required"])
        teardown.vpcID = "vpc-0a1b2c3d4e5f67890"
        #expect(rules(teardown) == ["vpc-id.needs-endpoint"], "the AWS CLI steps delete a given endpoint")
        teardown.endpointID = "vpce-01c87ae3c05563935"
        #expect(rules(teardown).isEmpty, "no subnets needed to delete")
        var add = Self.valid
        add.task = "add-accounts"
        add.vpcID = "vpc-0a1b2c3d4e5f67890"
        #expect(rules(add) == ["vpc-id.needs-subnet"])
        var unknown = Self.valid
        unknown.task = "migrate"
        #expect(rules(unknown) == ["task.known"])
        #expect((try? RuleSet.standard.validate(Self.valid).get())?.task == .create, "create by default")
    }

    /// A VPC belongs to one account: the tasks that act for every account they name take one
    /// account with a VPC (their AWS CLI and Terraform steps work in that VPC only).
    @Test func aVPCServesOneAccountWhereTheRunbookCoversEveryAccount() {
        func rules(_ raw: RawInput) -> [String] {
            if case .failure(let diagnostics) = RuleSet.standard.validate(raw) { return diagnostics.items.map(\.rule.description) }
            return []
        }
        let three = ["123456789101", "210987654321:role/kafka-client", "012345678901:user/ops"]
        var add = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: three,
                           vpcID: "vpc-0a1b2c3d4e5f67890", subnetIDs: ["subnet-0a1b2c3d4e5f67890"], task: "add-accounts")
        #expect(rules(add) == ["vpc-id.one-account"])
        guard case .failure(let diagnostics) = RuleSet.standard.validate(add), let problem = diagnostics.items.first else { return }
        #expect(problem.field == .vpcID && problem.value == "vpc-0a1b2c3d4e5f67890")
        #expect(problem.details == ["task": "add-accounts", "count": "3"])
        add.awsSteps = "console+terraform"
        add.serviceName = "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"
        #expect(rules(add) == ["vpc-id.one-account"], "Terraform works in the one VPC too")
        add.awsAccountIDs = ["210987654321:role/kafka-client"]
        #expect(rules(add).isEmpty)
        var remove = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: Array(three.prefix(2)),
                              endpointID: "vpce-01c87ae3c05563935", vpcID: "vpc-0a1b2c3d4e5f67890", task: "remove-accounts")
        #expect(rules(remove) == ["vpc-id.one-account"])
        remove.vpcID = nil
        remove.endpointID = nil
        #expect(rules(remove).isEmpty, "without a VPC, each account's owner follows the console steps")
        // create allows several accounts and makes the endpoint of the reader's own VPC; teardown names no account's VPC.
        var create = add
        create.task = nil
        create.awsSteps = nil
        create.awsAccountIDs = three
        #expect(rules(create).isEmpty)
        // An account refused by its own rule, or given twice, is not counted.
        add.awsAccountIDs = ["210987654321:role/kafka-client", "12345", "210987654321:role/kafka-client"]
        #expect(rules(add) == ["aws-account-id.id", "aws-account-id.duplicate"])
    }

    @Test func cidrWithHostBitsSuggestsTheBlock() {
        var raw = Self.valid
        raw.vpcID = "vpc-0a1b2c3d4e5f67890"
        raw.subnetIDs = ["subnet-0a1b2c3d4e5f67890", "subnet-0a1b2c3d4e5f67890"]
        raw.cidr = "10.1.2.3/16"
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else {
            Issue.record("accepted")
            return
        }
        #expect(diagnostics.items.map(\.rule.description) == ["cidr.network", "subnet-id.duplicate"])
        #expect(diagnostics.items.first?.details["network"] == "10.1.0.0/16")
    }

    @Test func characterProblemsNameTheCharacterAndPosition() {
        var raw = Self.valid
        raw.app = "аpp-x"  // Cyrillic а
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw), let problem = diagnostics.items.first else {
            Issue.record("look-alike accepted")
            return
        }
        #expect(problem.details["kind"] == "non-ascii")
        #expect(problem.details["codepoint"] == "U+0430")
        #expect(problem.details["position"] == "1")
    }
}
