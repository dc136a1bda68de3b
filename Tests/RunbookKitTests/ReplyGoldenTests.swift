import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookKit

/// Ticket replies for typical situations, in both languages, compared byte for byte with
/// Fixtures/replies. `make record` (RECORD_GOLDENS=1) writes them anew; review the diff. Each is
/// also read as the customer will read it: no finding id, paste file name, line number, flag or
/// tool name, and no sentence pointing below at something that is not there.
@Suite struct ReplyGoldenTests {
    static let folder = packageRoot.appendingPathComponent("Tests/RunbookKitTests/Fixtures/replies")

    struct Case: CustomTestStringConvertible {
        let name: String
        let pastes: [String]
        var flags = RawInput()
        var testDescription: String { name }
    }

    static let cases: [Case] = [
        // Just created: wait on the Heroku side.
        Case(name: "provisioning", pastes: ["create-2.0"]),
        // The endpoint was rejected: the AWS side again, with the AWS CLI (VPC and subnets learned).
        Case(name: "endpoint-rejected", pastes: ["status-operational", "endpoint-rejected"],
             flags: RawInput(app: "acme-orders-stream-production")),
        // Everything but the connection string, from a quoted, coloured, CRLF ticket.
        Case(name: "connection-string-missing", pastes: ["ticket-combined-crlf"]),
        // Done.
        Case(name: "done", pastes: ["config-present"],
             flags: RawInput(addon: "kafka-shiny-73918", awsAccountIDs: ["480151926302:user/svc.bot"])),
        // Prose only, nothing to go on: what the reply asks for.
        Case(name: "unrecognized", pastes: ["unrecognized"]),
        // Values stated in Japanese sentences, a PowerShell prompt: step 6 with the console.
        Case(name: "prose-values", pastes: ["ja-prose-powershell-status"]),
        // An existing endpoint stated in a sentence: checked, never created again.
        Case(name: "existing-endpoint", pastes: ["en-prose-endpoint-id"]),
        // The AWS CLI's configured region is not the service's: both regions named.
        Case(name: "region-of-the-cli", pastes: ["ja-aws-configure-region"]),
        // A mistyped add-on; heroku addons lists the right one.
        Case(name: "addon-typo", pastes: ["en-heroku-addons-typo"]),
        // UnauthorizedOperation: which identity lacks which action, and how to decode the message.
        Case(name: "unauthorized", pastes: ["en-unauthorized-encoded"]),
        // A subnet in a zone the service does not offer: named with its zone, left out of the commands.
        Case(name: "zone-unsupported", pastes: ["ja-zone-unsupported"]),
        // Hours in pendingAcceptance with the account Active: nothing left for the customer.
        Case(name: "pending-too-long", pastes: ["ja-pending-too-long"]),
        // A connection string cut where the ticket wrapped it: not done yet.
        Case(name: "connection-string-cut", pastes: ["en-connection-string-cut"]),
        // A second account still Provisioning: wait, then that account's own VPC.
        Case(name: "add-accounts", pastes: ["en-add-accounts-provisioning"]),
        // The account to keep was removed: allow it again, no removal step.
        Case(name: "kept-account-removed", pastes: ["en-remove-wrong-account"]),
        // Tearing down, the endpoint being deleted.
        Case(name: "teardown", pastes: ["ja-teardown-progress"]),
        // Secrets pasted: masked, and the customer asked to rotate them.
        Case(name: "secrets", pastes: ["en-secrets-env"]),
        // A question about using Kafka: no runbook steps.
        Case(name: "out-of-scope", pastes: ["en-out-of-scope"]),
    ]

    static func situation(_ test: Case) throws -> Situation {
        let pastes = try test.pastes.map { name in
            Paste(name: "\(name).txt", text: try String(contentsOf: pasteCorpusFolder.appendingPathComponent("\(name).txt"), encoding: .utf8))
        }
        return try Pipeline().diagnose(flags: test.flags, pastes: pastes).get()
    }

    static func reply(_ test: Case, _ language: Language) throws -> String {
        try Pipeline().reply(to: try situation(test), in: language)
    }

    @Test(arguments: cases, Language.allCases)
    func replyMatchesItsGolden(_ test: Case, _ language: Language) throws {
        let reply = try Self.reply(test, language)
        let golden = Self.folder.appendingPathComponent("\(test.name).\(language.rawValue).md")
        if GoldenTests.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(reply.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(reply == expected, """
            \(golden.lastPathComponent) differs from the golden: \(GoldenTests().firstDifference(expected, reply)).
            If the change is intended, run `make record` and review the diff.
            """)
    }

    /// Flags of this tool that are no flag of the Heroku or AWS CLI a customer runs.
    static let toolFlags = ["--addon", "--endpoint-id", "--vpc-id", "--subnet-id", "--security-group-id", "--cidr", "--aws-steps", "--task",
                            "--lang", "--paste", "--json", "--notes", "--output", "--templates", "--stdout", "--format"]

    /// What only the engineer reads never reaches the customer.
    @Test(arguments: cases, Language.allCases)
    func aReplyCarriesNothingMeantForTheEngineer(_ test: Case, _ language: Language) throws {
        let situation = try Self.situation(test)
        let reply = try Pipeline().reply(to: situation, in: language)
        let prose = Self.prose(reply)
        for id in FindingID.allCases { #expect(!reply.contains(id.rawValue), "\(test.name): finding id \(id.rawValue)") }
        for paste in test.pastes { #expect(!reply.contains(paste), "\(test.name): paste name \(paste)") }
        #expect(!reply.contains("privatelink-runbook"), "\(test.name): the tool's name")
        for instruction in ["generate the runbook", "the runbook knows", "手順書を生成", "手順書にエンドポイント"] {
            #expect(!prose.contains(instruction), "\(test.name): \(instruction)")
        }
        for flag in Self.toolFlags { #expect(!prose.contains(flag), "\(test.name): \(flag)") }
        #expect(!Self.citesALine(prose), "\(test.name): a line number")
        // Sentences that point below point at steps or commands that are there.
        for marker in ["below", "以下の", "下の"] {
            guard let range = reply.range(of: marker) else { continue }
            let after = reply[range.upperBound...]
            #expect(after.contains("### ") || after.contains("```"), "\(test.name): \"\(marker)\" points at nothing")
        }
        // The notes hold what the reply leaves out.
        let notes = try Pipeline().notes(for: situation, in: language)
        for finding in situation.findings { #expect(notes.contains(finding.id.rawValue), "\(test.name): notes lack \(finding.id.rawValue)") }
        #expect(notes.contains("privatelink-runbook"))
        // The checks above can fail: the notes cite lines as the reply must not.
        if situation.findings.contains(where: { !$0.evidence.isEmpty }) { #expect(Self.citesALine(Self.prose(notes))) }
    }

    /// The Japanese reply is a polite support e-mail: none of the casual forms the issue found.
    @Test(arguments: cases)
    func theJapaneseReplyIsPolite(_ test: Case) throws {
        let prose = Self.prose(try Self.reply(test, .ja))
        for casual in ["渡っていません", "てもらってください", "送ってもらって", "だ。", "である。", "しろ", "するな", "じゃない"] {
            #expect(!prose.contains(casual), "\(test.name): \(casual)")
        }
        // Every sentence of ours ends in the polite form.
        for sentence in prose.split(separator: "。") where !["ます", "ません", "ました", "です", "でした"].contains(where: { sentence.contains($0) })
            && sentence.contains("ください") == false && sentence.count > 40 {
            Issue.record("\(test.name): a long sentence without です・ます: \(sentence)")
        }
    }

    /// "line 5", "5 行目": a line of a paste cited by number.
    static func citesALine(_ prose: String) -> Bool {
        let characters = Array(prose)
        for index in characters.indices where characters[index].isNumber {
            let after = String(characters[(index + 1)..<min(characters.count, index + 5)])
            let before = String(characters[max(0, index - 7)..<index])
            // As the notes cite evidence: "From `x.txt`, line 5:", "`x.txt` の 5 行目:".
            if after.hasPrefix(" 行目:") || before.hasSuffix(", line ") { return true }
        }
        return false
    }

    /// The reply's text outside fenced blocks and code spans (what a reader reads as sentences).
    static func prose(_ markdown: String) -> String {
        // Code spans hold values and commands, not sentences.
        var text = ""
        var inCode = false
        for character in linesOutsideFences(markdown).joined(separator: "\n") {
            if character == "`" { inCode.toggle(); continue }
            if !inCode { text.append(character) }
        }
        return text
    }
}
