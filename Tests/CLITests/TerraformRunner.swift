import Foundation

/// Terraform run for real, as `make terraform-test` (Scripts/terraform-test.sh) sets it up: the
/// provider from a local filesystem mirror through a CLI configuration of its own
/// (`TF_CLI_CONFIG_FILE`), and the AWS API of the emulator it started. Each command is timed.
struct TerraformRunner {
    /// Set by Scripts/terraform-test.sh only: `make test` never runs Terraform.
    static let enabled = ProcessInfo.processInfo.environment["PRIVATELINK_TERRAFORM_TEST"] == "1"

    struct Run {
        let command: String
        let status: Int32
        /// What it printed, ANSI colours removed (Terraform colours its diagnostics even into a pipe).
        let stdout: String
        let stderr: String
        let seconds: Double

        /// Both streams with every run of white space made one space: Terraform wraps the
        /// messages of a failed condition at its own width.
        var flattened: String {
            // The frame Terraform draws around a diagnostic (│) goes too.
            (stdout + " " + stderr).replacingOccurrences(of: "│", with: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
    }

    /// Every command run so far, for the timings.
    private(set) var runs: [Run] = []

    /// What the scenario is missing, said plainly, or nil when Terraform can run.
    static var missing: String? {
        let environment = ProcessInfo.processInfo.environment
        guard let config = environment["TF_CLI_CONFIG_FILE"], FileManager.default.fileExists(atPath: config) else {
            return "TF_CLI_CONFIG_FILE names no file: run the suite through `make terraform-test`, which writes the CLI configuration for the provider mirror"
        }
        guard AWSEmulator.endpoint != nil else { return "no AWS API emulator: run the suite through `make terraform-test`" }
        return nil
    }

    /// The emulator's environment (dummy credentials, its address) plus Terraform's from the script.
    static var environment: [String: String] { AWSEmulator.environment }

    /// Runs `command` with bash in `folder`, as a reader pastes it there. `answer` is typed at
    /// Terraform's prompt (`yes` for destroy), with prompts allowed for that command alone.
    mutating func shell(_ command: String, in folder: URL, answer: String? = nil) throws -> Run {
        var environment = Self.environment
        var input: URL?
        if let answer {
            environment["TF_INPUT"] = nil
            input = folder.appendingPathComponent(".answer")
            try Data((answer + "\n").utf8).write(to: input!)
        }
        defer { if let input { try? FileManager.default.removeItem(at: input) } }
        let start = ContinuousClock.now
        let result = try Subprocess.run(URL(fileURLWithPath: "/bin/bash"), ["-c", command], environment: environment,
                                        in: folder, standardInput: input)
        let elapsed = ContinuousClock.now - start
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let run = Run(command: command, status: result.status, stdout: Self.plain(result.stdout), stderr: Self.plain(result.stderr),
                      seconds: seconds)
        runs.append(run)
        return run
    }

    /// Points the provider at the emulator without touching the generated files: Terraform merges
    /// a `*_override.tf` file into the configuration (Terraform's "Override Files").
    static func pointAtEmulator(_ configuration: URL) throws {
        guard let url = AWSEmulator.endpoint else { throw AWSEmulator.Failure(description: "no AWS API emulator") }
        let override = """
            provider "aws" {
              access_key                  = "testing"
              secret_key                  = "testing"
              skip_credentials_validation = true
              skip_requesting_account_id  = true
              skip_metadata_api_check     = true
              skip_region_validation      = true

              endpoints {
                ec2   = "\(url)"
                sts   = "\(url)"
                elbv2 = "\(url)"
              }
            }

            """
        try Data(override.utf8).write(to: configuration.appendingPathComponent("emulator_override.tf"))
    }

    /// One line for the scenario: its total and each command's time.
    func timings(_ scenario: String, total: Double) -> String {
        let each = runs.map { run -> String in
            // `terraform -chdir=… plan -out=tfplan` → plan; `terraform fmt -check …` → fmt.
            let words = run.command.split(separator: " ").map(String.init)
            let verb = words.first == "terraform" ? words.dropFirst().first { !$0.hasPrefix("-") } ?? "terraform" : words.first ?? ""
            return "\(verb) \(String(format: "%.1f", run.seconds)) s"
        }
        return "terraform-test: \(scenario): \(String(format: "%.1f", total)) s (\(each.joined(separator: ", ")))"
    }

    /// Appends the line to build/terraform-test/timings.txt and prints it.
    static func record(_ line: String) {
        print(line)
        let folder = CLI.packageRoot.appendingPathComponent("build/terraform-test")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("timings.txt")
        if !FileManager.default.fileExists(atPath: file.path) { FileManager.default.createFile(atPath: file.path, contents: nil) }
        if let handle = try? FileHandle(forWritingTo: file) {
            handle.seekToEndOfFile()
            handle.write(Data((line + "\n").utf8))
            try? handle.close()
        }
    }

    private static func plain(_ text: String) -> String {
        text.replacingOccurrences(of: "\u{1B}\\[[0-9;]*m", with: "", options: .regularExpression)
    }
}
