import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookKit

/// `rules --json` must validate the way the RuleSet does. Checked with an independent validator,
/// Python's `jsonschema`, where it is installed.
@Suite struct JSONSchemaTests {
    static var hasJSONSchema: Bool { run(["python3", "-c", "import jsonschema"]).status == 0 }

    /// Runs a command found on PATH.
    static func run(_ arguments: [String], input: String = "") -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        let stdin = Pipe(), stdout = Pipe()
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stdout
        guard (try? process.run()) != nil else { return (-1, "") }
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try? stdin.fileHandleForWriting.close()
        let output = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func schemaNamesEveryFieldWithItsPattern() throws {
        let schema = RuleSet.standard.jsonSchema(catalog: TemplateSet.embedded.catalog(.en))
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(Set(properties.keys) == Set(Field.allCases.map(\.jsonKey)))
        // The accounts are required except for teardown: in the schema's allOf, not its top-level list.
        #expect(schema["required"] as? [String] == ["addon", "app"])
        #expect((properties["app"] as? [String: Any])?["pattern"] as? String == RuleSet.appPattern)
        // Regions are accepted in any case: a pattern, since a schema's enum is exact.
        let region = try #require((properties["region"] as? [String: Any])?["pattern"] as? String)
        for name in ["virginia", "Tokyo", "US-EAST-1"] { #expect(name.wholeMatch(of: try Regex(region)) != nil, "\(name)") }
        #expect("mars".wholeMatch(of: try Regex(region)) == nil)
    }

    @Test(.enabled(if: hasJSONSchema, "python3 with the jsonschema package is not installed: schema not cross-checked"))
    func anIndependentValidatorAgreesWithTheRuleSet() throws {
        let schema = RuleSet.standard.jsonSchema(catalog: TemplateSet.embedded.catalog(.en))
        // A JSON Schema cannot check a CIDR block's host bits; the schema's $comment says so.
        var samples = RuleSamples.cases.filter { $0.2 != "cidr.network" }.map { field, value, rule -> [String: Any] in
            var object: [String: Any] = ["addon": "kafka-sushi-12345", "app": "privatelink-vpc-endpoint-demo",
                                         "awsAccountIds": ["123456789101"]]
            object[field.jsonKey] = RuleSet.standard.rules(for: field).isRepeatable ? [value] : value
            // The AWS CLI values need a VPC and a subnet, as in RuleTests.
            if [.subnetID, .securityGroupID, .cidr, .awsSteps].contains(field) { object["vpcId"] = "vpc-0a1b2c3d4e5f67890" }
            if [.vpcID, .securityGroupID, .cidr, .awsSteps].contains(field) { object["subnetIds"] = ["subnet-0a1b2c3d4e5f67890"] }
            return ["instance": object, "valid": rule == nil]
        }
        // Dependencies between fields that the schema states too.
        let base: [String: Any] = ["addon": "kafka-sushi-12345", "app": "privatelink-vpc-endpoint-demo", "awsAccountIds": ["123456789101"]]
        samples.append(["instance": base.merging(["subnetIds": ["subnet-0a1b2c3d4e5f67890"]]) { $1 }, "valid": false])
        samples.append(["instance": base.merging(["vpcId": "vpc-0a1b2c3d4e5f67890"]) { $1 }, "valid": false])
        samples.append(["instance": base.merging(["awsSteps": "cli"]) { $1 }, "valid": false])
        samples.append(["instance": base.merging(["awsSteps": "console"]) { $1 }, "valid": true])
        // What each task requires: teardown needs no account; deleting tasks need the endpoint with a VPC.
        let bare: [String: Any] = ["addon": "kafka-sushi-12345", "app": "privatelink-vpc-endpoint-demo"]
        let vpc = "vpc-0a1b2c3d4e5f67890", endpoint = "vpce-01c87ae3c05563935"
        samples += [
            (bare.merging(["task": "teardown"]) { $1 }, true),
            (bare.merging(["task": "remove-accounts"]) { $1 }, false),
            (bare, false),
            (bare.merging(["task": "teardown", "awsAccountIds": [String]()]) { $1 }, true),
            (bare.merging(["awsAccountIds": [String]()]) { $1 }, false),
            (bare.merging(["task": "teardown", "vpcId": vpc]) { $1 }, false),
            (bare.merging(["task": "teardown", "vpcId": vpc, "endpointId": endpoint]) { $1 }, true),
            (base.merging(["task": "remove-accounts", "vpcId": vpc, "endpointId": endpoint]) { $1 }, true),
            (base.merging(["task": "add-accounts", "vpcId": vpc]) { $1 }, false),
            (base.merging(["task": "add-accounts", "vpcId": vpc, "subnetIds": ["subnet-0a1b2c3d4e5f67890"]]) { $1 }, true),
            (base.merging(["task": "migrate"]) { $1 }, false),
            // vpc-id.one-account: with a VPC, add-accounts and remove-accounts take one account.
            (base.merging(["task": "add-accounts", "vpcId": vpc, "subnetIds": ["subnet-0a1b2c3d4e5f67890"],
                           "awsAccountIds": ["123456789101", "210987654321"]]) { $1 }, false),
            (base.merging(["task": "remove-accounts", "vpcId": vpc, "endpointId": endpoint,
                           "awsAccountIds": ["123456789101", "210987654321"]]) { $1 }, false),
            (base.merging(["task": "remove-accounts", "awsAccountIds": ["123456789101", "210987654321"]]) { $1 }, true),
            (base.merging(["vpcId": vpc, "subnetIds": ["subnet-0a1b2c3d4e5f67890"], "awsAccountIds": ["123456789101", "210987654321"]]) { $1 }, true),
        ].map { ["instance": $0.0, "valid": $0.1] }
        let payload = try JSONSerialization.data(withJSONObject: ["schema": schema, "samples": samples])
        let script = """
            import json, re, sys, jsonschema
            data = json.load(sys.stdin)
            # JSON Schema patterns are ECMA-262, where $ is the end of input; in Python it also
            # matches before a final newline, so translate it to Python's \\Z.
            def ecma(node):
                if isinstance(node, dict):
                    return {k: (re.sub(r"\\$$", r"\\\\Z", v) if k == "pattern" else ecma(v)) for k, v in node.items()}
                return [ecma(v) for v in node] if isinstance(node, list) else node
            validator = jsonschema.Draft202012Validator(ecma(data["schema"]))
            for s in data["samples"]:
                if validator.is_valid(s["instance"]) != s["valid"]:
                    print("disagrees:", json.dumps(s, ensure_ascii=False))
            """
        let result = Self.run(["python3", "-c", script], input: String(decoding: payload, as: UTF8.self))
        #expect(result.status == 0)
        #expect(result.output == "", "\(result.output)")
    }
}
