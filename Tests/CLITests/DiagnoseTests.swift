import Foundation
import Testing

/// `diagnose` as a support engineer runs it: pastes in, a reply or JSON out, exit codes for what
/// cannot be read.
@Suite struct DiagnoseTests {
    static let pastes = CLI.packageRoot.appendingPathComponent("Tests/RunbookEvidenceTests/Fixtures/pastes")

    func paste(_ name: String) -> String { Self.pastes.appendingPathComponent("\(name).txt").path }

    @Test func jsonHasTheLearnedValuesTheStepAndTheFindings() throws {
        let result = try CLI.run(["diagnose", "--json", "--paste", paste("endpoint-rejected"), "--paste", paste("status-operational"),
                                  "--app", "privatelink-vpc-endpoint-demo"])
        #expect(result.status == 0, "\(result.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let learned = try #require(json["learned"] as? [String: Any])
        #expect(learned["endpointId"] as? String == "vpce-01c87ae3c05563935")
        #expect(learned["subnetIds"] as? [String] == ["subnet-0123456789abcdef0", "subnet-0123456789abcdef1"])
        #expect(learned["addon"] as? String == "kafka-sushi-12345")
        #expect(json["step"] as? Int == 7)
        let findings = try #require(json["findings"] as? [[String: Any]])
        #expect(findings.map { $0["id"] as? String } == ["vpc-endpoint.rejected"])
        #expect(findings[0]["severity"] as? String == "error")
        #expect(findings[0]["step"] as? Int == 7)
        let evidence = try #require((findings[0]["evidence"] as? [[String: Any]])?.first)
        #expect(evidence["paste"] as? String == paste("endpoint-rejected"))
        #expect(evidence["line"] as? Int == 5)
        #expect(evidence["text"] as? String == "            \"VpcEndpointId\": \"vpce-01c87ae3c05563935\",")
        #expect((json["generate"] as? String)?.hasPrefix("privatelink-runbook generate --addon kafka-sushi-12345") == true)
    }

    @Test func doneIsANullStep() throws {
        let result = try CLI.run(["diagnose", "--json", "--paste", paste("config-present")])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\"step\" : null"))
    }

    @Test func theReplyFollowsLangAndLANG() throws {
        let japanese = try CLI.run(["diagnose", "--paste", paste("create-2.0"), "--lang", "ja"])
        #expect(japanese.status == 0)
        #expect(japanese.stdout.hasPrefix("# `kafka-sushi-12345` の現状と次に実行すること\n"))
        #expect(japanese.stdout.contains("### 手順 4: "))
        let english = try CLI.run(["diagnose", "--paste", paste("create-2.0")], environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stdout.hasPrefix("# Where things stand for `kafka-sushi-12345`, and what to run next\n"))
        let wrong = try CLI.run(["diagnose", "--paste", paste("create-2.0"), "--lang", "ja,en"])
        #expect(wrong.status == 64)
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
        #expect(reply.stdout.contains("`/dev/null` is empty."))
        #expect(reply.stdout.contains("To fill its commands with the customer's values we still need `--addon`, `--app` and `--aws-account-id`."))
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
        let diagnosed = try CLI.run(["diagnose", "--json", "--paste", paste("status-operational"), "--app", "privatelink-vpc-endpoint-demo",
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

/// The README's example is what the tool prints for it.
@Suite struct ReadmeExampleTests {
    @Test func theSupportTicketsExampleIsCurrent() throws {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        func fenced(after marker: String, fence: String) throws -> String {
            let start = try #require(readme.range(of: marker))
            let open = try #require(readme.range(of: fence + "\n", range: start.upperBound..<readme.endIndex))
            let close = try #require(readme.range(of: "\n" + String(fence.prefix { $0 == "`" }) + "\n", range: open.upperBound..<readme.endIndex))
            return String(readme[open.upperBound..<close.lowerBound])
        }
        let paste = try fenced(after: "For this `ticket-4711.txt`:", fence: "````text")
        let reply = try fenced(after: "it prints (exit 0):", fence: "`````markdown")
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data((paste + "\n").utf8).write(to: folder.appendingPathComponent("ticket-4711.txt"))
        let result = try CLI.run(["diagnose", "--paste", "ticket-4711.txt", "--addon", "kafka-sushi-12345",
                                  "--aws-account-id", "123456789101:user/abc.xyz", "--lang", "en"], in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == reply + "\n", "README.md's Support tickets example is stale: run the command and paste its output")
    }
}
