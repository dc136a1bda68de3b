import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookEvidence

/// The judgements the reply must never get wrong (issue 16, §5), each on the corpus ticket that
/// shows it, read where the customer reads it: in the reply and its commands.
@Suite struct JudgementTests {
    func situation(_ name: String, flags: RawInput = RawInput()) throws -> Situation {
        let text = try String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        return try Situation.assess(flags: flags, pastes: [Paste(name: "\(name).txt", text: text)]).get()
    }

    func reply(_ situation: Situation, _ language: Language = .en) throws -> String {
        try Pipeline().reply(to: situation, in: language)
    }

    /// Every command of the reply (its findings' included).
    func commands(_ situation: Situation) -> [String] {
        var commands: [String] = []
        for section in TicketReply.runbook(for: situation).sections {
            for case .command(let command) in section.blocks + section.steps.flatMap(\.blocks) { commands.append(command.literalText) }
        }
        return commands
    }

    @Test func anExistingEndpointIsCheckedNeverCreated() throws {
        let situation = try situation("en-prose-endpoint-id")
        #expect(situation.nextStep == .endpoint)
        #expect(situation.input.endpointID == "vpce-0c4e6a8b0d2f41357")
        let reply = try reply(situation)
        #expect(reply.contains("### Step 7: Check the existing interface VPC endpoint"))
        #expect(!reply.contains("Create the interface VPC endpoint"))
        // With the AWS CLI too: the commands check the endpoint, none creates one.
        let cli = try Situation.assess(flags: RawInput(subnetIDs: ["subnet-0d1e2f3a4b5c6d7e8"]), pastes: [
            Paste(name: "t", text: try String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("en-prose-endpoint-id.txt"), encoding: .utf8)),
        ]).get()
        #expect(cli.input.vpcID == "vpc-0b1c2d3e4f5a6b7c8")
        #expect(!commands(cli).isEmpty)
        #expect(!commands(cli).contains { $0.contains("aws ec2 create-vpc-endpoint") })
    }

    @Test(arguments: ["ja-owner-not-allowed-wait", "endpoint-owner-not-allowed"])
    func anEndpointOfAnAccountNotAllowedIsNotToldToWait(_ name: String) throws {
        let situation = try situation(name)
        #expect(!situation.findings.contains { $0.id == .vpcEndpointPendingAcceptance || $0.id == .vpcEndpointPending })
        #expect(situation.findings.contains { $0.id == .accountNotAllowed })
        let findingsSection = try reply(situation).components(separatedBy: "## What to do next")[0]
        #expect(!findingsSection.contains("5 to 10 minutes"))
    }

    @Test func expiredIsNotDeleted() throws {
        let situation = try situation("en-expired")
        #expect(situation.findings.map(\.id) == [.vpcEndpointExpired])
        let reply = try reply(situation)
        #expect(reply.contains("expired before the endpoint service accepted it"))
        #expect(!reply.contains("it is being deleted or is gone"))
        #expect(!reply.contains("has been deleted"))
    }

    @Test func theListedAddOnWinsOverATypoAndTheReplySaysSo() throws {
        let situation = try situation("en-heroku-addons-typo")
        #expect(situation.input.addon == "kafka-shiny-73918")
        #expect(situation.findings.contains { $0.id == .herokuAddonTypo })
        #expect(commands(situation).contains { $0.contains("heroku data:privatelink:create kafka-shiny-73918") })
        #expect(!commands(situation).contains { $0.contains("kafka-shiny-73981") })
        #expect(try reply(situation).contains("the name in the command has a typo"))
        // Without a listing, a name the CLI could not find is never used.
        #expect(try self.situation("addon-not-found").input.addon == nil)
    }

    @Test(arguments: ["en-article-pasted-back", "status-article", "create-article-wording"])
    func theArticlesExampleIsTheArticles(_ name: String) throws {
        let situation = try situation(name)
        #expect(situation.learned == RawInput())
        #expect(situation.findings.contains { $0.id == .pasteArticleExample })
        #expect(!situation.isPlaced)
        for command in commands(situation) { #expect(!command.contains("kafka-sushi-12345") && !command.contains("123456789101")) }
        #expect(try reply(situation).contains("Please run the commands yourself"))
        let placeholders = try self.situation("ja-placeholders")
        #expect(placeholders.findings.contains { $0.id == .pastePlaceholder })
        #expect(placeholders.input.addon == nil)
    }

    @Test func withTwoEndpointsTheLiveOnesConfigVarCounts() throws {
        let situation = try situation("en-query-text-two-endpoints")
        #expect(situation.input.endpointID == "vpce-0c4e6a8b0d2f41357")
        #expect(situation.isDone)
        #expect(situation.findings.contains { $0.id == .vpcEndpointOthers })
        // Only the deleted endpoint's config var: not done, and the command looks for the live one's.
        let text = try String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("en-query-text-two-endpoints.txt"), encoding: .utf8)
            .components(separatedBy: "\n").filter { !$0.hasPrefix("KAFKA_ENDPOINT_0C4E6A8B0D2F41357_URL") }.joined(separator: "\n")
        let missing = try Situation.assess(flags: RawInput(), pastes: [Paste(name: "t", text: text)]).get()
        #expect(!missing.isDone)
        #expect(missing.nextStep == .connect)
        #expect(commands(missing).contains { $0.contains("grep 0C4E6A8B0D2F41357") })
    }

    @Test func aConnectionStringIsCheckedBeforeTheReplySaysItIsSetUp() throws {
        let cut = try situation("en-connection-string-cut")
        #expect(!cut.isDone)
        #expect(cut.findings.map(\.id) == [.connectionStringMalformed])
        #expect(!(try reply(cut)).contains("Your connection is set up"))
        let whole = try situation("ja-connection-string-ok")
        #expect(whole.isDone)
        #expect(try reply(whole, .ja).contains("接続は完了しています"))
    }

    @Test func aSecondAccountStillProvisioningWaitsThenItsOwnVPC() throws {
        let situation = try situation("en-add-accounts-provisioning")
        #expect(situation.task == .addAccounts)
        #expect(situation.nextStep == .accessActive)
        #expect(situation.input.awsAccountIDs == ["615243708921"])
        let reply = try reply(situation)
        #expect(reply.contains("### Step 4: Wait until the new accounts are Active"))
        #expect(reply.contains("### Step 7: "))
        // The connected account's endpoint is never in a command.
        #expect(!commands(situation).contains { $0.contains("vpce-0c4e6a8b0d2f41357") })
    }

    @Test func noCommandActsOnTheWrongResource() throws {
        // Another add-on of the same app, and what Heroku printed about it.
        let postgres = try situation("ja-wrong-addon-postgres")
        #expect(postgres.input.addon == "kafka-shiny-73918")
        #expect(postgres.input.serviceName == nil)
        #expect(!commands(postgres).contains { $0.contains("postgresql-curly-51234") || $0.contains("vpce-svc-0e5d4c3b2a1f09876") })
        // Another account's endpoint: the kept account's is never deleted.
        let keep = try situation("en-remove-accounts-keep")
        #expect(keep.task == .removeAccounts)
        #expect(keep.input.endpointID == "vpce-0e7a9c1b3d5f86420")
        #expect(!commands(keep).contains { $0.contains("vpce-0c4e6a8b0d2f41357") || $0.contains("480151926302") })
        // A VPC in another region: left out, and said.
        let region = try situation("ja-aws-configure-region")
        #expect(region.input.vpcID == nil)
        #expect(region.findings.contains { $0.id == .regionResources })
        #expect(!commands(region).contains { $0.contains("vpc-0b1c2d3e4f5a6b7c8") })
        // A subnet AWS refused for its zone.
        let zone = try situation("ja-zone-unsupported")
        #expect(!commands(zone).contains { $0.contains("subnet-0a9b8c7d6e5f4a3b2") })
        #expect(commands(zone).contains { $0.contains("subnet-0d1e2f3a4b5c6d7e8") })
        // An account to stay allowed, removed by mistake: no removal step, the command to allow it again.
        let kept = try situation("en-remove-wrong-account")
        #expect(kept.withholdsSteps)
        #expect(commands(kept) == ["heroku data:privatelink:access:add kafka-shiny-73918 --aws-account-id 480151926302 --app acme-orders-stream-production"])
        #expect(!(try reply(kept)).contains("### Step"))
    }

    @Test(arguments: ["en-out-of-scope", "ja-out-of-scope"])
    func aTicketAboutSomethingElseGetsNoSteps(_ name: String) throws {
        let situation = try situation(name)
        #expect(situation.isOutOfScope)
        #expect(situation.nextStep == nil && !situation.isDone)
        #expect(!(try reply(situation)).contains("### "))
        #expect(try Pipeline().notes(for: situation, in: .en).contains("ticket.out-of-scope"))
    }

    /// Pasted secrets appear in no reply, no notes and no JSON report of any corpus ticket.
    @Test(arguments: PasteCorpusTests.names)
    func noSecretIsEchoed(_ name: String) throws {
        let text = try String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let paste = Paste(name: "\(name).txt", text: text)
        // What masking took out of each line with a secret.
        var secrets: [String] = []
        let original = text.components(separatedBy: "\n")
        for secret in paste.secrets where secret.line.number <= original.count {
            let masked = Set(secret.line.text.components(separatedBy: CharacterSet(charactersIn: " =:\"'@/")))
            secrets += original[secret.line.number - 1].components(separatedBy: CharacterSet(charactersIn: " =:\"'@/"))
                .filter { $0.count >= 8 && !masked.contains($0) }
        }
        guard !secrets.isEmpty else { return }
        let situation = try Situation.assess(flags: RawInput(), pastes: [paste]).get()
        for language in Language.allCases {
            let outputs = [try Pipeline().reply(to: situation, in: language), try Pipeline().notes(for: situation, in: language),
                           String(decoding: try JSONEncoder().encode(DiagnosisReport(situation, language: language)), as: UTF8.self)]
            for output in outputs { for secret in secrets { #expect(!output.contains(secret), "\(name): \(secret.prefix(6))… echoed") } }
            #expect(try Pipeline().reply(to: situation, in: language).contains(language == .en ? "What you sent contains" : "お送りいただいた内容に"))
        }
    }
}
