import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookEvidence

/// The corpus under Fixtures/pastes: real-shaped pastes and tickets written from the sources the
/// facts file names (each sidecar `NAME.json` says which), never from this tool's output. Each
/// paste must give its learned values, runbook, next step, whether the task is done and its finding
/// ids as pasted, and the same again with ANSI colours, with colours whose ESC was lost, with CRLF
/// line ends, and quoted in a ticket reply.
@Suite struct PasteCorpusTests {
    static let folder = pasteCorpusFolder

    static let names: [String] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".txt") }.map { String($0.dropLast(4)) }.sorted()
    }()

    struct Expectation: Decodable {
        let source: String
        let flags: [String]?
        let learned: [String: DiagnosisReport.Value]
        let task: String
        let step: Int?
        let done: Bool
        let findings: [String]
    }

    enum Variant: String, CaseIterable, CustomTestStringConvertible {
        case asPasted, coloured, lostEscapes, crlf, quoted

        var testDescription: String { rawValue }

        func apply(_ text: String) -> String {
            let lines = text.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n")
            switch self {
            case .asPasted: return text
            case .coloured: return lines.map { Self.colour($0, open: "\u{1B}[36m", close: "\u{1B}[39m") }.joined(separator: "\n")
            case .lostEscapes: return lines.map { Self.colour($0, open: "[1;36m", close: "[0m") }.joined(separator: "\n")
            case .crlf: return lines.joined(separator: "\r\n")
            case .quoted: return lines.map { $0.isEmpty ? ">" : "> " + $0 }.joined(separator: "\n")
            }
        }

        /// Every word wrapped in a colour, and a reset in front, as a colourful terminal would.
        private static func colour(_ line: String, open: String, close: String) -> String {
            guard !line.isEmpty else { return line }
            let words = line.split(separator: " ", omittingEmptySubsequences: false)
            return "\u{1B}[0m" + words.map { $0.isEmpty ? "" : open + $0 + close }.joined(separator: " ")
        }
    }

    static func expectation(_ name: String) throws -> Expectation {
        try JSONDecoder().decode(Expectation.self, from: Data(contentsOf: folder.appendingPathComponent("\(name).json")))
    }

    static func situation(_ name: String, _ variant: Variant) throws -> Situation {
        let text = try String(contentsOf: folder.appendingPathComponent("\(name).txt"), encoding: .utf8)
        var flags = RawInput()
        let words = try expectation(name).flags ?? []
        for index in stride(from: 0, to: words.count - 1, by: 2) {
            flags.add(words[index + 1], for: try #require(Field(rawValue: String(words[index].dropFirst(2)))))
        }
        return try Situation.assess(flags: flags, pastes: [Paste(name: "\(name).txt", text: variant.apply(text))]).get()
    }

    @Test(arguments: names, Variant.allCases)
    func pasteGivesItsValuesStepAndFindings(_ name: String, _ variant: Variant) throws {
        let expected = try Self.expectation(name)
        let situation = try Self.situation(name, variant)
        let report = DiagnosisReport(situation, language: .en)
        #expect(report.learned == expected.learned, "\(name): learned")
        #expect(report.task.rawValue == expected.task, "\(name): runbook")
        #expect(report.step == expected.step, "\(name): next step")
        #expect(report.done == expected.done, "\(name): done")
        #expect(report.findings.map(\.id.rawValue) == expected.findings, "\(name): findings")
    }

    /// Colours and line ends never reach the quoted evidence: it is the line as the customer saw it.
    @Test(arguments: names, [Variant.coloured, .lostEscapes, .crlf])
    func evidenceIsTheVisibleLine(_ name: String, _ variant: Variant) throws {
        let plain = try Self.situation(name, .asPasted).findings.map(\.evidence)
        let other = try Self.situation(name, variant).findings.map(\.evidence)
        #expect(plain == other)
        for line in other.joined() {
            #expect(!line.text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" }, "\(name) line \(line.number)")
        }
    }

    @Test func corpusIsLargeAndCoversEveryFindingOfTheIssue() throws {
        #expect(Self.names.count >= 80)
        let expectations = try Self.names.map { try Self.expectation($0) }
        let ids = Set(expectations.flatMap(\.findings))
        let required = [
            "endpoint-service.provisioning", "allowed-account.provisioning", "account.not-allowed",
            "vpc-endpoint.pending-acceptance", "vpc-endpoint.rejected", "vpc-endpoint.failed", "vpc-endpoint.wrong-service",
            "vpc-endpoint.invalid-service-name", "security-group.ports", "region.mismatch", "values.conflict",
            "connection-string.missing", "connection-string.present", "paste.invalid-value", "paste.unrecognized",
            // Issue 16: causes, judgements, secrets, scope.
            "aws.unauthorized", "aws.expired-credentials", "vpc-endpoint.zone-unsupported", "vpc-endpoint.not-found",
            "vpc-endpoint.expired", "vpc-endpoint.pending-too-long", "vpc-endpoint.others", "vpc-endpoint.other-account",
            "connection-string.malformed", "heroku.addon-typo", "heroku.addon-other", "heroku.addon-ambiguous",
            "paste.article-example", "paste.placeholder", "region.resources-elsewhere", "account.kept", "secret.exposed",
            "ticket.out-of-scope",
        ]
        #expect(Set(required).subtracting(ids).isEmpty, "not covered: \(Set(required).subtracting(ids).sorted())")
        // Every runbook, done and not, placed and not.
        #expect(Set(expectations.map(\.task)) == Set(RunbookTask.allCases.map(\.rawValue)))
        #expect(expectations.contains { $0.done } && expectations.contains { $0.step == nil && !$0.done })
        // Tickets written as customers write them, in both languages, with secrets in some.
        let texts = try Self.names.map { try String(contentsOf: Self.folder.appendingPathComponent("\($0).txt"), encoding: .utf8) }
        #expect(texts.filter { $0.unicodeScalars.contains(where: ProseReader.isJapanese) }.count >= 15)
        #expect(texts.filter { !Paste(name: "p", text: $0).secrets.isEmpty }.count >= 2)
        for name in Self.names { #expect(try !Self.expectation(name).source.isEmpty, "\(name) names no source") }
    }

    /// Every finding's sentence exists in both languages (variants included).
    @Test(arguments: Language.allCases)
    func everyFindingSentenceExists(_ language: Language) throws {
        let catalog = TemplateSet.embedded.catalog(language)
        for name in Self.names {
            for finding in try Self.situation(name, .asPasted).findings {
                var keys = [finding.explanation.key]
                for case .sentence(let inner) in finding.explanation.arguments.values { keys.append(inner.key) }
                for key in keys { #expect(catalog.keys.contains(key), "\(language): \(key)") }
            }
        }
    }
}

extension DiagnosisReport.Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let list = try? container.decode([String].self) { self = .list(list) } else { self = .one(try container.decode(String.self)) }
    }
}
