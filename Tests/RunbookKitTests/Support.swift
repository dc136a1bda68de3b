import Foundation
import Testing
@testable import RunbookKit

/// The package root, three levels up from this file.
let packageRoot = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The article's example values (as in Output/article-example.args).
let articleExample = RawInput(
    addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: ["123456789101:user/abc.xyz"],
    endpointID: "vpce-01c87ae3c05563935", region: "us-east-1",
    serviceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec")

/// Two accounts in the other forms, and none of the values learned along the way.
let earlyInput = RawInput(
    addon: "kafka-tokyo-0042", app: "orders-api", awsAccountIDs: ["012345678901", "210987654321:role/kafka-client"])

func documents(_ raw: RawInput, languages: [Language] = Language.allCases, formats: [Format] = Format.allCases) throws -> [Document] {
    try Pipeline().documents(for: RuleSet.standard.validate(raw).get(), languages: languages, formats: formats)
}

func markdown(_ raw: RawInput, _ language: Language) throws -> String {
    try documents(raw, languages: [language], formats: [.md])[0].contents
}

/// The contents of the fenced blocks with `info` (`shell`, `text`) in document order.
func fencedBlocks(_ info: String, in markdown: String) -> [String] {
    var blocks: [String] = []
    var current: [String]?
    for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
        if current == nil, line.hasPrefix("```"), line.drop { $0 == "`" } == info {
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
