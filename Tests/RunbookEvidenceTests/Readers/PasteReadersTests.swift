import Testing
import RunbookKit
@testable import RunbookEvidence

/// The registry: lines that show nothing, the runbook's own messages in the templates' sentences,
/// and lines no reader knows.
@Suite struct PasteReadersTests {
    @Test func linesThatShowNothingAreNotUnrecognised() {
        for line in ["", "```", "~~~", "^C", "$", "user@host:~/work$"] { #expect(kinds(IgnoredLineReader(), line) == [], "\(line)") }
        for line in ["done", "for attempt in $(seq 1 60); do", "echo \"$STATE\"", "SERVICE_NAME=x"] {
            #expect(kinds(ShellSyntaxReader(), line) == [], "\(line)")
        }
        #expect(kinds(ShellSyntaxReader(), "Thank you for your help") == nil)
        // The principal check's `case` clauses: their patterns are ARN prefixes, not accounts.
        for line in [#"    "arn:aws:iam::012345678901:"*|"arn:aws:sts::012345678901:"*) echo 'These credentials are allowed.' ;;"#,
                     #"    *) echo 'Heroku allows 012345678901 only' >&2; false ;;"#] {
            #expect(kinds(ShellSyntaxReader(), line) == [], "\(line)")
        }
        #expect(kinds(ShellSyntaxReader(), "Our account (the one with the VPC) is 012345678901 ;;") == nil)
    }

    @Test func theRunbooksOwnMessagesInEitherLanguageWithTheirStepAndStream() throws {
        let reader = RunbookMessageReader(templates: .embedded)
        let english = TemplateSet.embedded.catalog(.en).format("shell.state.rejected", ["state": "rejected", "step": "2", "minutes": "20"])
        #expect(kinds(reader, english) == [.runbookMessage(key: "shell.state.rejected", step: .endpoint, isFailure: true)])
        let japanese = TemplateSet.embedded.catalog(.ja).format("shell.state.available", ["step": "8"])
        #expect(kinds(reader, japanese) == [.runbookMessage(key: "shell.state.available", step: .endpoint, isFailure: false)])
    }

    @Test func aPasteIsReadInOrderAndWhatNoReaderKnowsIsCollected() {
        let paste = Paste(name: "ticket", text: """
            Hi team,
            $ heroku data:privatelink kafka-sushi-12345 --app demo-app
            === privatelink endpoint status for kafka-sushi-12345

            Status:       Operational
            What now?
            """)
        let reading = PasteReaders(templates: .embedded).read(paste)
        // The customer's sentences are prose, read as such: never lines that could not be read.
        #expect(reading.prose.map(\.number) == [1, 6])
        #expect(reading.unrecognised.isEmpty)
        #expect(reading.observations.map(\.evidence.number) == [2, 2, 2, 3, 5])
        let noise = PasteReaders(templates: .embedded).read(Paste(name: "noise", text: "Status:       Operational\n%%% 1 ###\n"))
        #expect(noise.unrecognised.map(\.number) == [2])
    }
}
