import CommonMark
import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookEvidence

/// The reply is the runbook cut, not a second rendering of it, and pasted text stays quoted.
@Suite struct TicketReplyTests {
    func situation(_ text: String, flags: RawInput = RawInput()) throws -> Situation {
        try Pipeline().diagnose(flags: flags, pastes: [Paste(name: "paste.txt", text: text)]).get()
    }

    /// Markdown from `### ` up to the next heading of level 2 or 3.
    func stepTexts(_ markdown: String) -> [String] {
        var texts: [String] = []
        var current: [Substring]?
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("## ") || line.hasPrefix("### ") {
                if let done = current { texts.append(done.joined(separator: "\n")) }
                current = line.hasPrefix("### ") ? [line] : nil
            } else {
                current?.append(line)
            }
        }
        if let done = current { texts.append(done.joined(separator: "\n")) }
        return texts.map { $0.trimmingCharacters(in: .newlines) }
    }

    /// Pastes and the flags that complete their values.
    static let cases: [(name: String, flags: RawInput)] = [
        ("status-operational", RawInput(app: "privatelink-vpc-endpoint-demo")),
        ("endpoint-rejected", RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: ["123456789101"])),
        ("ticket-combined-crlf", RawInput()),
        ("create-2.0", RawInput()),
    ]

    @Test(arguments: Language.allCases, cases.indices)
    func theStepsOfTheReplyAreTheWholeRunbooksSteps(_ language: Language, _ index: Int) throws {
        let (name, flags) = Self.cases[index]
        let text = try String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let situation = try situation(text, flags: flags)
        let next = try #require(situation.nextStep)
        let reply = try Pipeline().reply(to: situation, in: language)
        let whole = try Pipeline().documents(for: try #require(situation.runbookInput), languages: [language], formats: [.md])[0].contents
        let replySteps = stepTexts(reply)
        let wholeSteps = stepTexts(whole)
        #expect(replySteps == Array(wholeSteps.dropFirst(try #require(RunbookTask.create.number(of: next)) - 1)))
        #expect(reply.contains(situation.input.generateCommand))
    }

    @Test func theGenerateCommandWritesTheRunbookOfTheLearnedValues() throws {
        let text = try String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("ticket-combined-crlf.txt"), encoding: .utf8)
        let situation = try situation(text)
        var words = situation.input.generateCommand.split(separator: " ").map(String.init)
        #expect(Array(words.prefix(2)) == ["privatelink-runbook", "generate"])
        words.removeFirst(2)
        var raw = RawInput()
        for index in stride(from: 0, to: words.count, by: 2) { raw.add(words[index + 1], for: try #require(Field(rawValue: String(words[index].dropFirst(2))))) }
        #expect(try RuleSet.standard.validate(raw).get() == situation.runbookInput)
    }

    @Test(arguments: Language.allCases)
    func pastedTextNeverLeavesItsQuote(_ language: Language) throws {
        let hostile = """
            Status:       Provisioning ```` <script>alert(1)</script>
            ```
            # Injected heading
            Service Name: com.amazonaws.vpce.us-east-1.vpce-svc-`rm`<b>x</b>
            An error occurred (<img src=x onerror=alert(1)>) when calling the CreateVpcEndpoint operation: **bold** [link](javascript:alert(1))
            """
        let reply = try Pipeline().reply(to: try situation(hostile), in: language)
        #expect(reply.contains("`````text\nStatus:       Provisioning ```` <script>alert(1)</script>\n`````"))
        let html = CommonMark.render(reply, options: .runbook) { _ in nil }
        #expect(!html.html.contains("<script"))
        #expect(!html.html.contains("<img"))
        #expect(!html.html.contains("<b>"))
        #expect(!html.html.contains("<strong>bold"))
        #expect(!html.html.contains("href=\"javascript"))
        #expect(!html.headings.contains { $0.text.contains("Injected") })
    }

    /// English agrees in number: one skipped line is "1 line", not "1 line(s)" or "1 lines".
    @Test(arguments: [(1, "1 line of `paste.txt` is not output of the runbook's commands and was skipped"),
                      (2, "2 lines of `paste.txt` are not output of the runbook's commands and were skipped")])
    func skippedLinesAreCountedInWords(_ count: Int, _ sentence: String) throws {
        let noise = (1...count).map { "noise \($0)" }
        let text = (["Status:       Provisioning"] + noise).joined(separator: "\n")
        let reply = try Pipeline().reply(to: try situation(text), in: .en)
        #expect(reply.contains(sentence))
        let unrecognized = try Pipeline().reply(to: try situation("just one line"), in: .en)
        #expect(unrecognized.contains("Nothing in `paste.txt` (1 line) looks like"))
    }

    /// Each missing flag is its own code span, listed as the language lists things.
    @Test func missingFlagsAreListedOneByOne() throws {
        let text = "KAFKA_ENDPOINT_01C87AE3C05563935_URL: kafka+ssl://host:10001"
        let situation = try situation(text, flags: RawInput(app: "privatelink-vpc-endpoint-demo"))
        #expect(situation.missing == [.addon, .awsAccountID])
        #expect(try Pipeline().reply(to: situation, in: .en).contains("run privatelink-runbook diagnose again with `--addon` and `--aws-account-id`."))
        #expect(try Pipeline().reply(to: situation, in: .ja).contains("`--addon`、`--aws-account-id` を指定して"))
    }

    @Test func aVeryLongLineIsQuotedCut() throws {
        let line = "Status: Provisioning " + String(repeating: "x", count: 5000)
        let reply = try Pipeline().reply(to: try situation(line), in: .en)
        #expect(!reply.contains(String(repeating: "x", count: TicketReply.quoteLimit)))
        #expect(reply.contains(String(repeating: "x", count: 400) + " …"))
    }
}
