import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookKit

/// The runbook of every task for input that lacks the values learned along the way, in both
/// languages and formats, compared byte for byte: create and add-accounts with a VPC (AWS CLI
/// steps; add-accounts for its first account, as the rules ask), remove-accounts and teardown
/// without one (the console only, for two accounts); `Output/` has the others. `RECORD_GOLDENS=1 swift test --filter GoldenTests` (or
/// `make record`) writes them anew; review the diff before committing.
@Suite struct GoldenTests {
    static let folder = packageRoot.appendingPathComponent("Tests/RunbookKitTests/Fixtures/early")
    static let recording = ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1"

    static func input(for task: RunbookTask) -> RawInput {
        adapted(task.createsEndpoint ? earlyInput : consoleInput, to: task)
    }

    @Test(arguments: RunbookTask.allCases, Language.allCases)
    func earlyRunbookMatchesItsGolden(_ task: RunbookTask, _ language: Language) throws {
        for format in Format.allCases { try compare(task, language, format) }
    }

    private func compare(_ task: RunbookTask, _ language: Language, _ format: Format) throws {
        let document = try documents(Self.input(for: task), languages: [language], formats: [format])[0]
        let golden = Self.folder.appendingPathComponent(DocumentName(task: task, language: language, format: format).fileName)
        if Self.recording {
            try FileManager.default.createDirectory(at: Self.folder, withIntermediateDirectories: true)
            try Data(document.contents.utf8).write(to: golden)
            return
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        #expect(document.contents == expected, """
            \(golden.lastPathComponent) differs from the golden: \(firstDifference(expected, document.contents)).
            If the change is intended, run `make record` and review the diff.
            """)
    }

    @Test func sameInputGivesTheSameBytes() throws {
        #expect(try documents(articleExample) == documents(articleExample))
    }

    /// The first differing line, as a short diff.
    func firstDifference(_ expected: String, _ actual: String) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(old.count, new.count) {
            let a = index < old.count ? String(old[index]) : "<end>"
            let b = index < new.count ? String(new[index]) : "<end>"
            if a != b { return "line \(index + 1)\n- \(a)\n+ \(b)" }
        }
        return "no line differs"
    }
}
