import Foundation

/// A runbook's blocks run the two ways a reader runs them, in one shell, against the emulator:
/// as a script with `set -euo pipefail` (the README's way), or pasted one after another into a
/// plain shell without `set -e`, where only each block's own exit status tells that it failed.
/// Every block is framed by markers on both streams, so that what each printed and its status
/// can be told apart.
enum ShellPaste {
    enum Mode: CustomStringConvertible {
        /// `set -euo pipefail` first (zsh: `set -e -u -o pipefail`): the script ends at the first failure.
        case errexit
        /// No options, as in an interactive shell. `stopAtFailure`: the reader stops at the first
        /// block that ends non-zero; otherwise every block runs whatever the ones before did.
        case plain(stopAtFailure: Bool)

        var description: String {
            switch self {
            case .errexit: "set -e"
            case .plain(let stop): stop ? "without set -e, stopping at a failure" : "without set -e, every block"
            }
        }
    }

    struct Block {
        let stdout: String
        let stderr: String
        /// The block's exit status; nil for a block that never ran.
        let status: Int32?
    }

    struct Run {
        let status: Int32
        let blocks: [Block]

        /// The first block that ended non-zero, if any.
        var firstFailure: Int? { blocks.firstIndex { $0.status.map { $0 != 0 } ?? false } }
        var stdout: String { blocks.map(\.stdout).joined() }
        var stderr: String { blocks.map(\.stderr).joined() }
    }

    static let available: [String] = ["bash", "zsh"].filter { shell in
        (try? AWSEmulator.run("sh", ["-c", "command -v \(shell)"]).status) == 0
    }

    static func run(_ blocks: [String], shell: String = "bash", mode: Mode, environment: [String: String] = [:]) throws -> Run {
        var script = ""
        switch mode {
        case .errexit: script += shell == "zsh" ? "set -e -u -o pipefail\n" : "set -euo pipefail\n"
        case .plain: break
        }
        for (index, block) in blocks.enumerated() {
            script += "echo '\(marker(index))'; echo '\(marker(index))' >&2\n"
            script += block + "\n"
            script += "PLR_BLOCK_STATUS=$?\necho \"@@status $PLR_BLOCK_STATUS@@\"\n"
            if case .plain(stopAtFailure: true) = mode { script += "[ \"$PLR_BLOCK_STATUS\" = 0 ] || exit \"$PLR_BLOCK_STATUS\"\n" }
        }
        var env = AWSEmulator.environment
        for (key, value) in environment { env[key] = value }
        let result = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), [shell, "-c", script], environment: env)
        let outputs = split(result.stdout, count: blocks.count), errors = split(result.stderr, count: blocks.count)
        var parsed: [Block] = []
        for index in blocks.indices {
            guard let output = outputs[index] else {
                parsed.append(Block(stdout: "", stderr: "", status: nil))
                continue
            }
            var lines = output.components(separatedBy: "\n")
            var status: Int32 = result.status
            if let last = lines.lastIndex(where: { $0.hasPrefix("@@status ") }) {
                status = Int32(lines[last].dropFirst("@@status ".count).dropLast(2)) ?? -1
                lines.remove(at: last)
            }
            parsed.append(Block(stdout: lines.joined(separator: "\n"), stderr: errors[index] ?? "", status: status))
        }
        return Run(status: result.status, blocks: parsed)
    }

    private static func marker(_ index: Int) -> String { "@@privatelink-runbook block \(index)@@" }

    /// The text after each block's marker, up to the next one; nil for a block whose marker never came.
    private static func split(_ text: String, count: Int) -> [String?] {
        (0..<count).map { index in
            guard let start = text.range(of: marker(index) + "\n") else { return nil }
            let end = text.range(of: marker(index + 1) + "\n", range: start.upperBound..<text.endIndex)?.lowerBound ?? text.endIndex
            return String(text[start.upperBound..<end])
        }
    }
}
