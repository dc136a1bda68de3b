import Foundation
import RunbookKit

/// What the test targets share: the package root, the article's example and other inputs, and
/// helpers that render them.

/// The package root, three levels up from this file.
public let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The corpus of pastes that `diagnose` is tested on (its README says how it is made).
public let pasteCorpusFolder = packageRoot.appendingPathComponent("Tests/RunbookEvidenceTests/Fixtures/pastes")

/// The article's example values, read from Output/article-example.args (one argument a line, as
/// `make demo` passes them).
public let articleExample: RawInput = {
    let path = packageRoot.appendingPathComponent("Output/article-example.args")
    let words = ((try? String(contentsOf: path, encoding: .utf8)) ?? "").split(separator: "\n").map(String.init)
    var raw = RawInput()
    for index in stride(from: 0, to: words.count - 1, by: 2) {
        guard let field = Field(rawValue: String(words[index].dropFirst(2))) else {
            preconditionFailure("unknown flag \(words[index]) in \(path.path)")
        }
        raw.add(words[index + 1], for: field)
    }
    return raw
}()

/// Two accounts in the other forms, a VPC for the AWS CLI steps, and none of the values learned along the way.
public let earlyInput = RawInput(
    addon: "kafka-tokyo-0042", app: "orders-api", awsAccountIDs: ["012345678901", "210987654321:role/kafka-client"],
    vpcID: "vpc-0fedcba9876543210", subnetIDs: ["subnet-0fedcba9876543210"])

/// The same without a VPC: the article's console path only.
public let consoleInput = RawInput(
    addon: "kafka-tokyo-0042", app: "orders-api", awsAccountIDs: ["012345678901", "210987654321:role/kafka-client"])

/// `raw` for `task`, as the rules ask: with a VPC, the tasks that cover every account they name
/// take one account (`vpc-id.one-account`), and the tasks that delete take the endpoint to delete.
public func adapted(_ raw: RawInput, to task: RunbookTask) -> RawInput {
    var raw = raw
    raw.task = task.rawValue
    guard raw.vpcID != nil else { return raw }
    if RuleSet.tasksForEveryAccount.contains(task) { raw.awsAccountIDs = Array(raw.awsAccountIDs.prefix(1)) }
    if !task.createsEndpoint { raw.endpointID = raw.endpointID ?? "vpce-0123456789abcdef0" }
    return raw
}

public func documents(_ raw: RawInput, languages: [Language] = Language.allCases, formats: [Format] = Format.allCases) throws -> [Document] {
    try Pipeline().documents(for: RuleSet.standard.validate(raw).get(), languages: languages, formats: formats)
}

public func markdown(_ raw: RawInput, _ language: Language) throws -> String {
    try documents(raw, languages: [language], formats: [.md])[0].contents
}

/// The contents of the fenced blocks with `info` (`shell`, `text`) in document order.
/// The lines of `markdown` outside its fenced blocks (what a reader reads as text, code spans aside).
public func linesOutsideFences(_ markdown: String) -> [Substring] {
    var lines: [Substring] = []
    var fence: Substring?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        if let open = fence {
            if line.hasPrefix(open), line.allSatisfy({ $0 == "`" }) { fence = nil }
            continue
        }
        if line.hasPrefix("```") {
            fence = line.prefix { $0 == "`" }
            continue
        }
        lines.append(line)
    }
    return lines
}

public func fencedBlocks(_ info: String, in markdown: String) -> [String] {
    var blocks: [String] = []
    var current: [String]?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        if current == nil, line.hasPrefix("```"), line.drop(while: { $0 == "`" }) == info {
            current = []
        } else if current != nil, line.hasPrefix("```"), line.allSatisfy({ $0 == "`" }) {
            blocks.append(current!.joined(separator: "\n"))
            current = nil
        } else {
            current?.append(String(line))
        }
    }
    return blocks
}
