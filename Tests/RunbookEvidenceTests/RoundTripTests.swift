import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookEvidence

/// A runbook's own commands and expected outputs, pasted back up to a step, give that step's
/// successor: what the diagnosis reads is what the runbook says the tools print, whatever layout
/// the runbook shows for them.
@Suite struct RoundTripTests {
    /// Runbooks whose every expected output is real output (no placeholder stands for a value yet
    /// unknown), with the AWS CLI steps, so that every step has a command to paste.
    static let inputs: [(name: String, raw: RawInput)] = [
        // The article's shape with a customer's own values: the article's example values pasted
        // back are the article's, not a customer's (ArticleExample).
        ("virginia", RawInput(
            addon: "kafka-shiny-73918", app: "acme-orders-stream-production", awsAccountIDs: ["480151926302:user/svc.bot"],
            endpointID: "vpce-0a7c3e9b2d4f61850", region: "us-east-1",
            serviceName: "com.amazonaws.vpce.us-east-1.vpce-svc-07d3e5b6a1c2f4098",
            vpcID: "vpc-0123456789abcdef0", subnetIDs: ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"])),
        ("tokyo", RawInput(
            addon: "kafka-tokyo-0042", app: "orders-api", awsAccountIDs: ["012345678901", "210987654321:role/kafka-client"],
            endpointID: "vpce-0b2c4d6e8f0a1b3c5", serviceName: "com.amazonaws.vpce.ap-northeast-1.vpce-svc-0a1b2c3d4e5f67890",
            vpcID: "vpc-0fedcba9876543210", subnetIDs: ["subnet-0fedcba9876543210"], securityGroupID: "sg-0aa11bb22cc33dd44",
            cidr: "10.42.0.0/16")),
    ]

    static func steps(_ raw: RawInput) throws -> [Step] {
        RunbookBuilder().build(try RuleSet.standard.validate(raw).get()).sections.flatMap(\.steps)
    }

    /// The steps up to `last` as a terminal shows them in `language`: each command after a `$ `
    /// prompt (later lines after the `> ` continuation prompt), then what it prints.
    static func transcript(_ steps: [Step], through last: Int, withCommands: Bool, language: Language = .en) -> String {
        let renderer = MarkdownRenderer(language: language)
        var lines: [String] = []
        for step in steps where step.number <= last {
            for block in step.blocks {
                switch block {
                case .command(let command) where withCommands:
                    let commandLines = renderer.render(command, asShell: true).split(separator: "\n", omittingEmptySubsequences: false)
                    lines.append("$ " + commandLines[0])
                    lines += commandLines.dropFirst().map { "> " + $0 }
                case .expectedOutput(let output, _):
                    lines.append(renderer.render(output, asShell: false))
                default:
                    continue
                }
            }
        }
        return lines.joined(separator: "\n")
    }

    @Test(arguments: inputs.indices, 1...8)
    func pastingTheRunbookUpToAStepGivesTheNextOne(_ input: Int, _ last: Int) throws {
        let steps = try Self.steps(Self.inputs[input].raw)
        #expect(steps.map(\.number) == Array(1...8))
        let variants = last == 1 ? [true] : [true, false]  // step 1 prints nothing the runbook shows
        for withCommands in variants {
            let paste = Paste(name: "runbook", text: Self.transcript(steps, through: last, withCommands: withCommands))
            let situation = try Situation.assess(flags: RawInput(), pastes: [paste]).get()
            let expected = RunbookTask.create.step(numbered: last + 1)
            #expect(situation.nextStep == expected, "\(Self.inputs[input].name) through step \(last), commands: \(withCommands)")
            #expect(situation.findings.filter { $0.severity != .info }.isEmpty,
                    "\(situation.findings.map { "\($0.id) \($0.evidence.first?.text ?? "")" })")
        }
    }

    @Test(arguments: inputs.indices)
    func theWholeRunbookGivesItsValuesBack(_ input: Int) throws {
        let raw = Self.inputs[input].raw
        let paste = Paste(name: "runbook", text: Self.transcript(try Self.steps(raw), through: 8, withCommands: true))
        let situation = try Situation.assess(flags: RawInput(), pastes: [paste]).get()
        #expect(situation.input.addon == raw.addon)
        #expect(situation.input.app == raw.app)
        #expect(situation.input.awsAccountIDs == raw.awsAccountIDs)
        #expect(situation.input.serviceName == raw.serviceName)
        #expect(situation.input.endpointID == raw.endpointID)
        #expect(situation.nextStep == nil)
    }
}
