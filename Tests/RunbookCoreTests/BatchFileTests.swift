import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookCore

/// Reading batch files: CSV as spreadsheets write it, NDJSON, JSON arrays; rows named by line or index.
@Suite struct BatchFileTests {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("batchfile-\(UUID().uuidString)")

    func file(_ name: String, _ bytes: [UInt8]) throws -> BatchFile {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return try BatchFile(url: url)
    }

    func file(_ name: String, _ text: String) throws -> BatchFile { try file(name, Array(text.utf8)) }

    func rows(_ file: BatchFile) throws -> [BatchRow] {
        let stream = try file.rows()
        var rows: [BatchRow] = []
        while let row = try stream.next() { rows.append(row) }
        return rows
    }

    @Test func csvWithByteOrderMarkCRLFAndQuotedCells() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        // What a spreadsheet saves as "CSV UTF-8": a BOM, CR LF line ends, quotes where a cell needs them.
        let text = "addon,app,awsAccountIds,region\r\n"
            + "kafka-one,app-one,\"123456789101 210987654321:role/a,b\",us-east-1\r\n"
            + "\r\n"
            + "\"kafka-\"\"two\",app-two,\"123456789101\r\n210987654321\",\r\n"
            + "kafka-three,\"\",123456789101,\"\"\r\n"
        let csv = try file("rows.csv", [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(csv.format == .csv)
        let rows = try rows(csv)
        #expect(rows.map(\.location) == [.line(2), .line(4), .line(6)], "a record is named by the line it starts on")
        #expect(rows[0].raw == RawInput(addon: "kafka-one", app: "app-one",
                                        awsAccountIDs: ["123456789101", "210987654321:role/a,b"], region: "us-east-1"))
        #expect(rows[1].raw.addon == "kafka-\"two", "a doubled quote is one quote")
        #expect(rows[1].raw.awsAccountIDs == ["123456789101\r\n210987654321"], "a line break inside quotes belongs to the cell")
        #expect(rows[1].raw.region == nil, "an empty cell gives no value")
        #expect(rows[2].raw == RawInput(addon: "kafka-three", awsAccountIDs: ["123456789101"]))
        #expect(rows.allSatisfy { $0.problems.isEmpty })
    }

    @Test func csvHeaderWithAnUnknownColumnIsRefusedAsAWhole() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = try file("rows.csv", "addon,app,awsAccountIds,customer\nkafka-one,app-one,123456789101,acme\n")
        #expect {
            try rows(csv)
        } throws: { error in
            guard case .invalid(line: 1, let problems) = error as? BatchFileError else { return false }
            return problems == [RowProblem(rule: .rowUnknownProperty, details: [
                "property": "\"customer\"", "properties": RuleSet.standard.fields.map(\.field.jsonKey).joined(separator: ", "),
            ])]
        }
    }

    @Test func csvRowsWithTheWrongNumberOfCellsAndMalformedQuotes() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let short = try file("short.csv", "addon,app,awsAccountIds\nkafka-one,app-one\n")
        #expect(try rows(short)[0].problems == [RowProblem(rule: .rowCellCount, details: ["found": "2", "expected": "3"])])
        let open = try file("open.csv", "addon,app,awsAccountIds\nkafka-one,\"app-one,123456789101\n")
        #expect(throws: BatchFileError.invalid(line: 2, [RowProblem(rule: .fileUnterminatedQuote)])) { try rows(open) }
        let after = try file("after.csv", "addon,app,awsAccountIds\nkafka-one,\"app\"-one,123456789101\n")
        #expect(throws: BatchFileError.invalid(line: 2, [RowProblem(rule: .fileTextAfterQuote)])) { try rows(after) }
    }

    @Test func ndjsonLinesAndTheirProblems() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let text = """
            {"addon":"kafka-one","app":"app-one","awsAccountIds":["123456789101"]}

            {"addon":"kafka-two","app":"app-two","awsAccountIds":"123456789101","customer":"acme"}
            not json
            ["a"]
            {"addon":"kafka-three","app":"app-three","awsAccountIds":[123456789101],"region":1}
            """
        let ndjson = try file("rows.ndjson", text)
        let rows = try rows(ndjson)
        #expect(rows.map(\.location) == [.line(1), .line(3), .line(4), .line(5), .line(6)])
        #expect(rows[0].raw == RawInput(addon: "kafka-one", app: "app-one", awsAccountIDs: ["123456789101"]))
        #expect(rows[0].problems.isEmpty)
        #expect(rows[1].problems.map(\.rule.rawValue) == ["row.not-strings", "row.unknown-property"])
        #expect(rows[1].problems[1].details["property"] == "\"customer\"")
        #expect(rows[2].problems.map(\.rule.rawValue) == ["row.invalid-json"])
        #expect(rows[3].problems.map(\.rule.rawValue) == ["row.not-object"])
        #expect(rows[4].problems == [RowProblem(rule: .rowNotStrings, details: ["property": "\"awsAccountIds\""]),
                                     RowProblem(rule: .rowNotString, details: ["property": "\"region\""])])
    }

    @Test func jsonArrayRowsAreNamedByIndex() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        let json = try file("rows.json", #"[{"addon":"kafka-one"},{"addon":"kafka-two","app":"app-two"}]"#)
        let rows = try rows(json)
        #expect(rows.map(\.location) == [.index(0), .index(1)])
        #expect(rows[1].raw == RawInput(addon: "kafka-two", app: "app-two"))
        let object = try file("object.json", #"{"addon":"kafka-one"}"#)
        #expect(throws: BatchFileError.invalid(line: nil, [RowProblem(rule: .fileNotArray)])) { try self.rows(object) }
        let broken = try file("broken.json", "[{")
        #expect(throws: BatchFileError.invalid(line: nil, [RowProblem(rule: .fileInvalidJSON)])) { try self.rows(broken) }
    }

    @Test func formatFromContentWhenTheNameSaysNothing() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try file("a", "\n  [{}]").format == .json)
        #expect(try file("b.txt", [0xEF, 0xBB, 0xBF] + Array("{\"addon\":\"x\"}\n".utf8)).format == .ndjson)
        #expect(try file("c", "addon,app\n").format == .csv)
        #expect(try file("d.jsonl", "{}").format == .ndjson)
    }

    /// Rows take every field of the rule set by its `rules --json` name, so a field added to the
    /// rules is accepted without a change to the decoder.
    @Test func everyFieldOfTheRuleSetIsARowProperty() throws {
        defer { try? FileManager.default.removeItem(at: folder) }
        var object: [String: Any] = [:]
        var expected = RawInput()
        for spec in RuleSet.standard.fields {
            let values = spec.isRepeatable ? [spec.example, spec.example + "0"] : [spec.example]
            object[spec.field.jsonKey] = spec.isRepeatable ? values : values[0]
            for value in values { expected.add(value, for: spec.field) }
        }
        let data = try JSONSerialization.data(withJSONObject: object)
        let ndjson = try file("all.ndjson", String(decoding: data, as: UTF8.self))
        let row = try #require(try rows(ndjson).first)
        #expect(row.problems.isEmpty)
        for field in Field.allCases { #expect(row.raw.values(for: field) == expected.values(for: field), "\(field)") }

        let header = RuleSet.standard.fields.map(\.field.jsonKey)
        let cells = RuleSet.standard.fields.map { spec in
            spec.isRepeatable ? "\(spec.example) \(spec.example)0" : spec.example
        }
        let csv = try file("all.csv", header.joined(separator: ",") + "\n" + cells.joined(separator: ",") + "\n")
        let csvRow = try #require(try rows(csv).first)
        #expect(csvRow.problems.isEmpty)
        for field in Field.allCases { #expect(csvRow.raw.values(for: field) == expected.values(for: field), "\(field)") }
    }

}
