import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookEvidence

/// How a situation is judged beyond what the corpus shows: flags against pastes, the rules, and
/// the step numbers the diagnosis shares with the builder.
@Suite struct SituationTests {
    func assess(_ text: String, flags: RawInput = RawInput()) throws -> Situation {
        try Situation.assess(flags: flags, pastes: [Paste(name: "paste", text: text)]).get()
    }

    @Test func invalidFlagsFailAsGenerateWouldButMissingOnesWait() throws {
        let bad = Situation.assess(flags: RawInput(app: "Bad_App"), pastes: [Paste(name: "p", text: "")])
        guard case .failure(let diagnostics) = bad else { Issue.record("Bad_App was accepted"); return }
        #expect(diagnostics.items.map(\.rule.description) == ["app.pattern"])
        // A subnet whose VPC the paste gives: not a flag problem; without any VPC it is, as in generate.
        let partial = try assess("vpc-0123456789abcdef0\n", flags: RawInput(subnetIDs: ["subnet-0123456789abcdef0"]))
        #expect(partial.missing == [.addon, .app, .awsAccountID])
        #expect(partial.input.vpcID == "vpc-0123456789abcdef0")
        let alone = Situation.assess(flags: RawInput(subnetIDs: ["subnet-0123456789abcdef0"]), pastes: [Paste(name: "p", text: "")])
        guard case .failure(let needsVPC) = alone else { Issue.record("a subnet without any VPC was accepted"); return }
        #expect(needsVPC.items.map(\.rule.description) == ["subnet-id.needs-vpc"])
    }

    @Test func aFlagWinsOverThePasteAndBothAreShown() throws {
        let situation = try assess("=== privatelink endpoint status for kafka-other-1\n", flags: RawInput(addon: "kafka-sushi-12345"))
        #expect(situation.input.addon == "kafka-sushi-12345")
        #expect(situation.learned.addon == nil)
        let conflict = try #require(situation.findings.first { $0.id == .valuesConflict })
        #expect(conflict.explanation.key == "finding.values.conflict.flag")
        #expect(conflict.evidence.map(\.number) == [1])
    }

    @Test func aPastedValueThatBreaksARuleIsReportedAndNeverUsed() throws {
        let situation = try assess("$ heroku data:privatelink:wait 'kafka sushi' --app demo-app\n")
        #expect(situation.input.addon == nil)
        let finding = try #require(situation.findings.first { $0.id == .pasteInvalidValue })
        #expect(finding.explanation.arguments["value"] == .code("kafka sushi"))
        #expect(situation.input.app == "demo-app")
    }

    @Test func theCallerStandsInForMissingAccountsButIsCheckedAgainstGivenOnes() throws {
        let alone = try assess("480151926302\n")
        #expect(alone.input.awsAccountIDs == ["480151926302"])
        #expect(alone.findings.isEmpty)
        let other = try assess("480151926302\n", flags: RawInput(awsAccountIDs: ["210987654321:role/kafka-client"]))
        #expect(other.input.awsAccountIDs == ["210987654321:role/kafka-client"])
        #expect(other.findings.map(\.id.rawValue) == ["account.not-allowed"])
    }

    @Test func aRegionFlagThatDiffersFromTheServiceNameIsAMismatchNotAFailure() throws {
        let situation = try assess("Service Name: com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098\n", flags: RawInput(region: "tokyo"))
        #expect(situation.findings.map(\.id.rawValue) == ["region.mismatch"])
        #expect(situation.input.region == nil)
        #expect(situation.nextStep == .securityGroup)
    }

    @Test func evidenceIsTheLineWithoutEscapesOrControls() throws {
        let situation = try assess("\u{1B}]0;title\u{07}\u{1B}[1mStatus:\u{1B}[0m Provisioning\n#\u{202E}# 12 34\n")
        let status = try #require(situation.findings.first { $0.id == .endpointServiceProvisioning }?.evidence.first)
        #expect(status.text == "Status: Provisioning")
        let skipped = try #require(situation.findings.first { $0.id == .pastePartlyRecognized }?.evidence.first)
        #expect(skipped.text == "#\u{FFFD}# 12 34")
    }

    @Test func aNonBreakingSpaceFromATicketSystemIsASpace() throws {
        let situation = try assess("Status:\u{A0}\u{A0}\u{A0}Operational\n\u{3000}Service Name:\u{A0}com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098\n")
        #expect(situation.input.serviceName == "com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098")
        #expect(situation.nextStep == .securityGroup)
    }

    @Test func manyDifferentValuesAreJudgedOnlyUpToALimit() throws {
        let lines = (0..<500).map { String(format: "vpce-%017x", $0) }
        let situation = try assess(lines.joined(separator: "\n"))
        #expect(situation.input.endpointID == "vpce-00000000000000000")
        #expect(situation.findings.filter { $0.id == .valuesConflict }.count == 1)
    }
}

/// The runbook's own commands print sentences of ours when a check passes or stops; a paste of
/// them is read in either language.
@Suite struct RunbookMessageTests {
    @Test(arguments: Language.allCases)
    func aStoppedCheckIsAFindingAtItsStep(_ language: Language) throws {
        let input = try RuleSet.standard.validate(RawInput(
            addon: "kafka-shiny-73918", app: "acme-orders-stream-production", awsAccountIDs: ["480151926302"],
            endpointID: "vpce-0a7c3e9b2d4f61850", serviceName: "com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098",
            vpcID: "vpc-0123456789abcdef0", subnetIDs: ["subnet-0123456789abcdef0"])).get()
        let steps = RunbookBuilder().build(input).sections.flatMap(\.steps)
        let renderer = MarkdownRenderer(language: language)
        // The state check's sentence for a rejected endpoint, as the terminal prints it.
        let rejected = try #require(steps.flatMap(\.blocks).lazy.compactMap { block -> Text? in
            guard case .command(let command) = block else { return nil }
            for case .sentence(let text, _) in command.parts where text.key == "shell.state.rejected" { return text }
            return nil
        }.first)
        let paste = "rejected\n" + renderer.plain(rejected) + "\n"
        let situation = try Situation.assess(flags: RawInput(), pastes: [Paste(name: "p", text: paste)]).get()
        #expect(situation.findings.map(\.id.rawValue).sorted() == ["runbook.check-failed", "vpc-endpoint.rejected"])
        #expect(situation.findings.first { $0.id == .runbookCheckFailed }?.step == .endpoint)
        #expect(situation.nextStep == .endpoint)
        #expect(situation.readings[0].unrecognised.isEmpty)
    }
}
