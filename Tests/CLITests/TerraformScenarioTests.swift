import Foundation
import Testing

/// The Terraform path run for real, one scenario after another (the provider is large: each
/// costs a minute or two here): the runbook is generated with the built binary into an output
/// folder, and its Terraform commands run exactly as printed from there, against a local AWS API
/// (moto, started by Scripts/terraform-test.sh) in which an endpoint service stands behind a
/// Network Load Balancer; what they made is checked with the real `aws` client. Only the override
/// file that points the provider at the emulator is added to the generated configuration.
@Suite(.serialized, .enabled(if: TerraformRunner.enabled, "Terraform runs in `make terraform-test` (Scripts/terraform-test.sh), not in make test"))
struct TerraformScenarioTests {
    static let app = "privatelink-vpc-endpoint-demo"

    /// `generate` for the fixture into `output`; the runbook's commands and what it says they print.
    func generate(_ fixture: AWSFixture, _ extra: [String], into output: URL) throws -> [RunbookCommands.Command] {
        var arguments = ["generate", "--addon", AWSFixture.addon, "--app", Self.app, "--aws-account-id", "123456789012",
                         "--service-name", fixture.serviceName, "--vpc-id", fixture.vpc]
        for subnet in fixture.subnets { arguments += ["--subnet-id", subnet] }
        return try run(arguments + extra, runbook: "runbook.en.md", into: output)
    }

    /// The teardown runbook for the endpoint, with Terraform.
    func teardown(_ endpointID: String, _ extra: [String] = [], into output: URL) throws -> [RunbookCommands.Command] {
        try run(["generate", "--task", "teardown", "--addon", AWSFixture.addon, "--app", Self.app, "--endpoint-id", endpointID,
                 "--aws-steps", "terraform"] + extra, runbook: "runbook-teardown.en.md", into: output)
    }

    private func run(_ arguments: [String], runbook: String, into output: URL) throws -> [RunbookCommands.Command] {
        let result = try CLI.run(arguments + ["--lang", "en", "--format", "md", "--output", output.path])
        guard result.status == 0 else { throw AWSEmulator.Failure(description: "generate failed: \(result.stderr)") }
        let markdown = try String(contentsOf: output.appendingPathComponent("\(AWSFixture.addon)/\(runbook)"), encoding: .utf8)
        return RunbookCommands(markdown: markdown).all
    }

    func command(_ commands: [RunbookCommands.Command], _ ending: String) throws -> RunbookCommands.Command {
        try #require(commands.first { $0.command.hasPrefix("terraform ") && $0.command.hasSuffix(ending) }, "no command ending with \(ending)")
    }

    /// The generated configuration as written, formatted as `terraform fmt` writes it, valid, and
    /// pointed at the emulator; `init` run as the runbook prints it.
    func prepare(_ commands: [RunbookCommands.Command], output: URL, _ terraform: inout TerraformRunner) throws -> URL {
        let configuration = output.appendingPathComponent("\(AWSFixture.addon)/terraform")
        try TerraformRunner.pointAtEmulator(configuration)
        let initialize = try command(commands, " init")
        let initialized = try terraform.shell(initialize.command, in: output)
        #expect(initialized.status == 0, "\(initialized.stderr)")
        let initLine = try #require(initialize.expectedOutput)
        #expect(initialized.stdout.contains(initLine))
        try check(configuration, &terraform)
        return configuration
    }

    /// The generated files (not the test's override) as `terraform fmt` writes them, and valid.
    func check(_ configuration: URL, _ terraform: inout TerraformRunner) throws {
        let format = try terraform.shell("terraform fmt -check -diff versions.tf variables.tf main.tf outputs.tf terraform.tfvars", in: configuration)
        #expect(format.status == 0, "not as terraform fmt writes it:\n\(format.stdout)\(format.stderr)")
        let validate = try terraform.shell("terraform validate -no-color", in: configuration)
        #expect(validate.status == 0, "\(validate.stdout)\(validate.stderr)")
    }

    func liveEndpoints(_ fixture: AWSFixture) throws -> [[String: Any]] {
        try fixture.endpoints().filter { $0["State"] as? String != "deleted" }
    }

    /// Every configuration among the goldens (every task and shape that writes one): formatted
    /// as `terraform fmt` writes it, and valid (`terraform validate` compiles the RuleSet's
    /// patterns as RE2 and checks every resource and attribute against the provider's schema).
    @Test func everyGoldenConfigurationIsFormattedAndValid() throws {
        try #require(TerraformRunner.missing == nil, "\(TerraformRunner.missing ?? "")")
        let start = ContinuousClock.now
        var terraform = TerraformRunner()
        let goldens = CLI.packageRoot.appendingPathComponent("Tests/RunbookKitTests/Fixtures/terraform")
        let folders = try FileManager.default.contentsOfDirectory(atPath: goldens.path).sorted().flatMap { addon in
            try FileManager.default.contentsOfDirectory(atPath: goldens.appendingPathComponent(addon).path).sorted()
                .filter { $0.hasPrefix("terraform") }.map { goldens.appendingPathComponent("\(addon)/\($0)") }
        }
        #expect(folders.count == 3, "create, add-accounts, an existing endpoint: \(folders.map(\.lastPathComponent))")
        for folder in folders {
            let format = try terraform.shell("terraform fmt -check -diff", in: folder)
            #expect(format.status == 0, "\(folder.path):\n\(format.stdout)")
            // init writes .terraform/ and a lock file: a copy, so the goldens stay as recorded.
            let copy = try CLI.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: copy) }
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                try FileManager.default.copyItem(at: folder.appendingPathComponent(name), to: copy.appendingPathComponent(name))
            }
            let initialized = try terraform.shell("terraform init -no-color", in: copy)
            #expect(initialized.status == 0, "\(folder.path): \(initialized.stderr)")
            let validate = try terraform.shell("terraform validate -no-color", in: copy)
            #expect(validate.status == 0, "\(folder.path): \(validate.stdout)\(validate.stderr)")
        }
        TerraformRunner.record(terraform.timings("golden configurations fmt -check + init + validate", total: seconds(since: start)))
    }

    @Test func createPlansWhatTheRunbookSaysMakesOneEndpointAndTeardownLeavesNothing() throws {
        try #require(TerraformRunner.missing == nil, "\(TerraformRunner.missing ?? "")")
        let start = ContinuousClock.now
        var terraform = TerraformRunner()
        // Two IPv4 blocks: the runbook's lines count one rule; this VPC needs one more.
        let fixture = try AWSFixture.make(secondaryBlock: "10.43.0.0/16")
        let output = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let commands = try generate(fixture, ["--aws-steps", "terraform"], into: output)
        _ = try prepare(commands, output: output, &terraform)

        let plan = try command(commands, " plan -out=tfplan")
        #expect(plan.expectedOutput == "Plan: 3 to add, 0 to change, 0 to destroy.")
        let planned = try terraform.shell(plan.command, in: output)
        #expect(planned.status == 0, "\(planned.stderr)")
        #expect(planned.stdout.contains("Plan: 4 to add, 0 to change, 0 to destroy."), "\(planned.stdout)")
        for resource in ["aws_security_group.kafka", #"aws_vpc_security_group_ingress_rule.brokers["10.42.0.0/16"]"#,
                         #"aws_vpc_security_group_ingress_rule.brokers["10.43.0.0/16"]"#, "aws_vpc_endpoint.kafka"] {
            #expect(planned.stdout.contains("# \(resource) will be created"), "\(resource)")
        }

        let apply = try command(commands, " apply tfplan")
        #expect(apply.expectedOutput == "Apply complete! Resources: 3 added, 0 changed, 0 destroyed.")
        let applied = try terraform.shell(apply.command, in: output)
        #expect(applied.status == 0, "\(applied.stderr)")
        #expect(applied.stdout.contains("Apply complete! Resources: 4 added, 0 changed, 0 destroyed."), "\(applied.stdout)")

        // Through the AWS API: exactly one interface endpoint, in the subnets, with the one group,
        // which allows TCP 10000-11000 from every block of the VPC.
        let endpoints = try liveEndpoints(fixture)
        #expect(endpoints.count == 1)
        let endpoint = try #require(endpoints.first)
        let endpointID = try #require(endpoint["VpcEndpointId"] as? String)
        #expect(endpoint["VpcEndpointType"] as? String == "Interface")
        #expect(endpoint["ServiceName"] as? String == fixture.serviceName)
        #expect(Set(endpoint["SubnetIds"] as? [String] ?? []) == Set(fixture.subnets))
        let groups = try fixture.securityGroups()
        #expect(groups.map { $0["GroupName"] as? String } == ["kafka-privatelink-\(AWSFixture.addon)"])
        let group = try #require(groups.first)
        #expect((endpoint["Groups"] as? [[String: Any]])?.compactMap { $0["GroupId"] as? String } == [group["GroupId"] as? String ?? "?"])
        #expect(AWSFixture.brokerBlocks(of: group) == ["10.42.0.0/16", "10.43.0.0/16"])

        // The outputs: the names the runbook shows, the endpoint's id, and the config var's name.
        let configVar = "KAFKA_ENDPOINT_\(endpointID.suffix(17).uppercased())_URL"
        let outputs = try command(commands, " output")
        let printed = try terraform.shell(outputs.command, in: output)
        #expect(printed.stdout == "config_var_name = \"\(configVar)\"\nendpoint_id = \"\(endpointID)\"\nendpoint_state = \"available\"\n")
        #expect(outputs.expectedOutput?.split(separator: "\n").map { $0.prefix { $0 != " " } } == ["config_var_name", "endpoint_id", "endpoint_state"])
        let state = try command(commands, " output endpoint_state")
        let refreshed = try terraform.shell(state.command, in: output)
        let available = try #require(state.expectedOutput)
        #expect(refreshed.stdout == available + "\n", "moto accepts at once: \(refreshed.stdout)\(refreshed.stderr)")
        // Step 8 greps for the name the configuration computes: no copying by hand.
        let lookup = try #require(commands.first { $0.command.hasPrefix("heroku config") })
        let substitution = try #require(lookup.command.range(of: #"(?<=\$\()terraform [^)]*"#, options: .regularExpression))
        #expect(try terraform.shell(String(lookup.command[substitution]), in: output).stdout == configVar)

        let again = try terraform.shell("terraform -chdir=\(AWSFixture.addon)/terraform plan -detailed-exitcode -no-color", in: output)
        #expect(again.status == 0, "a second plan changes nothing:\n\(again.stdout)")
        #expect(again.stdout.contains("No changes."))

        // The teardown runbook destroys it, as printed, answering Terraform's question.
        let destroy = try command(try teardown(endpointID, into: output), " destroy")
        #expect(destroy.expectedOutput == "Destroy complete! Resources: 3 destroyed.")
        let destroyed = try terraform.shell(destroy.command, in: output, answer: "yes")
        #expect(destroyed.status == 0, "\(destroyed.stderr)")
        #expect(destroyed.stdout.contains("Destroy complete! Resources: 4 destroyed."), "\(destroyed.stdout)")
        #expect(try liveEndpoints(fixture).isEmpty, "no endpoint left")
        #expect(try fixture.securityGroups().isEmpty, "no group left")
        TerraformRunner.record(terraform.timings("create, plan, apply, outputs, re-plan, destroy", total: seconds(since: start)))
    }

    @Test func anExistingEndpointIsImportedAndItsGroupGainsTheMissingRule() throws {
        try #require(TerraformRunner.missing == nil, "\(TerraformRunner.missing ?? "")")
        let start = ContinuousClock.now
        var terraform = TerraformRunner()
        let fixture = try AWSFixture.make(secondaryBlock: "10.43.0.0/16")
        // The customer's own group, allowing the primary block only, and an endpoint made with the AWS CLI.
        let group = try AWSEmulator.aws(["ec2", "create-security-group", "--group-name", "app", "--description", "the customer's own",
                                         "--vpc-id", fixture.vpc, "--query", "GroupId", "--output", "text"])
        _ = try AWSEmulator.aws(["ec2", "authorize-security-group-ingress", "--group-id", group, "--protocol", "tcp",
                                 "--port", "10000-11000", "--cidr", "10.42.0.0/16"])
        let endpointID = try AWSEmulator.aws([
            "ec2", "create-vpc-endpoint", "--vpc-endpoint-type", "Interface", "--vpc-id", fixture.vpc, "--service-name", fixture.serviceName,
            "--subnet-ids"] + fixture.subnets + ["--security-group-ids", group, "--query", "VpcEndpoint.VpcEndpointId", "--output", "text"])
        let output = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let existing = ["--aws-steps", "terraform", "--endpoint-id", endpointID, "--security-group-id", group]

        // Only the block the group allows: the plan adopts the endpoint and adds nothing.
        let narrow = try generate(fixture, existing + ["--cidr", "10.42.0.0/16"], into: output)
        _ = try prepare(narrow, output: output, &terraform)
        let adopting = try terraform.shell(try command(narrow, " plan -out=tfplan").command, in: output)
        #expect(adopting.status == 0, "\(adopting.stderr)")
        #expect(adopting.stdout.contains("Plan: 1 to import, 0 to add, 0 to change, 0 to destroy."), "\(adopting.stdout)")
        #expect(adopting.stdout.contains("# aws_vpc_endpoint.kafka will be imported"))

        // Every block of the VPC: the group lacks the secondary one's rule, and gains it.
        let commands = try generate(fixture, existing, into: output)
        try check(output.appendingPathComponent("\(AWSFixture.addon)/terraform"), &terraform)
        let plan = try command(commands, " plan -out=tfplan")
        let planned = try terraform.shell(plan.command, in: output)
        #expect(planned.status == 0, "\(planned.stderr)")
        let planLine = try #require(plan.expectedOutput)
        #expect(planLine == "Plan: 1 to import, 1 to add, 0 to change, 0 to destroy.")
        #expect(planned.stdout.contains(planLine), "the runbook's line exactly:\n\(planned.stdout)")
        #expect(planned.stdout.contains(#"# aws_vpc_security_group_ingress_rule.brokers["10.43.0.0/16"] will be created"#))
        #expect(!planned.stdout.contains("aws_vpc_endpoint.kafka will be created"))
        let apply = try command(commands, " apply tfplan")
        let applied = try terraform.shell(apply.command, in: output)
        #expect(applied.status == 0, "\(applied.stderr)")
        let applyLine = try #require(apply.expectedOutput)
        #expect(applyLine == "Apply complete! Resources: 1 imported, 1 added, 0 changed, 0 destroyed.")
        #expect(applied.stdout.contains(applyLine), "\(applied.stdout)")

        #expect(try liveEndpoints(fixture).map { $0["VpcEndpointId"] as? String } == [endpointID], "the same endpoint, no second one")
        let groups = try fixture.securityGroups()
        #expect(groups.map { $0["GroupId"] as? String } == [group], "no group of its own")
        #expect(AWSFixture.brokerBlocks(of: groups[0]) == ["10.42.0.0/16", "10.43.0.0/16"])
        let again = try terraform.shell("terraform -chdir=\(AWSFixture.addon)/terraform plan -detailed-exitcode -no-color", in: output)
        #expect(again.status == 0, "a second plan changes nothing:\n\(again.stdout)")

        // Teardown: the endpoint and the rule the configuration added go; the group and its own rule stay.
        let destroy = try command(try teardown(endpointID, ["--vpc-id", fixture.vpc, "--security-group-id", group], into: output), " destroy")
        let destroyed = try terraform.shell(destroy.command, in: output, answer: "yes")
        #expect(destroyed.status == 0, "\(destroyed.stderr)")
        let destroyLine = try #require(destroy.expectedOutput)
        #expect(destroyLine == "Destroy complete! Resources: 2 destroyed.")
        #expect(destroyed.stdout.contains(destroyLine), "\(destroyed.stdout)")
        #expect(try liveEndpoints(fixture).isEmpty)
        let kept = try fixture.securityGroups()
        #expect(kept.map { $0["GroupId"] as? String } == [group])
        #expect(AWSFixture.brokerBlocks(of: kept[0]) == ["10.42.0.0/16"])
        TerraformRunner.record(terraform.timings("existing endpoint imported, group gains a rule, destroy", total: seconds(since: start)))
    }

    @Test func aSubnetInAZoneTheServiceDoesNotOfferFailsThePlanWithOurMessage() throws {
        try #require(TerraformRunner.missing == nil, "\(TerraformRunner.missing ?? "")")
        let start = ContinuousClock.now
        var terraform = TerraformRunner()
        let fixture = try AWSFixture.make(zones: ["us-east-1a", "us-east-1c"])
        let output = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: output) }
        let commands = try generate(fixture, ["--aws-steps", "terraform"], into: output)
        _ = try prepare(commands, output: output, &terraform)
        let planned = try terraform.shell(try command(commands, " plan -out=tfplan").command, in: output)
        #expect(planned.status != 0)
        let offending = "\(fixture.subnets[1]) (us-east-1c)"
        #expect(planned.flattened.contains("Resource precondition failed"), "\(planned.stderr)")
        #expect(planned.flattened.contains("The subnets \(offending) are in Availability Zones where the endpoint service is not offered. "
            + "Choose subnets in these zones only: us-east-1a, us-east-1b."), "\(planned.stderr)")
        #expect(planned.flattened.contains("サブネット \(offending) のアベイラビリティーゾーンでは、エンドポイントサービスが提供されていません。"), "\(planned.stderr)")
        #expect(try fixture.endpoints().isEmpty && fixture.securityGroups().isEmpty, "nothing made")
        TerraformRunner.record(terraform.timings("subnet in a zone the service does not offer", total: seconds(since: start)))
    }

    private func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
