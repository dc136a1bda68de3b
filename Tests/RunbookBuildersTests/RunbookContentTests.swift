import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookBuilders

/// What a customer relies on: the article's commands with their values, in an order that runs,
/// and the current CLI's output.
@Suite struct RunbookContentTests {
    @Test(arguments: Language.allCases)
    func exampleHoldsEveryCommandOfTheArticleInOrder(_ language: Language) throws {
        let commands = fencedBlocks("shell", in: try markdown(articleExample, language))
            .filter { $0.hasPrefix("heroku ") || $0.hasPrefix("aws sts ") }
        #expect(commands == [
            "heroku plugins:install data-privatelink",
            "aws sts get-caller-identity --output text --query 'Account'",
            "heroku data:privatelink:create kafka-sushi-12345 --aws-account-id 123456789101:user/abc.xyz --app privatelink-vpc-endpoint-demo",
            "heroku data:privatelink:wait kafka-sushi-12345 --app privatelink-vpc-endpoint-demo",
            "heroku data:privatelink kafka-sushi-12345 --app privatelink-vpc-endpoint-demo",
            "heroku config --app privatelink-vpc-endpoint-demo | grep 01C87AE3C05563935",
        ])
    }

    @Test(arguments: Language.allCases)
    func expectedOutputsAreTheCurrentCLIs(_ language: Language) throws {
        let text = try markdown(articleExample, language)
        // The Heroku side's outputs and the connection string's; the AWS CLI part has its own tests.
        let all = fencedBlocks("text", in: text)
        // After the account's id, the ARN check of the IAM user Heroku allows (`123456789101:user/abc.xyz`).
        #expect(all[1].hasPrefix("arn:aws:iam::123456789101:user/abc.xyz\n"))
        let outputs = [all[0]] + Array(all[2..<5]) + [try #require(all.first { $0.hasPrefix("KAFKA_ENDPOINT_") })]
        #expect(outputs[0] == "123456789101")
        #expect(outputs[1].hasPrefix("Creating privatelink endpoint... done\n\nService Name: Provisioning\nStatus:       Provisioning\n"))
        #expect(outputs[1].hasSuffix("Use  $ heroku data:privatelink:wait kafka-sushi-12345 --app privatelink-vpc-endpoint-demo  to check the creation process."))
        #expect(outputs[2] == "Waiting for the privatelink endpoint to be provisioned... done")
        #expect(outputs[3].hasPrefix("=== privatelink endpoint status for kafka-sushi-12345\n\nService Name: com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec\nStatus:       Operational\n"))
        // The table as the current CLI's renderer draws it, and two blank lines after it (facts file, section 1).
        #expect(outputs[3].contains("""

            === Allowed Accounts

              ARN                                      Status
             ─────────────────────────────────────────────────
              arn:aws:iam::123456789101:user/abc.xyz   Active


            Your privatelink endpoint is now operational.
            You must now copy the Service Name and follow the rest of the steps listed in https://devcenter.heroku.com/articles/heroku-kafka-via-privatelink
            """))
        #expect(outputs[4] == "KAFKA_ENDPOINT_01C87AE3C05563935_URL: kafka+ssl://vpc-endpoint-dns-name:10001,kafka+ssl://vpc-endpoint-dns-name:10002,kafka+ssl://vpc-endpoint-dns-name:10003")
        for stale in ["Creating privatelink... done", "=== privatelinks for", "The privatelink is now being provisioned",
                      "Run heroku data:privatelink:wait", "wait KAFKA_URL", "KAKFA"] {
            #expect(!text.contains(stale), "stale article text: \(stale)")
        }
        #expect(text.contains("`10000-11000`"))
    }

    @Test func everyAccountIsAllowedAndListedOnce() throws {
        let text = try markdown(earlyInput, .en)
        let commands = fencedBlocks("shell", in: text)
        #expect(commands.contains("heroku data:privatelink:create kafka-tokyo-0042 --aws-account-id 012345678901 --aws-account-id 210987654321:role/kafka-client --app orders-api"))
        let status = try #require(fencedBlocks("text", in: text).first { $0.hasPrefix("=== privatelink endpoint status") })
        #expect(status.contains("\n  arn:aws:iam::012345678901:root" + String(repeating: " ", count: 16) + "Active\n"))
        #expect(status.contains("\n  arn:aws:iam::210987654321:role/kafka-client   Active\n"))
        #expect(fencedBlocks("text", in: text)[0] == "012345678901")
    }

    @Test(arguments: Language.allCases)
    func unknownValuesAreMarkedNotGuessed(_ language: Language) throws {
        let text = try markdown(earlyInput, language)
        #expect(text.contains("<SERVICE_NAME>"))
        #expect(text.contains("KAFKA_ENDPOINT_<ENDPOINT_ID>_URL"))
        #expect(text.contains("privatelink-runbook generate --addon kafka-tokyo-0042 --app orders-api --aws-account-id 012345678901 --aws-account-id 210987654321:role/kafka-client --region '<REGION>' --service-name '<SERVICE_NAME>' --endpoint-id '<ENDPOINT_ID>' --vpc-id vpc-0fedcba9876543210 --subnet-id subnet-0fedcba9876543210"))
        #expect(!text.contains("0410a2e25933fe8ec"), "no example value passes for the customer's")
        #expect(!text.contains("us-east-1"))
        let commands = fencedBlocks("shell", in: text)
        #expect(commands.contains("heroku config --app orders-api | grep \"$ENDPOINT_CONFIG_ID\""))
        // A placeholder such as <ENDPOINT_ID> would be a redirection in a shell; `</dev/null` and the
        // here-string `<<< "$SUBNETS"` are redirections on purpose.
        #expect(commands.allSatisfy { !$0.replacing("</dev/null", with: "").replacing("<<< \"$", with: "").contains("<") }, "every command runs as printed")
        #expect(commands.contains { $0.hasPrefix("SERVICE_NAME=$(heroku data:privatelink kafka-tokyo-0042 --app orders-api | sed -n 's/^Service Name: *//p')\ncase \"$SERVICE_NAME\" in\n  com.amazonaws.vpce.*) echo \"$SERVICE_NAME\" ;;") })
        let console = fencedBlocks("shell", in: try markdown(consoleInput, language))
        #expect(console.contains("heroku config --app orders-api | grep KAFKA_ENDPOINT_"))
        #expect(!console.contains { $0.contains("aws ec2") }, "no VPC, no AWS CLI steps")
    }

    @Test func awsCLIStepsFollowTheFacts() throws {
        let commands = fencedBlocks("shell", in: try markdown(earlyInput, .en))
        let create = try #require(commands.first { $0.contains("aws ec2 create-vpc-endpoint") })
        #expect(create.contains("aws ec2 create-vpc-endpoint --vpc-endpoint-type Interface --vpc-id vpc-0fedcba9876543210 --service-name \"$SERVICE_NAME\" --subnet-ids subnet-0fedcba9876543210 --security-group-ids \"$SECURITY_GROUP_ID\""))
        #expect(commands.contains { $0.contains("aws ec2 authorize-security-group-ingress --group-id \"$SECURITY_GROUP_ID\" --protocol tcp --port 10000-11000 --cidr \"$CIDR\"") })
        // Every IPv4 block of the VPC, not only the primary one.
        #expect(commands.contains { $0.hasPrefix("if CIDRS=$(aws ec2 describe-vpcs --vpc-ids vpc-0fedcba9876543210 --query 'Vpcs[0].CidrBlockAssociationSet[?CidrBlockState.State==`associated`].CidrBlock' --output text); then") })
        #expect(commands.contains { $0.contains("aws ec2 describe-vpc-endpoint-services --service-names \"$SERVICE_NAME\"") })
        #expect(commands.contains { $0.contains("--query 'VpcEndpoints[0].State' --output text") })
        #expect(!commands.contains { $0.contains("0.0.0.0/0") })
    }

    @Test func givenGroupAndCIDRAreReusedNotCreated() throws {
        var raw = earlyInput
        raw.securityGroupID = "sg-0123456789abcdef0"
        raw.cidr = "10.20.0.0/16"
        raw.region = "tokyo"
        raw.awsSteps = "cli"
        let text = try markdown(raw, .en)
        let commands = fencedBlocks("shell", in: text)
        #expect(commands.contains("CIDRS=10.20.0.0/16"))
        // The given group is checked to be in the VPC before any rule is added to it.
        let reused = try #require(commands.first { $0.hasPrefix("SECURITY_GROUP_ID=sg-0123456789abcdef0\n") })
        #expect(reused.contains("GROUP_VPC=$(aws ec2 describe-security-groups --region ap-northeast-1 --group-ids \"$SECURITY_GROUP_ID\" --query 'SecurityGroups[0].VpcId' --output text)"))
        #expect(reused.contains("elif [ \"$GROUP_VPC\" != vpc-0fedcba9876543210 ]; then"))
        #expect(!commands.contains { $0.contains("create-security-group") || $0.contains("describe-vpcs") })
        #expect(commands.contains { $0.hasPrefix("if ! ALLOWED=$(aws ec2 describe-security-groups --region ap-northeast-1 --group-ids") })
        #expect(!text.contains("**Security groups**"), "--aws-steps cli leaves the console path out")
    }

    @Test func stepsAreNumberedAlikeInBothLanguages() throws {
        let english = try markdown(articleExample, .en).split(separator: "\n").filter { $0.hasPrefix("### Step ") }
        let japanese = try markdown(articleExample, .ja).split(separator: "\n").filter { $0.hasPrefix("### 手順 ") }
        #expect(english.count == 8)
        #expect(japanese.count == english.count)
        for (index, heading) in english.enumerated() {
            #expect(heading.hasPrefix("### Step \(index + 1): "))
            #expect(japanese[index].hasPrefix("### 手順 \(index + 1): "))
        }
    }

    @Test func japaneseProseIsNotHardWrapped() throws {
        let text = try markdown(articleExample, .ja)
        var inFence = false
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if line.hasPrefix("```") { inFence.toggle(); continue }
            guard !inFence, index + 1 < lines.count else { continue }
            let next = lines[index + 1]
            // A paragraph line followed by a non-empty, non-structural line would be a soft break.
            if !line.isEmpty, !next.isEmpty, !line.hasPrefix("- "), !line.hasPrefix("#"), !next.hasPrefix("- "),
               next.first?.isNumber != true, !next.hasPrefix("```") {
                Issue.record("hard-wrapped line \(index + 1): \(line)")
            }
        }
    }
}
