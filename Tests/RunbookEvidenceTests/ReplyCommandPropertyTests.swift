import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookEvidence

/// A property of every reply, checked on the whole corpus and on tickets made from it at random
/// (a seeded generator: the same cases every run): every value a command in the reply holds passed
/// the rules and is one of the situation's own values (or derived from them). No stand-in for an
/// unknown value, no article example and no value the diagnosis refused (another add-on, a typo,
/// another region's VPC, a subnet AWS refused) can reach a command, since none is among them.
@Suite struct ReplyCommandPropertyTests {
    /// SplitMix64: small, seeded, the same sequence everywhere.
    struct Generator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(max(1, bound))) }
        mutating func pick<T>(_ items: [T]) -> T { items[below(items.count)] }
        mutating func hex(_ count: Int) -> String { String((0..<count).map { _ in Array("0123456789abcdef")[below(16)] }) }
    }

    static let corpus: [(name: String, text: String)] = PasteCorpusTests.names.compactMap { name in
        (try? String(contentsOf: PasteCorpusTests.folder.appendingPathComponent("\(name).txt"), encoding: .utf8)).map { (name, $0) }
    }

    /// A ticket made of pieces of the corpus, with ids swapped for others (valid, malformed, the
    /// article's, shell-hostile), prompts changed and sentences added.
    static func randomTicket(_ generator: inout Generator) -> (text: String, flags: RawInput) {
        var lines: [String] = []
        for _ in 0...generator.below(3) {
            let source = generator.pick(corpus).text.components(separatedBy: "\n")
            let start = generator.below(source.count)
            lines += source[start..<min(source.count, start + 1 + generator.below(25))]
        }
        func replacement() -> String {
            switch generator.below(16) {
            case 0: "vpce-\(generator.hex(17))"
            case 1: "vpce-\(generator.hex(5))"
            case 2: "vpc-\(generator.hex(17))"
            case 3: "subnet-\(generator.hex(17))"
            case 4: "sg-\(generator.hex(8))"
            case 5: "vpce-01c87ae3c05563935"
            case 6: "kafka-sushi-12345"
            case 7: "kafka-\(generator.hex(4))-\(generator.below(99_999))"
            case 8: "us-west-2"
            case 9: "ap-northeast-1"
            case 10: "com.amazonaws.vpce.us-west-2.vpce-svc-\(generator.hex(17))"
            case 11: "`rm -rf /`"
            case 12: "$(reboot)"
            case 13: "123456789101"
            case 14: String(100_000_000_000 + generator.below(899_999_999_999))
            default: "ZZunknown-addon-5f2c9"
            }
        }
        for lineIndex in lines.indices {
            var words = lines[lineIndex].components(separatedBy: " ")
            for index in words.indices where generator.below(6) == 0 {
                let word = words[index]
                if word.hasPrefix("vpce-") || word.hasPrefix("vpc-") || word.hasPrefix("subnet-") || word.hasPrefix("sg-") || word.hasPrefix("kafka-")
                    || word.hasPrefix("com.amazonaws") || word.count == 12 && word.allSatisfy(\.isNumber) || generator.below(20) == 0 {
                    words[index] = replacement()
                }
            }
            lines[lineIndex] = words.joined(separator: " ")
        }
        if generator.below(3) == 0 { lines.insert(generator.pick(["Hi,", "お世話になっております。", "We want to tear down the PrivateLink.",
                                                                  "Keep account 480151926302.", "stuck for 3 hours"]), at: 0) }
        var flags = RawInput()
        if generator.below(4) == 0 { flags.task = generator.pick(RunbookTask.allCases).rawValue }
        if generator.below(5) == 0 { flags.app = "acme-orders-stream-production" }
        return (lines.joined(separator: "\n"), flags)
    }

    static let flagsTakingValues: Set<String> = ["--app", "-a", "--aws-account-id", "--region", "--vpc-id", "--subnet-ids", "--security-group-ids",
                                                  "--vpc-endpoint-ids", "--vpc-endpoint-id", "--group-id", "--service-names", "--service-name"]

    /// Every value a command of the reply holds that is not one of the situation's own values.
    static func strayValues(in situation: Situation) -> [String] {
        let input = situation.input
        var own: Set<String> = Set(Field.allCases.flatMap { input.values(for: $0) })
        if let addon = input.addon { own.insert(AWSCLI.securityGroupName(addon: addon)) }
        if let id = input.endpointID { own.insert(String(id.suffix(17)).uppercased()) }
        if let name = input.serviceName, let region = RuleSet.serviceNameRegion(name) { own.insert(region.awsCode) }
        if let region = input.region.flatMap(PrivateSpaceRegion.named) { own.insert(region.awsCode) }
        // An account removed by mistake is allowed again, by the command its finding gives.
        for finding in situation.findings where finding.id == .accountKept {
            if case .code(let account)? = finding.explanation.arguments["account"] { own.insert(account) }
        }
        var commands: [String] = situation.findings.flatMap(\.commands)
        for section in TicketReply.runbook(for: situation).sections {
            for block in section.blocks + section.steps.flatMap(\.blocks) {
                if case .command(let command) = block { commands.append(command.literalText) }
            }
        }
        return strayValues(in: commands, own: own)
    }

    /// The values of `commands` that are not in `own` (ids, and what a flag or a PrivateLink command takes).
    static func strayValues(in commands: [String], own: Set<String>) -> [String] {
        let standIns = Set(PartialRunbook.StandIn.allCases.map(\.value))
        var stray: [String] = []
        for command in commands {
            let words = command.components(separatedBy: CharacterSet(charactersIn: " \n\t\"'=,()|;"))
            for (index, word) in words.enumerated() where !word.isEmpty {
                let afterFlag = index > 0 && flagsTakingValues.contains(words[index - 1])
                let privateLinkArgument = index > 0 && words[index - 1].hasPrefix("data:privatelink")
                // An id has digits after its prefix (`vpc-id` in a filter is a name).
                let idShaped = ["vpce-", "vpc-", "subnet-", "sg-", "com.amazonaws.vpce."].contains { word.hasPrefix($0) } && word.contains(where: \.isNumber)
                    || (word.count == 12 && word.allSatisfy(\.isNumber))
                if standIns.contains(where: { word.contains($0) }) { stray.append(word); continue }
                guard afterFlag || privateLinkArgument || idShaped, !word.hasPrefix("$"), !word.hasPrefix("`"), !word.hasPrefix("-") else { continue }
                // Values of the runbook's own commands that are no customer value.
                if ["Interface", "VpcEndpoints[0].State", "text", "Values"].contains(word) || word.hasPrefix("Name") { continue }
                if !own.contains(word) && !own.contains(where: { $0.hasPrefix(word + ":") }) { stray.append(word) }
            }
        }
        return stray
    }

    @Test(arguments: PasteCorpusTests.names)
    func everyCommandOfACorpusReplyHoldsOnlyItsOwnValues(_ name: String) throws {
        let situation = try PasteCorpusTests.situation(name, .asPasted)
        #expect(Self.strayValues(in: situation).isEmpty, "\(name): \(Self.strayValues(in: situation))")
        // And the situation's own values all passed the rules.
        for field in Field.allCases {
            for value in situation.input.values(for: field) where !PartialRunbook.StandIn.allCases.map(\.value).contains(value) {
                #expect(RuleSet.standard.firstProblem(with: value, RuleSet.standard.rules(for: field)) == nil, "\(name): \(field) \(value)")
                #expect(!ArticleExample.isExample(field, value) || situation.flags.values(for: field).contains(value), "\(name): \(value)")
            }
        }
    }

    @Test func everyCommandOfARandomReplyHoldsOnlyItsOwnValues() throws {
        var generator = Generator(state: 0x5EED_0016)
        var checked = 0, withCommands = 0
        for _ in 0..<300 {
            let (text, flags) = Self.randomTicket(&generator)
            guard case .success(let situation) = Situation.assess(flags: flags, pastes: [Paste(name: "random", text: text)]) else {
                Issue.record("valid flags were refused: \(flags)")
                continue
            }
            let stray = Self.strayValues(in: situation)
            #expect(stray.isEmpty, "\(stray) in the reply to:\n\(text)")
            checked += 1
            if TicketReply.runbook(for: situation).sections.flatMap({ $0.steps.flatMap(\.blocks) }).contains(where: {
                if case .command = $0 { return true } else { return false }
            }) { withCommands += 1 }
        }
        #expect(checked == 300)
        // The property is tested on replies that hold commands, not only on empty ones.
        #expect(withCommands > 100, "\(withCommands)")
    }

    /// The check itself can fail: a value of nobody, a stand-in and another add-on are caught.
    @Test func aStrayValueIsCaught() {
        let own: Set<String> = ["kafka-shiny-73918", "acme-orders-stream-production", "vpc-0b1c2d3e4f5a6b7c8", "subnet-0d1e2f3a4b5c6d7e8"]
        #expect(Self.strayValues(in: ["aws ec2 create-vpc-endpoint --vpc-id vpc-0b1c2d3e4f5a6b7c8 --subnet-ids subnet-0d1e2f3a4b5c6d7e8"], own: own).isEmpty)
        #expect(Self.strayValues(in: ["aws ec2 create-vpc-endpoint --vpc-id vpc-0b1c2d3e4f5a6b7c8 --subnet-ids subnet-0a9b8c7d6e5f4a3b2"], own: own)
            == ["subnet-0a9b8c7d6e5f4a3b2"])
        #expect(Self.strayValues(in: ["heroku data:privatelink postgresql-curly-51234 --app acme-orders-stream-production"], own: own)
            == ["postgresql-curly-51234"])
        #expect(Self.strayValues(in: ["heroku data:privatelink ZZunknown-addon-5f2c9 --app acme-orders-stream-production"], own: own)
            == ["ZZunknown-addon-5f2c9"])
    }
}
