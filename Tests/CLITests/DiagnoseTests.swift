import Foundation
import Testing

/// `diagnose` as a support engineer runs it: pastes in, a reply or JSON out, exit codes for what
/// cannot be read.
@Suite struct DiagnoseTests {
    static let pastes = CLI.packageRoot.appendingPathComponent("Tests/RunbookEvidenceTests/Fixtures/pastes")

    func paste(_ name: String) -> String { Self.pastes.appendingPathComponent("\(name).txt").path }

    @Test func jsonHasTheReplyTheNotesTheRunbookTheStepAndTheFindings() throws {
        let result = try CLI.run(["diagnose", "--json", "--paste", paste("endpoint-rejected"), "--paste", paste("status-operational"),
                                  "--app", "acme-orders-stream-production", "--lang", "en"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "--json prints nothing else")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        #expect(Set(json.keys) == ["reply", "notes", "task", "learned", "step", "done", "findings", "missing", "generate"])
        let learned = try #require(json["learned"] as? [String: Any])
        #expect(learned["endpointId"] as? String == "vpce-0a7c3e9b2d4f61850")
        #expect(learned["subnetIds"] as? [String] == ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"])
        #expect(learned["addon"] as? String == "kafka-shiny-73918")
        #expect(json["task"] as? String == "create")
        #expect(json["step"] as? Int == 7)
        #expect(json["done"] as? Bool == false)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["id"] as? String } == ["vpc-endpoint.rejected"])
        #expect(findings[0]["severity"] as? String == "error")
        #expect(findings[0]["step"] as? Int == 7)
        #expect(findings[0]["customer"] as? Bool == true)
        let evidence = try #require((findings[0]["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["paste"] as? String == paste("endpoint-rejected"))
        #expect(evidence["line"] as? Int == 5)
        #expect(evidence["text"] as? String == "            \"VpcEndpointId\": \"vpce-0a7c3e9b2d4f61850\",")
        #expect((json["generate"] as? String)?.hasPrefix("privatelink-runbook generate --addon kafka-shiny-73918") == true)
        // The reply is the customer's; the notes hold the ids, the pastes and the generate command.
        let reply = try #require(json["reply"] as? String)
        let notes = try #require(json["notes"] as? String)
        #expect(reply.hasPrefix("# Your PrivateLink connection for `kafka-shiny-73918`"))
        #expect(!reply.contains("vpc-endpoint.rejected") && !reply.contains(paste("endpoint-rejected")) && !reply.contains("privatelink-runbook"))
        #expect(notes.contains("vpc-endpoint.rejected") && notes.contains(paste("endpoint-rejected")) && notes.contains("privatelink-runbook generate"))
    }

    @Test func doneIsANullStepAndTrue() throws {
        let result = try CLI.run(["diagnose", "--json", "--paste", paste("config-present")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"step\" : null"))
        #expect(result.stdout.contains("\"done\" : true"))
        // Nothing placed: a null step too, and not done.
        let unplaced = try CLI.run(["diagnose", "--json", "--paste", paste("unrecognized")])
        #expect(unplaced.stdout.contains("\"step\" : null"))
        #expect(unplaced.stdout.contains("\"done\" : false"))
    }

    @Test func theReplyFollowsLangTheTicketAndLANG() throws {
        let japanese = try CLI.run(["diagnose", "--paste", paste("create-2.0"), "--lang", "ja"])
        #expect(japanese.status == 0)
        #expect(japanese.stdout.hasPrefix("# `kafka-shiny-73918` の PrivateLink 接続について: 現在の状況と次の手順\n"))
        #expect(japanese.stdout.contains("### 手順 4: "))
        #expect(japanese.stderr.hasPrefix("# サポート担当者向けメモ: `kafka-shiny-73918`\n"))
        let english = try CLI.run(["diagnose", "--paste", paste("create-2.0")], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stdout.hasPrefix("# Your PrivateLink connection for `kafka-shiny-73918`: where it stands and what to do next\n"))
        // A ticket written in Japanese is answered in Japanese whatever LANG says; --lang still wins.
        let ticket = try CLI.run(["diagnose", "--paste", paste("ja-prose-powershell-status")], environment: ["LANG": "en_US.UTF-8"])
        #expect(ticket.stdout.hasPrefix("# `kafka-shiny-73918` の PrivateLink 接続について"))
        let asked = try CLI.run(["diagnose", "--paste", paste("ja-prose-powershell-status"), "--lang", "en"])
        #expect(asked.stdout.hasPrefix("# Your PrivateLink connection for `kafka-shiny-73918`"))
        let wrong = try CLI.run(["diagnose", "--paste", paste("create-2.0"), "--lang", "ja,en"])
        #expect(wrong.status == 64)
    }

    @Test func theNotesGoToStandardErrorOrToAFile() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let printed = try CLI.run(["diagnose", "--paste", paste("en-heroku-addons-typo"), "--lang", "en"])
        #expect(printed.status == 0)
        #expect(printed.stderr.contains("`heroku.addon-typo`"))
        #expect(!printed.stdout.contains("heroku.addon-typo"))
        let filed = try CLI.run(["diagnose", "--paste", paste("en-heroku-addons-typo"), "--lang", "en", "--notes", "notes.md"], in: folder)
        #expect(filed.status == 0)
        #expect(filed.stderr.isEmpty)
        #expect(filed.stdout == printed.stdout)
        #expect(try String(contentsOf: folder.appendingPathComponent("notes.md"), encoding: .utf8) == printed.stderr)
        let nowhere = try CLI.run(["diagnose", "--paste", paste("en-heroku-addons-typo"), "--notes", "/nonexistent/notes.md"])
        #expect(nowhere.status == 73)
    }

    @Test func theTaskIsInferredOrGiven() throws {
        let inferred = try CLI.run(["diagnose", "--json", "--paste", paste("en-teardown-done")])
        #expect(inferred.stdout.contains("\"task\" : \"teardown\""))
        #expect(inferred.stdout.contains("\"done\" : true"))
        let given = try CLI.run(["diagnose", "--json", "--task", "remove-accounts", "--paste", paste("status-operational"),
                                 "--app", "acme-orders-stream-production", "--aws-account-id", "615243708921"])
        #expect(given.status == 0, "\(given.stderr)")
        #expect(given.stdout.contains("\"task\" : \"remove-accounts\""))
        #expect(try CLI.run(["diagnose", "--task", "rebuild", "--paste", paste("status-operational")]).status == 65)
    }

    @Test func standardInputIsAPaste() throws {
        let result = try CLI.run(["diagnose", "--json"], standardInput: Self.pastes.appendingPathComponent("wait-done.txt"))
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"step\" : 5"))
        #expect(result.stdout.contains("\"paste\" : \"stdin\"") || !result.stdout.contains("\"paste\""))
        let dash = try CLI.run(["diagnose", "--json", "--paste", "-", "--paste", paste("sts-json")],
                               standardInput: Self.pastes.appendingPathComponent("wait-done.txt"))
        #expect(dash.stdout.contains("\"step\" : 5"))
    }

    @Test func anEmptyPasteIsAFindingNotAFailure() throws {
        let result = try CLI.run(["diagnose", "--json", "--paste", paste("empty")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"id\" : \"paste.unrecognized\""))
        let reply = try CLI.run(["diagnose", "--paste", "/dev/null", "--lang", "en"])
        #expect(reply.status == 0)
        #expect(reply.stderr.contains("`/dev/null` is empty."))
        #expect(reply.stderr.contains("The reply asks the customer for `--addon`, `--app` and `--aws-account-id`."))
        #expect(reply.stdout.contains("Could you send us the output of the commands you have run so far"))
        #expect(!reply.stdout.contains("/dev/null"))
    }

    @Test func aMissingPasteFileIsExit66NamingIt() throws {
        let result = try CLI.run(["diagnose", "--paste", "/nonexistent/ticket-4711.txt", "--lang", "en"])
        #expect(result.status == 66)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: --paste /nonexistent/ticket-4711.txt: the file does not exist or cannot be read\n")
        let folder = try CLI.run(["diagnose", "--paste", "/tmp", "--lang", "ja"])
        #expect(folder.status == 66)
        #expect(folder.stderr.hasPrefix("エラー: --paste /tmp: "))
    }

    @Test func aPasteOverOneMebibyteIsRefused() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let big = folder.appendingPathComponent("big.txt")
        try Data(repeating: UInt8(ascii: "a"), count: (1 << 20) + 1).write(to: big)
        let result = try CLI.run(["diagnose", "--paste", big.path, "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr == "error: --paste \(big.path): larger than 1048576 bytes; paste only the output of the runbook's commands\n")
        try Data(repeating: UInt8(ascii: "a"), count: 1 << 20).write(to: big)
        #expect(try CLI.run(["diagnose", "--paste", big.path]).status == 0, "exactly 1 MiB is accepted")
        let piped = try CLI.run(["diagnose", "--paste", "-"], standardInput: big)
        #expect(piped.status == 0)
    }

    @Test func invalidFlagsAreRefusedAsGenerateRefusesThem() throws {
        let result = try CLI.run(["diagnose", "--paste", paste("create-2.0"), "--app", "Bad_App", "--lang", "en"])
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        #expect(result.stderr.hasPrefix("error: --app \"Bad_App\": must be 3 to 30 characters"))
    }

    @Test func outputWritesWhatGenerateWrites() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let diagnosed = try CLI.run(["diagnose", "--json", "--paste", paste("status-operational"), "--app", "acme-orders-stream-production",
                                     "--output", "diagnosed"], in: folder)
        #expect(diagnosed.status == 0, "\(diagnosed.stderr)")
        #expect(diagnosed.stdout.contains("\"written\" : ["))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(diagnosed.stdout.utf8)) as? [String: Any])
        let command = try #require(json["generate"] as? String)
        let words = command.split(separator: " ").dropFirst(2).map(String.init)
        let generated = try CLI.run(["generate"] + words + ["--output", "generated"], in: folder)
        #expect(generated.status == 0)
        let names = CLI.files(under: folder.appendingPathComponent("generated"))
        #expect(names.count == 5)
        #expect(CLI.files(under: folder.appendingPathComponent("diagnosed")) == names)
        for name in names {
            let a = try Data(contentsOf: folder.appendingPathComponent("diagnosed/\(name)"))
            let b = try Data(contentsOf: folder.appendingPathComponent("generated/\(name)"))
            #expect(a == b, "\(name)")
        }
        // Without the values every runbook needs, nothing is written.
        let missing = try CLI.run(["diagnose", "--paste", paste("sts-json"), "--output", "nothing", "--lang", "en"], in: folder)
        #expect(missing.status == 65)
        #expect(missing.stderr.contains("error: --addon is required"))
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("nothing").path))
    }
}

/// The README's example is what the tool prints for it: the reply as sent and the notes beside it.
@Suite struct ReadmeExampleTests {
    @Test func theSupportTicketsExampleIsCurrent() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        func fenced(after marker: String, fence: String) throws -> String {
            let start = try #require(readme.range(of: marker))
            let open = try #require(readme.range(of: fence + "\n", range: start.upperBound..<readme.endIndex))
            let close = try #require(readme.range(of: "\n" + String(fence.prefix { $0 == "`" }) + "\n", range: open.upperBound..<readme.endIndex))
            return String(readme[open.upperBound..<close.lowerBound])
        }
        let ticket = try fenced(after: "ticket, `ticket-4711.txt`:", fence: "````text")
        let reply = try fenced(after: "prints on standard output (exit 0), as it is sent:", fence: "`````markdown")
        let notes = try fenced(after: "and on standard error:", fence: "`````markdown")
        // A real-shaped Japanese ticket: greeting, sentences, output, a closing request.
        #expect(ticket.hasPrefix("お世話になっております。"))
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data((ticket + "\n").utf8).write(to: folder.appendingPathComponent("ticket-4711.txt"))
        let result = try CLI.run(["diagnose", "--paste", "ticket-4711.txt"], in: folder, environment: ["LANG": "en_US.UTF-8"])
        #expect(result.status == 0)
        #expect(result.stdout == reply + "\n", "README.md's Support tickets reply is stale: run the command and paste its output")
        #expect(result.stderr == notes + "\n", "README.md's Support tickets notes are stale: run the command and paste its standard error")
    }
}
