import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookBuilders

/// What the runbooks after the first day promise: step references that are computed, blocks that
/// parse no error text and stop however they are pasted, and sentences that claim no more than
/// the runbook does for every account it names.
@Suite struct LifecycleRunbookTests {
    /// Every task built from inputs that between them take every path.
    static func runbooks() throws -> [(name: String, runbook: Runbook)] {
        var existing = articleExample
        existing.securityGroupID = "sg-0123456789abcdef0"
        var noRegion = earlyInput
        noRegion.awsSteps = "cli"
        return try RunbookTask.allCases.flatMap { task in
            try [("article", articleExample), ("early", earlyInput), ("console", consoleInput), ("existing", existing), ("no region", noRegion)]
                .map { name, base in
                    ("\(task.rawValue) \(name)", RunbookBuilder().build(try RuleSet.standard.validate(adapted(base, to: task)).get()))
                }
        }
    }

    /// Teardown's wait once sent the reader to step 6 (destroy), past step 5 (the group): a block
    /// copied from remove-accounts, where 6 was right. A sentence that says to continue names the
    /// step right after its own, and every step reference names a step the runbook has.
    @Test func everyStepReferenceNamesAStepOfTheRunbookAndContinueMeansTheNextOne() throws {
        let continuing: Set<String> = ["shell.endpoint.gone", "shell.endpoint.gone.unlisted", "shell.state.available"]
        for (name, runbook) in try Self.runbooks() {
            let count = runbook.sections.flatMap(\.steps).count
            for (step, text) in runbook.sentencesByStep {
                for case .step(let number) in text.arguments.values {
                    #expect((1...count).contains(number), "\(name): \(text.key) names step \(number) of \(count)")
                }
                if continuing.contains(text.key), let step {
                    #expect(text.arguments["step"] == .step(step.number + 1), "\(name): \(text.key) in step \(step.number)")
                }
            }
        }
    }

    @Test func teardownsWaitContinuesWithTheGroupStep() throws {
        let text = try markdown(adapted(articleExample, to: .teardown), .en)
        #expect(text.contains("### Step 5: Delete the security group"))
        #expect(text.contains("deleted) echo 'The endpoint is deleted. Continue with step 5.' ;;"))
        #expect(!text.contains("Continue with step 6"))
    }

    /// Standard error is never read as a value (`2>&1`), no block parses AWS's error text, and no
    /// loop runs in a pipeline's subshell, where `false; break` ends with status 0 without `set -e`.
    @Test func blocksParseNoErrorTextAndLoopInTheirOwnShell() throws {
        for (name, runbook) in try Self.runbooks() {
            for case .command(let command) in runbook.sections.flatMap(\.steps).flatMap(\.blocks) {
                let text = command.literalText
                #expect(!text.contains("2>&1"), "\(name): \(text)")
                #expect(!text.contains("NotFound"), "\(name): a block must not decide from an error code: \(text)")
                #expect(text.range(of: #"\|\s*while\b"#, options: .regularExpression) == nil, "\(name): \(text)")
                #expect(!text.contains("exit"), "\(name): a block ends with false, never exit, which closes an interactive shell")
            }
        }
    }

    /// remove-accounts deletes one endpoint with the AWS CLI, for the one account the rules then
    /// allow; for several accounts (console only) it says that each account's owner deletes theirs.
    @Test(arguments: Language.allCases)
    func removeAccountsClaimsOnlyWhatItDoesForEveryAccount(_ language: Language) throws {
        let several = try markdown(adapted(consoleInput, to: .removeAccounts), language)
        let one = try markdown(adapted(articleExample, to: .removeAccounts), language)
        if language == .en {
            #expect(!several.contains("each removed account made") && !one.contains("each removed account made"))
            #expect(several.contains("then the owner of each of these accounts deletes the VPC endpoints that account made for the add-on."))
            #expect(several.contains("Each removed account owns its own endpoints"))
            #expect(one.contains("and deletes the VPC endpoint that the account made for the add-on."))
            #expect(one.contains("ask Heroku support to reject that connection"))
        } else {
            #expect(several.contains("その後、外した各アカウントの所有者が、そのアカウントがこのアドオン用に作成した VPC エンドポイントを削除します。"))
            #expect(one.contains("そのアカウントがこのアドオン用に作成した VPC エンドポイントも削除します。"))
        }
        // The Connections table before and after: the plugin's `heroku data:privatelink`, in the first and the last step.
        let commands = fencedBlocks("shell", in: one)
        #expect(commands.first == "heroku data:privatelink kafka-sushi-12345 --app privatelink-vpc-endpoint-demo")
        #expect(commands.last == commands.first)
        #expect(fencedBlocks("text", in: one)[0].hasSuffix("""
            === Connections

              Endpoint ID              Owner ARN                        Status
             ─────────────────────────────────────────────────────────────────────
              vpce-01c87ae3c05563935   arn:aws:iam::123456789101:root   Available
            """))
    }

    /// The plugin prints the status Heroku's API reports as it is; no source names the statuses of
    /// a service being destroyed, so the runbook names none and asks for no loop until one.
    @Test(arguments: Language.allCases)
    func teardownNamesNoStatusWithoutASource(_ language: Language) throws {
        let text = try markdown(adapted(articleExample, to: .teardown), language)
        #expect(!text.contains("Deprovision"))
        #expect(!text.contains("until it does") && !text.contains("そうなるまで"))
    }

    /// The account step compares the whole ARN where Heroku allows an IAM user or role, not the account.
    @Test func anIAMPrincipalIsComparedByItsARN() throws {
        let commands = fencedBlocks("shell", in: try markdown(earlyInput, .en))
        let check = try #require(commands.first { $0.hasPrefix("if ! CALLER_ARN=$(aws sts get-caller-identity --output text --query 'Arn'); then") })
        #expect(check.contains(#"  "arn:aws:iam::012345678901:"*|"arn:aws:sts::012345678901:"*|"arn:aws:sts::210987654321:assumed-role/kafka-client/"*) echo"#), "\(check)")
        let article = fencedBlocks("shell", in: try markdown(articleExample, .en))
        #expect(article.contains { $0.contains(#"  "arn:aws:iam::123456789101:user/abc.xyz") echo"#) })
        var plain = consoleInput
        plain.awsAccountIDs = ["012345678901"]
        #expect(!(try markdown(plain, .en)).contains("CALLER_ARN"), "an account given alone allows all its principals")
    }
}
