import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookKit

/// Ticket replies for typical situations, in both languages, compared byte for byte with
/// Fixtures/replies. `make record` (RECORD_GOLDENS=1) writes them anew; review the diff.
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
             flags: RawInput(app: "privatelink-vpc-endpoint-demo")),
        // Everything but the connection string, from a quoted, coloured, CRLF ticket.
        Case(name: "connection-string-missing", pastes: ["ticket-combined-crlf"]),
        // Done.
        Case(name: "done", pastes: ["config-present"],
             flags: RawInput(addon: "kafka-sushi-12345", awsAccountIDs: ["123456789101:user/abc.xyz"])),
        // Nothing to go on: the values the reply still needs.
        Case(name: "unrecognized", pastes: ["unrecognized"]),
    ]

    static func reply(_ test: Case, _ language: Language) throws -> String {
        let pastes = try test.pastes.map { name in
            Paste(name: "\(name).txt", text: try String(contentsOf: pasteCorpusFolder.appendingPathComponent("\(name).txt"), encoding: .utf8))
        }
        let pipeline = Pipeline()
        return try pipeline.reply(to: try pipeline.diagnose(flags: test.flags, pastes: pastes).get(), in: language)
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
}
