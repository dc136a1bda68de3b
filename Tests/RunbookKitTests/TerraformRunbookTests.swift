import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookBuilders
@testable import RunbookCore
@testable import RunbookKit
@testable import RunbookRender

/// The Terraform path as a reader meets it: chosen with `--aws-steps`, refused with a reason when
/// a value it needs is missing, and in the runbook the commands that run as printed from the
/// output folder, with what they print taken from the same configuration as the files.
@Suite struct TerraformRunbookTests {
    func rules(_ raw: RawInput) -> [String] {
        if case .failure(let diagnostics) = RuleSet.standard.validate(raw) { return diagnostics.items.map(\.rule.description) }
        return []
    }

    @Test func terraformIsChosenAloneOrBesideTheConsoleAndTheOtherValuesKeepTheirMeaning() throws {
        #expect(AWSSteps.allCases.map(\.rawValue) == ["console", "cli", "both", "terraform", "console+terraform"])
        let shows = AWSSteps.allCases.map { [$0.showsConsole, $0.showsCLI, $0.showsTerraform] }
        #expect(shows == [[true, false, false], [false, true, false], [true, true, false], [false, false, true], [true, false, true]])
        #expect(try RuleSet.standard.validate(TerraformInputs.create).get().awsSteps == .terraform)
        #expect(try RuleSet.standard.validate(TerraformInputs.addAccounts).get().awsSteps == .consoleAndTerraform)
    }

    @Test func aConfigurationNeedsAVPCWithSubnetsAndTheServiceName() {
        var raw = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: ["123456789101"],
                           awsSteps: "terraform")
        #expect(rules(raw) == ["aws-steps.terraform-needs-vpc", "aws-steps.terraform-needs-service-name"])
        raw.vpcID = "vpc-0a1b2c3d4e5f67890"
        #expect(rules(raw) == ["vpc-id.needs-subnet", "aws-steps.terraform-needs-service-name"])
        raw.subnetIDs = ["subnet-0a1b2c3d4e5f67890"]
        raw.awsSteps = "console+terraform"
        #expect(rules(raw) == ["aws-steps.terraform-needs-service-name"])
        raw.serviceName = "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"
        #expect(rules(raw).isEmpty)
        raw.task = "add-accounts"
        #expect(rules(raw).isEmpty)
        // Teardown and remove-accounts destroy an earlier configuration: nothing more is needed.
        let teardown = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsSteps: "terraform", task: "teardown")
        #expect(rules(teardown).isEmpty)
    }

    @Test(arguments: Language.allCases)
    func theRulesSpeakBothLanguagesAsValidateDoes(_ language: Language) {
        let formatter = DiagnosticFormatter(catalog: TemplateSet.embedded.catalog(language))
        for rule in [RuleID(.awsSteps, .terraformNeedsVPC), RuleID(.awsSteps, .terraformNeedsServiceName)] {
            let line = formatter.line(Diagnostic(field: .awsSteps, value: "terraform", rule: rule, example: "console"))
            #expect(!line.contains("rule.aws-steps"), "\(line)")
            #expect(line.contains(language == .ja ? "エラー: --aws-steps \"terraform\": " : "error: --aws-steps \"terraform\": "))
            #expect(line.contains("--service-name") || line.contains("--vpc-id"))
        }
    }

    /// `rules --json` says the same: a Terraform value of awsSteps needs vpcId and serviceName for
    /// the tasks that make an endpoint.
    @Test func theSchemaStatesWhatTerraformNeeds() throws {
        let schema = RuleSet.standard.jsonSchema(catalog: TemplateSet.embedded.catalog(.en))
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect((properties["awsSteps"] as? [String: Any])?["enum"] as? [String] == AWSSteps.allCases.map(\.rawValue))
        let rules = try #require(schema["allOf"] as? [[String: Any]])
        let terraform = try #require(rules.first { (($0["then"] as? [String: Any])?["required"] as? [String])?.contains("serviceName") == true })
        let condition = try #require((terraform["if"] as? [String: Any])?["properties"] as? [String: [String: [String]]])
        #expect(condition["awsSteps"]?["enum"] == ["terraform", "console+terraform"])
        #expect(condition["task"]?["enum"] == ["create", "add-accounts"])
    }

    @Test(.enabled(if: JSONSchemaTests.hasJSONSchema, "python3 with the jsonschema package is not installed: schema not cross-checked"))
    func anIndependentValidatorAgrees() throws {
        let schema = RuleSet.standard.jsonSchema(catalog: TemplateSet.embedded.catalog(.en))
        func object(_ raw: RawInput) -> [String: Any] {
            var object: [String: Any] = [:]
            for field in Field.allCases where !raw.values(for: field).isEmpty {
                object[field.jsonKey] = RuleSet.standard.rules(for: field).isRepeatable ? raw.values(for: field) : raw.values(for: field)[0]
            }
            return object
        }
        var samples = TerraformInputs.all.map { ["instance": object($0.raw), "valid": true] }
        for missing in [Field.vpcID, .serviceName] {
            var raw = TerraformInputs.create
            if missing == .vpcID { raw.vpcID = nil; raw.subnetIDs = [] } else { raw.serviceName = nil }
            samples.append(["instance": object(raw), "valid": rules(raw).isEmpty])
            #expect(!rules(raw).isEmpty)
        }
        let payload = try JSONSerialization.data(withJSONObject: ["schema": schema, "samples": samples])
        let script = """
            import json, sys, jsonschema
            data = json.load(sys.stdin)
            validator = jsonschema.Draft202012Validator(data["schema"])
            for s in data["samples"]:
                if validator.is_valid(s["instance"]) != s["valid"]:
                    print("disagrees:", json.dumps(s))
            """
        let result = JSONSchemaTests.run(["python3", "-c", script], input: String(decoding: payload, as: UTF8.self))
        #expect(result.status == 0)
        #expect(result.output == "", "\(result.output)")
    }

    /// Every Terraform command names the configuration's folder, so it runs as printed from the
    /// output folder; the plan and apply lines are the configuration's own.
    @Test(arguments: Language.allCases)
    func theCreateRunbookRunsTerraformFromTheOutputFolder(_ language: Language) throws {
        let text = try markdown(TerraformInputs.create, language)
        let commands = fencedBlocks("shell", in: text)
        let terraform = commands.filter { $0.contains("terraform ") }
        let folder = "terraform -chdir=kafka-tokyo-0042/terraform "
        #expect(terraform == [
            folder + "init", folder + "plan -out=tfplan", folder + "apply tfplan", folder + "output",
            folder + "apply -refresh-only -auto-approve >/dev/null && " + folder + "output endpoint_state",
            "heroku config --app orders-api | grep \"$(" + folder + "output -raw config_var_name)\"",
        ])
        #expect(!commands.contains { $0.contains("aws ec2") }, "Terraform alone: no AWS CLI step")
        let configuration = try TerraformConfigurationTests.configuration(TerraformInputs.create)
        let outputs = fencedBlocks("text", in: text)
        #expect(outputs.contains(configuration.plan.summaryLine))
        #expect(outputs.contains(configuration.plan.applyLine))
        #expect(outputs.contains("Terraform has been successfully initialized!"))
        // Step 6 plans and step 7 applies, under their own titles; the step numbers are the console's.
        #expect(text.contains("### " + (language == .ja ? "手順 6: Terraform で" : "Step 6: Plan the security group and the endpoint with Terraform")))
        #expect(!text.contains("Note the endpoint's id") && !text.contains("--endpoint-id <ENDPOINT_ID>"),
                "the outputs carry the id: nothing to note or to generate again for")
    }

    @Test func besideTheConsoleEachStepGivesTheConsoleFirstThenTerraform() throws {
        var raw = TerraformInputs.create
        raw.awsSteps = "console+terraform"
        let text = try markdown(raw, .en)
        let console = try #require(text.range(of: "Choose **Create security group**"))
        let initialize = try #require(text.range(of: "terraform -chdir=kafka-tokyo-0042/terraform init"))
        #expect(console.upperBound < initialize.lowerBound)
        #expect(text.contains("### Step 6: Create a security group for the endpoint"))
        #expect(text.contains("With Terraform:"))
        #expect(text.contains("heroku config --app orders-api | grep KAFKA_ENDPOINT_"), "the console's way to step 8 too")
    }

    /// The same commands in both languages, apart from the sentences a check prints (the account
    /// step's ARN check speaks the reader's language).
    @Test(arguments: Language.allCases)
    func theCommandsAreTheSameInBothLanguages(_ language: Language) throws {
        func commands(_ text: String) -> [String] { fencedBlocks("shell", in: text).filter { !$0.contains("echo '") } }
        for (name, raw) in TerraformInputs.all {
            let these = try markdown(raw, language), english = try markdown(raw, .en)
            #expect(fencedBlocks("shell", in: these).count == fencedBlocks("shell", in: english).count, "\(name)")
            #expect(commands(these) == commands(english), "\(name)")
        }
    }

    @Test func teardownDestroysWithTerraformBeforeTheEndpointService() throws {
        let text = try markdown(TerraformInputs.teardown, .en)
        let commands = fencedBlocks("shell", in: text)
        let destroy = try #require(commands.firstIndex(of: "terraform -chdir=kafka-tokyo-0042/terraform destroy"))
        let service = try #require(commands.firstIndex { $0.hasPrefix("heroku data:privatelink:destroy") })
        #expect(destroy < service)
        #expect(text.contains("Destroy complete! Resources: 3 destroyed."))
    }

    @Test func removeAccountsDestroysTheAddAccountsConfigurationOfThatVPCOrTheCreateOne() throws {
        let commands = fencedBlocks("shell", in: try markdown(TerraformInputs.removeAccounts, .en)).filter { $0.hasPrefix("terraform") }
        #expect(commands == ["terraform -chdir=kafka-tokyo-0042/terraform-vpc-0123456789abcdef1 destroy",
                             "terraform -chdir=kafka-tokyo-0042/terraform destroy"])
    }

    @Test func anExistingEndpointIsAdoptedAndItsIdUsedDirectly() throws {
        let text = try markdown(TerraformInputs.existingEndpoint, .en)
        #expect(text.contains("Plan: 1 to import, 1 to add, 0 to change, 0 to destroy."))
        #expect(text.contains("imports the endpoint `vpce-01c87ae3c05563935` instead of creating a second one"))
        #expect(text.contains("heroku config --app privatelink-vpc-endpoint-demo | grep 01C87AE3C05563935"))
        #expect(text.contains("Terraform 1.6.0 or later"))
    }

    /// The files' paths as `generate` prints them: under the output folder, whatever its depth.
    @Test func generateWritesTheFilesBesideTheRunbooks() throws {
        let input = try RuleSet.standard.validate(TerraformInputs.addAccounts).get()
        let paths = try Pipeline().documents(for: input, languages: [.en], formats: [.md]).map(\.path)
        #expect(paths == ["kafka-tokyo-0042/runbook-add-accounts.en.md"] + ["versions.tf", "variables.tf", "main.tf", "outputs.tf", "terraform.tfvars"]
            .map { "kafka-tokyo-0042/terraform-vpc-0123456789abcdef1/\($0)" })
    }
}
