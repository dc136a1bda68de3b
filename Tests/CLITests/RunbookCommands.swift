import Foundation

/// The commands of a runbook's Markdown, each with the expected output printed after it: `shell`
/// blocks hold what to paste, a `text` block after one holds what it prints (DESIGN's conventions).
struct RunbookCommands {
    struct Command {
        let command: String
        var expectedOutput: String?
    }

    let all: [Command]

    init(markdown: String) {
        var commands: [Command] = []
        var info: String?
        var lines: [String] = []
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if info == nil, line.hasPrefix("```"), line.contains(where: { $0 != "`" }) {
                info = String(line.drop { $0 == "`" })
                lines = []
            } else if info != nil, line.hasPrefix("```"), line.allSatisfy({ $0 == "`" }) {
                let content = lines.joined(separator: "\n")
                if info == "shell" {
                    commands.append(Command(command: content))
                } else if info == "text", !commands.isEmpty, commands[commands.count - 1].expectedOutput == nil {
                    commands[commands.count - 1].expectedOutput = content
                }
                info = nil
            } else if info != nil {
                lines.append(line)
            }
        }
        all = commands
    }

    /// The blocks that do not call the Heroku CLI: the part that runs against AWS alone. The
    /// Kafka client's check (`openssl s_client`) runs on a host in the VPC, against the brokers:
    /// `KafkaClientCheckTests` runs it against a TLS server of its own.
    var withoutHeroku: [Command] {
        all.filter {
            $0.command.range(of: #"(^|[\s(|$])heroku\s"#, options: .regularExpression) == nil && !$0.command.hasPrefix("openssl s_client ")
        }
    }
}

/// Whether an expected-output block describes what a command printed: JSON names the same fields
/// (apart from the emulator's known differences), text has the same lines with ids, account ids
/// and CIDR blocks allowed to vary.
enum ExpectedOutput {
    /// Fields real AWS prints that moto leaves out, and the reverse; the runbook follows real AWS.
    static let emulatorOmits: Set<String> = ["GroupOwnerId"]
    static let emulatorAdds: Set<String> = ["Tags"]

    static func matches(_ expected: String, actual: String) -> Bool {
        if expected.hasPrefix("{") {
            guard let want = try? JSONSerialization.jsonObject(with: Data(expected.utf8)),
                  let got = try? JSONSerialization.jsonObject(with: Data(actual.utf8)) else { return false }
            let wanted = fieldNames(want), printed = fieldNames(got)
            return wanted.subtracting(emulatorOmits) == printed.subtracting(emulatorAdds)
        }
        let shapes = Set(expected.split(separator: "\n").map { shape(String($0)) })
        let lines = actual.split(separator: "\n").map { shape(String($0)) }
        return !lines.isEmpty && lines.allSatisfy(shapes.contains)
    }

    static func fieldNames(_ value: Any) -> Set<String> {
        if let object = value as? [String: Any] {
            return Set(object.keys).union(object.values.flatMap(fieldNames))
        }
        if let array = value as? [Any] { return Set(array.flatMap(fieldNames)) }
        return []
    }

    private static let variableParts: [(pattern: String, name: String)] = [
        (#"\b(sgr|sg|vpce|vpc|subnet)-[0-9a-f]{8,17}\b"#, "$1-ID"),
        (#"\b[0-9A-F]{17}\b"#, "CONFIG-ID"),
        (#"\b[0-9]{12}\b"#, "ACCOUNT"),
        (#"\b[0-9]{1,3}(\.[0-9]{1,3}){3}/[0-9]{1,2}\b"#, "CIDR"),
    ]

    static func shape(_ line: String) -> String {
        variableParts.reduce(line) { text, part in
            text.replacingOccurrences(of: part.pattern, with: part.name, options: .regularExpression)
        }
    }
}
