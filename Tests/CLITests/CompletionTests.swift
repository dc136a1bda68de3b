import Foundation
import Testing

/// The bash completion script the binary writes, loaded into a real bash: flags that take one of a
/// few values offer those values, and files are offered where a file is asked for.
@Suite struct CompletionTests {
    /// What bash offers after `line` (ending in a space for a new word), in `folder`.
    static func offers(_ line: String, in folder: URL) throws -> [String] {
        let script = try CLI.run(["--generate-completion-script", "bash"])
        #expect(script.status == 0)
        let completion = folder.appendingPathComponent("completion.bash")
        try script.stdout.write(to: completion, atomically: true, encoding: .utf8)
        let driver = """
            source \(completion.path)
            COMP_LINE='\(line)'
            read -ra COMP_WORDS <<< "$COMP_LINE"
            [[ "$COMP_LINE" == *" " ]] && COMP_WORDS+=("")
            COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
            COMP_POINT=${#COMP_LINE}
            COMPREPLY=()
            _privatelink-runbook privatelink-runbook "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
            printf '%s\\n' "${COMPREPLY[@]}"
            """
        let bash = try Subprocess.run(URL(fileURLWithPath: "/bin/bash"), ["-c", driver], environment: [:], in: folder, standardInput: nil)
        #expect(bash.status == 0, "\(bash.stderr)")
        return bash.stdout.split(separator: "\n").map(String.init).filter { !$0.isEmpty }.sorted()
    }

    @Test func flagsWithChoicesOfferTheirValues() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try Self.offers("privatelink-runbook generate --task ", in: folder) == ["add-accounts", "create", "remove-accounts", "teardown"])
        #expect(try Self.offers("privatelink-runbook generate --region to", in: folder) == ["tokyo"])
        #expect(try Self.offers("privatelink-runbook validate --aws-steps co", in: folder) == ["console", "console+terraform"])
        #expect(try Self.offers("privatelink-runbook generate --lang ", in: folder) == ["en", "ja", "ja,en"])
        #expect(try Self.offers("privatelink-runbook batch --format ", in: folder) == ["html", "md", "md,html"])
        #expect(try Self.offers("privatelink-runbook diagnose --lang ", in: folder) == ["en", "ja"])
    }

    @Test func filesAreOfferedWhereAFileIsAsked() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for name in ["ticket.txt", "rows.csv", "rows.ndjson", "notes.md"] {
            try "x".write(to: folder.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("tickets"), withIntermediateDirectories: true)
        let pastes = try Self.offers("privatelink-runbook diagnose --paste ", in: folder)
        #expect(["ticket.txt", "notes.md", "tickets"].allSatisfy(pastes.contains), "\(pastes)")
        // A batch file: the formats it reads, and folders to look into.
        #expect(try Self.offers("privatelink-runbook batch ", in: folder) == ["rows.csv", "rows.ndjson", "tickets"])
        #expect(try Self.offers("privatelink-runbook generate --output ", in: folder) == ["tickets"])
    }

    @Test func theScriptRegistersItself() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try Self.offers("privatelink-runbook ", in: folder)
        let bash = try Subprocess.run(URL(fileURLWithPath: "/bin/bash"),
                                      ["-c", "source \(folder.appendingPathComponent("completion.bash").path); complete -p privatelink-runbook"],
                                      environment: [:], in: folder, standardInput: nil)
        #expect(bash.stdout.contains("-F _privatelink-runbook privatelink-runbook"), "\(bash.stdout)")
    }
}
