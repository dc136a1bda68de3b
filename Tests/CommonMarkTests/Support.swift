import Foundation
import Testing

import CommonMark

/// Parent of every CommonMark suite. Serialized so that the resident-memory measurement of the
/// leak test is not disturbed by other CommonMark tests allocating on other threads.
@Suite(.serialized)
struct CommonMarkSuite {}

/// `<package root>/../shared/fixtures/commonmark-spec-0.30.json`; the package root is three levels
/// up from this file (Tests/CommonMarkTests/Support.swift). Symlinks are resolved first so that a
/// scratch package that links to these sources still finds the fixture. Never copied into the project.
let specFixtureURL: URL = URL(fileURLWithPath: #filePath)
    .resolvingSymlinksInPath()
    .deletingLastPathComponent()  // Tests/CommonMarkTests
    .deletingLastPathComponent()  // Tests
    .deletingLastPathComponent()  // package root
    .appendingPathComponent("../shared/fixtures/commonmark-spec-0.30.json")
    .standardizedFileURL

var specFixtureExists: Bool { FileManager.default.fileExists(atPath: specFixtureURL.path) }

/// Skips a test, saying why, where the spec fixture is absent.
let needsSpecFixture: ConditionTrait = .enabled(
    if: specFixtureExists, "CommonMark spec fixture absent: ../shared/fixtures/commonmark-spec-0.30.json")

/// One example of the CommonMark spec, as the fixture stores it.
struct SpecExample: Decodable, Sendable {
    let markdown: String
    let html: String
    let example: Int
    let start_line: Int
    let end_line: Int
    let section: String
}

func loadSpecExamples() throws -> [SpecExample] {
    try JSONDecoder().decode([SpecExample].self, from: Data(contentsOf: specFixtureURL))
}

/// `html` with ` id="…"` inserted right after the tag name of the first `ids.count` heading opening
/// tags (`<h1>`…`<h6>`, or `<hN data-sourcepos=…>`); `nil` entries are skipped. Only meaningful for
/// safe-mode output, where `<hN` cannot come from raw HTML.
func insertingIDs(_ ids: [String?], into html: String) -> String {
    let bytes = Array(html.utf8)
    var out: [UInt8] = []
    var next = 0
    var i = 0
    while i < bytes.count {
        if next < ids.count, bytes[i] == UInt8(ascii: "<"), i + 3 < bytes.count,
           bytes[i + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[i + 2]),
           bytes[i + 3] == UInt8(ascii: ">") || bytes[i + 3] == UInt8(ascii: " ")
        {
            out += bytes[i...(i + 2)]
            if let id = ids[next] { out += Array(" id=\"\(id)\"".utf8) }
            next += 1
            i += 3
            continue
        }
        out.append(bytes[i])
        i += 1
    }
    return String(decoding: out, as: UTF8.self)
}
