import Foundation
import Testing

/// Bad values: every problem reported in the chosen language, exit 65, nothing written.
@Suite struct InvalidInputTests {
    static let good = ["--addon", "kafka-sushi-12345", "--app", "privatelink-vpc-endpoint-demo",
                       "--aws-account-id", "123456789101:user/abc.xyz"]

    /// One bad value per input, each with a shell or HTML metacharacter or a look-alike.
    static let hostile: [(flag: String, value: String, rule: String)] = [
        ("--addon", "kafka-sushi-12345;rm -rf ~", "addon.characters"),
        ("--app", "demo$(curl evil)", "app.characters"),
        ("--aws-account-id", "123456789101:user/a<script>", "aws-account-id.characters"),
        ("--endpoint-id", "vpce-01c87ae3c05563935|id", "endpoint-id.characters"),
        ("--region", "us-east-1`id`", "region.characters"),
        ("--service-name", "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec\"><b>", "service-name.characters"),
        ("--app", "demo\u{2010}app", "app.characters"),
    ]

    func arguments(replacing flag: String, with value: String) -> [String] {
        var arguments = Self.good
        if let index = arguments.firstIndex(of: flag) { arguments[index + 1] = value } else { arguments += [flag, value] }
        return arguments
    }

    @Test(arguments: hostile.indices)
    func hostileValueIsRefusedAndNothingIsWritten(_ index: Int) throws {
        let (flag, value, rule) = Self.hostile[index]
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["generate"] + arguments(replacing: flag, with: value) + ["--output", "out"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix("error: \(flag) \""), "\(result.stderr)")
        #expect(result.stderr.contains("[\(rule)]"))
        #expect(result.stdout.isEmpty)
        #expect(CLI.files(under: folder).isEmpty, "nothing may be written")
    }

    /// A VPC belongs to one account: add-accounts and remove-accounts with three accounts and a
    /// VPC are refused, with the whole message, and nothing is written; without the VPC the
    /// runbook is written, and each account's owner does the AWS side in their own VPC.
    @Test(arguments: ["add-accounts", "remove-accounts"])
    func threeAccountsWithOneVPCAreRefused(_ task: String) throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let accounts = ["123456789101", "210987654321:role/kafka-client", "012345678901:user/ops"].flatMap { ["--aws-account-id", $0] }
        let common = ["--task", task, "--addon", "kafka-sushi-12345", "--app", "privatelink-vpc-endpoint-demo"] + accounts
        let aws = task == "add-accounts" ? ["--vpc-id", "vpc-0123456789abcdef0", "--subnet-id", "subnet-0123456789abcdef0"]
                                         : ["--vpc-id", "vpc-0123456789abcdef0", "--endpoint-id", "vpce-01c87ae3c05563935"]
        let refused = try CLI.run(["generate"] + common + aws + ["--output", "out"], in: folder)
        #expect(refused.status == 65)
        #expect(refused.stderr == """
            error: --vpc-id "vpc-0123456789abcdef0": belongs to one AWS account, but --task \(task) names 3 accounts: the AWS CLI and Terraform steps would make or delete the endpoint in this VPC for one of them only. Give one --aws-account-id with --vpc-id and generate a runbook for each account, or leave out --vpc-id: the console steps then have each account's owner work in their own VPC (example: 123456789101:user/abc.xyz) [vpc-id.one-account]
            1 problem found; nothing was written.

            """)
        #expect(CLI.files(under: folder).isEmpty, "nothing may be written")
        let console = try CLI.run(["generate"] + common + ["--stdout", "--lang", "en", "--format", "md"])
        #expect(console.status == 0, "\(console.stderr)")
        #expect(console.stdout.contains(task == "add-accounts"
            ? "Each new account makes its own endpoint: do these steps once for each account, signed in to it, in its own VPC."
            : "Each removed account owns its own endpoints: its owner does these steps signed in to that account, in its own VPC"))
        #expect(!console.stdout.contains("aws ec2 "), "no AWS CLI command for one of the accounts only")
    }

    @Test func theIssuesExampleInJapanese() throws {
        let result = try CLI.run(["validate", "--addon", "kafka-sushi-12345", "--app", "Bad_App", "--aws-account-id", "12345", "--lang", "ja"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == """
            エラー: --app "Bad_App": 英小文字、数字、ハイフンからなる 3 ~ 30 文字で、英小文字で始まり、英小文字か数字で終わる必要があります (例: privatelink-vpc-endpoint-demo) [app.pattern]
            エラー: --aws-account-id "12345": 12 桁の AWS アカウント ID で始まる必要があります。先頭の 0 も省略しないでください (例: 123456789101:user/abc.xyz) [aws-account-id.id]
            2 件の問題が見つかりました。何も書き込んでいません。

            """)
    }

    @Test func englishByDefaultAndMissingValuesReported() throws {
        let result = try CLI.run(["generate", "--app", "ok-app"])
        #expect(result.status == 65)
        #expect(result.stderr == """
            error: --addon is required: give the name of the Kafka add-on, as shown by heroku addons (example: kafka-sushi-12345) [addon.required]
            error: --aws-account-id is required: give at least one AWS account (example: 123456789101:user/abc.xyz) [aws-account-id.required]
            2 problems found; nothing was written.

            """)
    }

    @Test func controlCharactersAreShownEscaped() throws {
        let result = try CLI.run(["validate"] + arguments(replacing: "--app", with: "demo\u{1B}[2Japp"))
        #expect(result.status == 65)
        #expect(result.stderr.hasPrefix(#"error: --app "demo\u{1B}[2Japp": contains the control character U+001B at position 5"#))
        #expect(!result.stderr.contains("\u{1B}"))
    }

    /// A value that starts with a hyphen is still the option's value; the rules judge it.
    @Test func aValueStartingWithAHyphenIsJudgedByTheRules() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["generate", "--addon", "-kafka", "--app", "privatelink-vpc-endpoint-demo",
                                  "--aws-account-id", "123456789101", "--output", "out"], in: folder)
        #expect(result.status == 65)
        #expect(result.stderr == """
            error: --addon "-kafka": must start with a letter, followed by letters, digits, hyphens or underscores (example: kafka-sushi-12345) [addon.pattern]
            1 problem found; nothing was written.

            """)
        #expect(CLI.files(under: folder).isEmpty)
        let japanese = try CLI.run(["validate", "--addon", "kafka-sushi-12345", "--app", "-app", "--aws-account-id", "123456789101", "--lang", "ja"])
        #expect(japanese.status == 65)
        #expect(japanese.stderr.hasSuffix("\n1 件の問題が見つかりました。何も書き込んでいません。\n"))
    }
}
