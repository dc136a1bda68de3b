import Foundation

/// The local AWS API that Scripts/with-moto.sh starts, and the real `aws` client pointed at it.
enum AWSEmulator {
    static let endpoint = ProcessInfo.processInfo.environment["PRIVATELINK_TEST_AWS_ENDPOINT"]

    /// Dummy credentials and the emulator's address; no user configuration can leak in.
    static var environment: [String: String] {
        var env = ProcessInfo.processInfo.environment
        env["AWS_ENDPOINT_URL"] = endpoint
        env["AWS_ACCESS_KEY_ID"] = "testing"
        env["AWS_SECRET_ACCESS_KEY"] = "testing"
        env["AWS_SESSION_TOKEN"] = nil
        env["AWS_PROFILE"] = nil
        env["AWS_DEFAULT_REGION"] = "us-east-1"
        env["AWS_CONFIG_FILE"] = "/dev/null"
        env["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null"
        env["AWS_PAGER"] = ""
        return env
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    struct ScriptRun {
        let status: Int32
        /// What each block printed, in order.
        let outputs: [String]
        let stderr: String
    }

    /// Runs a program found on PATH with the emulator's environment.
    static func run(_ executable: String, _ arguments: [String]) throws -> Subprocess.Result {
        try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"), [executable] + arguments, environment: environment)
    }

    /// Runs `aws ARGUMENTS` and returns its trimmed standard output.
    static func aws(_ arguments: [String]) throws -> String {
        let result = try run("aws", arguments)
        guard result.status == 0 else { throw Failure(description: "aws \(arguments.joined(separator: " ")): \(result.stderr)") }
        return result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(aws(arguments + ["--output", "json"]).utf8), options: .fragmentsAllowed)
    }

    /// Empties the emulator between tests.
    static func reset() throws {
        let result = try run("python3", ["-c", "import urllib.request, sys; urllib.request.urlopen(urllib.request.Request(sys.argv[1] + '/moto-api/reset', method='POST'))", endpoint ?? ""])
        guard result.status == 0 else { throw Failure(description: "moto reset: \(result.stderr)") }
    }

    /// The blocks, unchanged and in order, as one bash script with `set -euo pipefail`. Between
    /// blocks a marker line is printed so that each block's output can be told apart.
    static func runScript(_ blocks: [String]) throws -> ScriptRun {
        let marker = "@@privatelink-runbook block@@"
        var script = "set -euo pipefail\n"
        for block in blocks { script += "echo '\(marker)'\n" + block + "\n" }
        let result = try run("bash", ["-c", script])
        let parts = result.stdout.components(separatedBy: marker + "\n").dropFirst()
        return ScriptRun(status: result.status, outputs: Array(parts), stderr: result.stderr)
    }
}
