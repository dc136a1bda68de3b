import Foundation
import Testing

/// `batch`: many customers from one file, each written exactly as `generate` writes it.
@Suite struct BatchTests {
    /// Rows as `rules --json` names their properties; `generateArguments` gives the same values as flags.
    nonisolated(unsafe) static let rows: [[String: Any]] = [
        ["addon": "kafka-one", "app": "app-one", "awsAccountIds": ["123456789101", "210987654321:role/reader"], "region": "us-east-1"],
        ["addon": "kafka-two", "app": "Bad_App", "awsAccountIds": ["12345"]],
        ["addon": "kafka-three", "app": "app-three", "awsAccountIds": ["123456789101"],
         "vpcId": "vpc-0fedcba9876543210", "subnetIds": ["subnet-0fedcba9876543210", "subnet-0fedcba9876543211"]],
        ["addon": "kafka-four", "app": "app-four", "awsAccountIds": ["123456789101"], "customer": "acme"],
        ["addon": "kafka-five", "app": "app-five", "awsAccountIds": ["123456789101"], "endpointId": "vpce-01c87ae3c05563935"],
        ["addon": "kafka-one", "app": "app-six", "awsAccountIds": ["123456789101"]],
    ]

    static func ndjson(_ rows: [[String: Any]]) throws -> String {
        try rows.map { String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self) + "\n" }
            .joined()
    }

    static func generateArguments(_ row: [String: Any]) -> [String] {
        let flags = ["addon": "--addon", "app": "--app", "awsAccountIds": "--aws-account-id", "region": "--region",
                     "vpcId": "--vpc-id", "subnetIds": "--subnet-id", "endpointId": "--endpoint-id"]
        var arguments: [String] = []
        for (key, value) in row.sorted(by: { $0.key < $1.key }) {
            for item in (value as? [String]) ?? [value as! String] { arguments += [flags[key]!, item] }
        }
        return arguments
    }

    /// Every regular file under `folder` with its bytes.
    static func tree(_ folder: URL) throws -> [String: Data] {
        var tree: [String: Data] = [:]
        for name in CLI.files(under: folder) { tree[name] = try Data(contentsOf: folder.appendingPathComponent(name)) }
        return tree
    }

    @Test func refusedRowsAreNamedAndTheRestIsByteIdenticalToGenerate() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.ndjson(Self.rows).write(to: folder.appendingPathComponent("rows.ndjson"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["batch", "rows.ndjson", "--output", "out", "--report", "report.json"], in: folder)
        #expect(result.status == 65)
        #expect(result.stdout.isEmpty)
        // The names listed are those `rules --json` publishes, in the rule set's order.
        let schema = try JSONSerialization.jsonObject(with: Data(try CLI.run(["rules", "--json"]).stdout.utf8)) as? [String: Any]
        let published = Set(((schema?["properties"] as? [String: Any]) ?? [:]).keys)
        var lines = result.stderr.split(separator: "\n").map(String.init)
        let prefix = "rows use the property names of rules --json: ", suffix = " [row.unknown-property]"
        if lines.count > 3, let start = lines[3].range(of: prefix)?.upperBound, let end = lines[3].range(of: suffix)?.lowerBound {
            #expect(Set(lines[3][start..<end].components(separatedBy: ", ")) == published)
            lines[3].replaceSubrange(start..<end, with: "NAMES")
        }
        #expect(lines == [
            #"rows.ndjson:1: error: addon "kafka-one": is on more than one row (1, 6); a batch writes each add-on from one row only, so none of these rows is written (example: kafka-sushi-12345) [addon.duplicate-row]"#,
            #"rows.ndjson:2: error: app "Bad_App": must be 3 to 30 characters of lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit (example: privatelink-vpc-endpoint-demo) [app.pattern]"#,
            #"rows.ndjson:2: error: awsAccountIds "12345": must start with the 12-digit AWS account id, leading zeros included (example: 123456789101:user/abc.xyz) [aws-account-id.id]"#,
            #"rows.ndjson:4: error: unknown property "customer"; rows use the property names of rules --json: NAMES [row.unknown-property]"#,
            #"rows.ndjson:6: error: addon "kafka-one": is on more than one row (1, 6); a batch writes each add-on from one row only, so none of these rows is written (example: kafka-sushi-12345) [addon.duplicate-row]"#,
            "Rows: 6, written: 2, refused: 4.",
        ])
        let out = folder.appendingPathComponent("out")
        #expect(Set(CLI.files(under: out).map { String($0.prefix { $0 != "/" }) }) == ["index.html", "kafka-three", "kafka-five"],
                "refused rows write nothing")
        // The batch's own index lists the add-ons written, in row order, each linked to its index.
        let index = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(index.components(separatedBy: "<li><a href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
                == ["kafka-three/index.html", "kafka-five/index.html"])

        // The written rows, byte for byte as generate writes them.
        let reference = folder.appendingPathComponent("reference")
        for row in [Self.rows[2], Self.rows[4]] {
            let generated = try CLI.run(["generate"] + Self.generateArguments(row) + ["--output", reference.path])
            #expect(generated.status == 0, "\(generated.stderr)")
        }
        #expect(try Self.tree(out).filter { $0.key != "index.html" } == Self.tree(reference))
        #expect(CLI.files(under: out).count == 11)

        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("report.json"))) as? [String: Any])
        let entries = try #require(report["rows"] as? [[String: Any]])
        #expect(entries.map { $0["line"] as? Int } == [1, 2, 3, 4, 5, 6])
        #expect(entries[2]["files"] as? [String] == ["out/kafka-three/runbook.ja.md", "out/kafka-three/runbook.ja.html",
                                                    "out/kafka-three/runbook.en.md", "out/kafka-three/runbook.en.html",
                                                    "out/kafka-three/index.html"])
        #expect((entries[1]["problems"] as? [[String: Any]])?.map { $0["field"] as? String } == ["app", "awsAccountIds"])
        #expect((entries[3]["problems"] as? [[String: Any]])?.first?["rule"] as? String == "row.unknown-property")
        #expect(report["summary"] as? [String: Int] == ["rows": 6, "written": 2, "refused": 4])
    }

    @Test func theSameTreeForEveryNumberOfJobs() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        var rows: [[String: Any]] = []
        for number in 0..<40 {
            var row: [String: Any] = ["addon": "kafka-\(number)", "app": "app-\(number)", "awsAccountIds": ["123456789101"]]
            if number % 3 == 0 { row["vpcId"] = "vpc-0fedcba9876543210"; row["subnetIds"] = ["subnet-0fedcba9876543210"] }
            if number % 7 == 0 { row["app"] = "Bad_App" }
            rows.append(row)
        }
        try Self.ndjson(rows).write(to: folder.appendingPathComponent("rows.ndjson"), atomically: true, encoding: .utf8)
        var results: [Int: (stderr: String, report: Data, tree: [String: Data])] = [:]
        for jobs in [1, 4] {
            let result = try CLI.run(["batch", "rows.ndjson", "--jobs", String(jobs), "--output", "out\(jobs)", "--report", "report\(jobs).json"],
                                     in: folder)
            #expect(result.status == 65)
            results[jobs] = (result.stderr, try Data(contentsOf: folder.appendingPathComponent("report\(jobs).json")),
                             try Self.tree(folder.appendingPathComponent("out\(jobs)")))
        }
        #expect(results[1]!.tree.count == 34 * 5 + 1, "every written row's files, and the batch's index")
        #expect(results[1]!.tree == results[4]!.tree)
        #expect(results[1]!.stderr == results[4]!.stderr)
        #expect(String(decoding: results[1]!.report, as: UTF8.self).replacingOccurrences(of: "out1/", with: "out4/")
                == String(decoding: results[4]!.report, as: UTF8.self))
    }

    @Test func csvFromStandardInputWithABOMAndCRLF() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = "\u{FEFF}addon,app,awsAccountIds\r\nkafka-one,app-one,\"123456789101 210987654321:role/reader\"\r\n"
        let input = folder.appendingPathComponent("rows")
        try csv.write(to: input, atomically: true, encoding: .utf8)
        let result = try CLI.run(["batch", "-", "--output", "out", "--lang", "en", "--format", "md", "--quiet"], in: folder, standardInput: input)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.isEmpty, "--quiet prints nothing when every row is written")
        let generated = try CLI.run(["generate", "--addon", "kafka-one", "--app", "app-one", "--aws-account-id", "123456789101",
                                     "--aws-account-id", "210987654321:role/reader", "--lang", "en", "--format", "md", "--output", "ref"], in: folder)
        #expect(generated.status == 0)
        #expect(try Self.tree(folder.appendingPathComponent("out")).filter { $0.key != "index.html" } == Self.tree(folder.appendingPathComponent("ref")))
    }

    @Test func wholeFileProblemsWriteNothing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "".write(to: folder.appendingPathComponent("empty.csv"), atomically: true, encoding: .utf8)
        let empty = try CLI.run(["batch", "empty.csv", "--output", "out"], in: folder)
        #expect(empty.status == 65)
        #expect(empty.stderr.hasPrefix("empty.csv: error: no rows found"))

        try "addon,app,awsAccountIds,customer\nkafka-one,app-one,123456789101,acme\n"
            .write(to: folder.appendingPathComponent("unknown.csv"), atomically: true, encoding: .utf8)
        let unknown = try CLI.run(["batch", "unknown.csv", "--output", "out", "--lang", "ja"], in: folder)
        #expect(unknown.status == 65)
        #expect(unknown.stderr.hasPrefix(#"unknown.csv:1: エラー: 不明なプロパティ "customer" があります。"#), "\(unknown.stderr)")

        let missing = try CLI.run(["batch", "missing.ndjson", "--output", "out"], in: folder)
        #expect(missing.status == 66)
        #expect(missing.stderr.hasPrefix("error: cannot read"))
        #expect(CLI.files(under: folder) == ["empty.csv", "unknown.csv"])
    }

    /// Killed at any moment, every runbook file is whole or absent; the same batch run again
    /// completes it and removes what the killed run left half-written.
    @Test func killedMidwayThenRunAgain() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let count = 1000
        var lines = ""
        for number in 0..<count {
            lines += #"{"addon":"kafka-\#(number)","app":"app-\#(number)","awsAccountIds":["123456789101"],"vpcId":"vpc-0fedcba9876543210","subnetIds":["subnet-0fedcba9876543210"]}"# + "\n"
        }
        try lines.write(to: folder.appendingPathComponent("rows.ndjson"), atomically: true, encoding: .utf8)
        let out = folder.appendingPathComponent("out")

        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["batch", "rows.ndjson", "--output", out.path, "--quiet"]
        process.currentDirectoryURL = folder
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Kill it once it has written a hundred rows (or after 60 s, whatever it did by then).
        let deadline = Date().addingTimeInterval(60)
        while process.isRunning, Date() < deadline,
              ((try? FileManager.default.contentsOfDirectory(atPath: out.path))?.count ?? 0) < 100 {
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the batch was still running when killed")

        let killed = try Self.tree(out)
        let folders = Set(killed.keys.map { String($0.prefix { $0 != "/" }) })
        #expect(folders.count < count)
        // A staging folder (`.kafka-5.<pid>.tmp/`) is what a kill may leave; never a torn file in place.
        func isStaged(_ path: String) -> Bool { path.split(separator: "/").contains { $0.hasPrefix(".") } }
        let leftovers = killed.keys.filter(isStaged)

        let again = try CLI.run(["batch", "rows.ndjson", "--output", out.path, "--quiet"], in: folder)
        #expect(again.status == 0, "\(again.stderr)")
        let complete = try Self.tree(out)
        #expect(complete.count == count * 5 + 1, "every row written with the batch's index, and nothing else: no temporary file is left")
        #expect(!complete.keys.contains(where: isStaged))
        for (name, bytes) in killed where !leftovers.contains(name) {
            #expect(complete[name] == bytes, "\(name) was torn by the kill")
        }
        // And the complete tree is what generate writes (one row checked in full).
        let reference = folder.appendingPathComponent("reference")
        let generated = try CLI.run(["generate", "--addon", "kafka-0", "--app", "app-0", "--aws-account-id", "123456789101",
                                     "--vpc-id", "vpc-0fedcba9876543210", "--subnet-id", "subnet-0fedcba9876543210", "--output", reference.path])
        #expect(generated.status == 0)
        for (name, bytes) in try Self.tree(reference) { #expect(complete[name] == bytes, "\(name)") }
    }
}
