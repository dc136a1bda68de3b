import Foundation
import Testing

@Suite struct ValidateAndRulesTests {
    @Test func validInputShowsWhatIsDerived() throws {
        let result = try CLI.run(["validate"] + CLI.articleExampleArguments())
        #expect(result.status == 0)
        #expect(result.stdout == """
            All values are valid.
              Account to allow 123456789101:user/abc.xyz appears under Allowed Accounts as arn:aws:iam::123456789101:user/abc.xyz
              AWS region: us-east-1 (Private Space region virginia)
              Endpoint vpce-01c87ae3c05563935: config var id 01C87AE3C05563935, config var KAFKA_ENDPOINT_01C87AE3C05563935_URL

            """)
    }

    /// For remove-accounts, the accounts are allowed already: validate names them as the ones to take off.
    @Test func theAccountsOfRemoveAccountsAreTheAllowedOnes() throws {
        let result = try CLI.run(["validate", "--task", "remove-accounts", "--lang", "ja"] + CLI.articleExampleArguments())
        #expect(result.status == 0)
        #expect(result.stdout.contains("  許可済みアカウントから外すアカウント 123456789101:user/abc.xyz は、許可済みアカウントに arn:aws:iam::123456789101:user/abc.xyz と表示されています\n"))
        #expect(!result.stdout.contains("許可するアカウント"))
    }

    @Test func validateJSONForTools() throws {
        let ok = try CLI.run(["validate", "--json"] + CLI.articleExampleArguments())
        #expect(ok.status == 0)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(ok.stdout.utf8)) as? [String: Any])
        #expect(report["valid"] as? Bool == true)
        #expect(report["configVarID"] as? String == "01C87AE3C05563935")
        #expect(report["region"] as? String == "us-east-1")

        let bad = try CLI.run(["validate", "--json", "--addon", "kafka-sushi-12345", "--app", "Bad_App", "--aws-account-id", "12345"])
        #expect(bad.status == 65)
        let problems = try #require((try JSONSerialization.jsonObject(with: Data(bad.stdout.utf8)) as? [String: Any])?["problems"] as? [[String: Any]])
        #expect(problems.map { $0["rule"] as? String } == ["app.pattern", "aws-account-id.id"])
        #expect(problems.first?["flag"] as? String == "--app")
        #expect(problems.first?["value"] as? String == "Bad_App")
    }

    @Test func rulesForPeopleAndAsJSONSchema() throws {
        let text = try CLI.run(["rules", "--lang", "en"])
        #expect(text.status == 0)
        #expect(text.stdout.contains("--app  Heroku app name (required)"))
        #expect(text.stdout.contains("pattern: ^[a-z][a-z0-9-]{1,28}[a-z0-9]$"))
        let json = try CLI.run(["rules", "--json"])
        #expect(json.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect((schema["properties"] as? [String: Any])?.keys.sorted() == [
            "addon", "app", "awsAccountIds", "awsSteps", "cidr", "endpointId", "region", "securityGroupId", "serviceName",
            "subnetIds", "task", "vpcId",
        ])
        #expect(text.stdout.contains("--aws-account-id  AWS account to allow, or to take off the allowed accounts (required, except for teardown, repeatable)"))
        // In Japanese: one pair of brackets, the language's own list separator, no {name} left.
        let japanese = try CLI.run(["rules", "--lang", "ja"]).stdout
        #expect(japanese.contains("--aws-account-id  許可する、または許可済みアカウントから外す AWS アカウント (teardown 以外では必須、複数指定可)"))
        #expect(japanese.contains("  - プレフィックス長より後ろのビットがすべて 0 のネットワークアドレスにしてください\n"))
        #expect(!japanese.contains("{network}") && !text.stdout.contains("{network}"))
    }

    @Test func helpDescribesEverySubcommand() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        for command in ["generate", "validate", "rules"] { #expect(help.stdout.contains(command)) }
        let generate = try CLI.run(["generate", "--help"])
        for flag in ["--addon", "--app", "--aws-account-id", "--endpoint-id", "--region", "--service-name",
                     "--lang", "--format", "--output", "--stdout", "--templates"] {
            #expect(generate.stdout.contains(flag), "\(flag)")
        }
    }
}
