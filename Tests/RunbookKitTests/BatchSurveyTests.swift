import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookKit

/// The first pass over a batch file: rows counted, add-ons on more than one row found.
@Suite struct BatchSurveyTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batchsurvey-\(UUID().uuidString)")

    func file(_ name: String, _ text: String) throws -> BatchFile {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(text.utf8).write(to: url)
        return try BatchFile(url: url)
    }

    @Test func anEmptyFileHasNoRows() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        for (name, text) in [("empty.csv", ""), ("header.csv", "addon,app,awsAccountIds\r\n"), ("empty.ndjson", "\n\n"), ("empty.json", "[]")] {
            #expect(throws: BatchFileError.invalid(line: nil, [RowProblem(rule: .fileEmpty)]), "\(name)") {
                try BatchSurvey(try file(name, text))
            }
        }
    }

    @Test func addonsOnMoreThanOneRowAreFound() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try file("rows.csv", "addon,app\nkafka-a,x\nkafka-b,x\nkafka-a,y\nkafka-c,x\nkafka-b,z\nkafka-a,z\n")
        let survey = try BatchSurvey(csv)
        #expect(survey.rows == 6)
        #expect(survey.repeatedAddons == ["kafka-a": [.line(2), .line(4), .line(7)], "kafka-b": [.line(3), .line(6)]])
    }
}
