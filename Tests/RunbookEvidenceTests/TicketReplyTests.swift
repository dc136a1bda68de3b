import CommonMark
import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookEvidence

/// The reply is the runbook cut, not a second rendering of it; what only the engineer needs goes
/// to the notes; pasted text stays quoted.
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
        ("status-operational", RawInput(app: "acme-orders-stream-production")),
        ("endpoint-rejected", RawInput(addon: "kafka-shiny-73918", app: "acme-orders-stream-production", awsAccountIDs: ["480151926302"])),
        ("ticket-combined-crlf", RawInput()),
        ("create-2.0", RawInput()),
    ]

    /// With every value known, the reply's steps are the whole runbook's from the next one on, in
    /// the customer's wording (`CustomerWording`), and the `generate` command is in the notes only.
    @Test(arguments: Language.allCases, cases.indices)
    func theStepsOfTheReplyAreTheWholeRunbooksSteps(_ language: Language, _ index: Int) throws {
        let (name, flags) = Self.cases[index]
        let text = try String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        let situation = try situation(text, flags: flags)
        let next = try #require(situation.nextStep)
        let reply = try Pipeline().reply(to: situation, in: language)
        let built = RunbookBuilder().build(try #require(situation.runbookInput))
        let worded = Runbook(task: built.task, addon: built.addon, title: built.title, preface: [], sections: built.sections.map { section in
            Section(anchor: section.anchor, title: section.title, blocks: section.blocks.map(CustomerWording.block),
                    steps: section.steps.map { Step(id: $0.id, number: $0.number, title: $0.title, blocks: $0.blocks.map(CustomerWording.block)) })
        })
        let whole = try MarkdownRenderer(language: language).render(worded)
        #expect(stepTexts(reply) == Array(stepTexts(whole).dropFirst(try #require(RunbookTask.create.number(of: next)) - 1)))
        #expect(!reply.contains(situation.input.generateCommand))
        #expect(try Pipeline().notes(for: situation, in: language).contains(situation.input.generateCommand))
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
            An error occurred (InvalidServiceName) when calling the CreateVpcEndpoint operation: ```` <script>alert(1)</script>
            ```
            # Injected heading
            Service Name: com.amazonaws.vpce.us-east-1.vpce-svc-`rm`<b>x</b>
            An error occurred (<img src=x onerror=alert(1)>) when calling the CreateVpcEndpoint operation: **bold** [link](javascript:alert(1))
            """
        let situation = try situation(hostile)
        let reply = try Pipeline().reply(to: situation, in: language)
        let notes = try Pipeline().notes(for: situation, in: language)
        #expect(reply.contains("`````text\nAn error occurred (InvalidServiceName) when calling the CreateVpcEndpoint operation: ```` <script>alert(1)</script>\n`````"))
        for markdown in [reply, notes] {
            let html = CommonMark.render(markdown, options: .runbook) { _ in nil }
            #expect(!html.html.contains("<script"))
            #expect(!html.html.contains("<img"))
            #expect(!html.html.contains("<b>"))
            #expect(!html.html.contains("<strong>bold"))
            #expect(!html.html.contains("href=\"javascript"))
            #expect(!html.headings.contains { $0.text.contains("Injected") })
        }
    }

    /// English agrees in number: one skipped line is "1 line", not "1 line(s)" or "1 lines". The
    /// engineer reads it in the notes; the customer never sees lines quoted back as unread.
    @Test(arguments: [(1, "1 line of `paste.txt` is not output of the runbook's commands and was skipped"),
                      (2, "2 lines of `paste.txt` are not output of the runbook's commands and were skipped")])
    func skippedLinesAreCountedInWords(_ count: Int, _ sentence: String) throws {
        let noise = (1...count).map { "%%% \($0) ###" }
        let text = (["Status:       Provisioning"] + noise).joined(separator: "\n")
        let skipped = try situation(text)
        #expect(try Pipeline().notes(for: skipped, in: .en).contains(sentence))
        #expect(!(try Pipeline().reply(to: skipped, in: .en)).contains("%%%"))
        let unrecognized = try situation("%%% 1 ###")
        #expect(try Pipeline().notes(for: unrecognized, in: .en).contains("Nothing in `paste.txt` (1 line) looks like"))
    }

    /// The state check needs only the endpoint's id and the region: the reply shows it with them
    /// though the VPC, the add-on and the app are still unknown (the runbook then shows the AWS side
    /// in the console, where there is no other command to show it with).
    @Test func theStateCheckNeedsOnlyTheEndpointIDAndTheRegion() throws {
        let text = """
            Hi, our endpoint has been pending for a while. What should we do?
            $ aws ec2 describe-vpc-endpoints --vpc-endpoint-ids vpce-0a7c3e9b2d4f61850 --region us-east-1 --query 'VpcEndpoints[0].State' --output text
            pendingAcceptance
            """
        let situation = try situation(text)
        #expect(situation.input.vpcID == nil && situation.input.addon == nil)
        let reply = try Pipeline().reply(to: situation, in: .en)
        #expect(reply.contains("```shell\nVPC_ENDPOINT_ID=vpce-0a7c3e9b2d4f61850\n```"))
        #expect(reply.contains("STATE=$(aws ec2 describe-vpc-endpoints --region us-east-1 --vpc-endpoint-ids \"$VPC_ENDPOINT_ID\" --query 'VpcEndpoints[0].State' --output text)"))
    }

    /// The reply asks for missing values in plain words, with the command that shows each; the
    /// notes name them as flags.
    @Test func missingValuesAreAskedInPlainWords() throws {
        // Operational: step 5 shows the service name, and its command needs the add-on; the
        // account only appears in the output it shows, so the reply does not ask for it.
        let text = "Waiting for the privatelink endpoint to be provisioned... done"
        let situation = try situation(text, flags: RawInput(app: "acme-orders-stream-production"))
        #expect(situation.missing == [.addon, .awsAccountID])
        #expect(situation.nextStep == .serviceName)
        let reply = try Pipeline().reply(to: situation, in: .en)
        #expect(reply.contains("the name of your Kafka add-on: `heroku addons --app acme-orders-stream-production` lists it"))
        #expect(!reply.contains("--addon"))
        #expect(!reply.contains("the id of the AWS account that will connect:"), "not asked for: step 5 does not use it")
        #expect(reply.contains("heroku data:privatelink <ADDON>") == false)
        #expect(try Pipeline().notes(for: situation, in: .en).contains("run privatelink-runbook diagnose again with `--addon` and `--aws-account-id`."))
        #expect(try Pipeline().notes(for: situation, in: .ja).contains("`--addon`、`--aws-account-id` を指定して"))
        #expect(try Pipeline().reply(to: situation, in: .ja).contains("Kafka アドオンの名前 (`heroku addons --app acme-orders-stream-production` で確認できます)"))
    }

    @Test func aVeryLongLineIsQuotedCut() throws {
        let line = "An error occurred (InvalidServiceName) when calling the CreateVpcEndpoint operation: " + String(repeating: "x", count: 5000)
        let reply = try Pipeline().reply(to: try situation(line), in: .en)
        #expect(!reply.contains(String(repeating: "x", count: TicketReply.quoteLimit)))
        #expect(reply.contains(String(repeating: "x", count: 400) + " …"))
    }
}
