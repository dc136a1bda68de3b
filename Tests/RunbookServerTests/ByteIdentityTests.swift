import Foundation
import Hummingbird
import RunbookKit
import Testing
import ZIPFoundation

/// The service answers the bytes the command line prints and writes: the same Pipeline.
@Suite struct ByteIdentityTests {
    @Test(arguments: [("en", "md", nil), ("ja", "md", nil), ("en", "html", nil), ("ja", "html", nil),
                      ("ja", "md", "teardown"), ("en", "html", "add-accounts")] as [(String, String, String?)])
    func runbookIsWhatGenerateWrites(language: String, format: String, task: String?) async throws {
        var values = try Service.exampleValues()
        values["language"] = language
        values["format"] = format
        if let task { values["task"] = task }
        let expected = try Service.output("\(task.map { "runbook-\($0)" } ?? "runbook").\(language).\(format)")
        let body = Service.json(values)
        try await Service.test { client in
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: Service.jsonHeaders, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == (format == "md" ? "text/markdown" : "text/html") + "; charset=utf-8")
                #expect(Data(response.body.readableBytesView) == expected)
            }
        }
    }

    @Test func acceptChoosesTheFormatAndAcceptLanguageTheLanguage() async throws {
        let values = Service.json(try Service.exampleValues())
        let japanesePage = try Service.output("runbook.ja.html"), englishMarkdown = try Service.output("runbook.en.md")
        try await Service.test { client in
            try await client.execute(uri: "/v1/runbooks", method: .post,
                                     headers: [.contentType: "application/json", .accept: "text/html", .acceptLanguage: "ja,en;q=0.5"],
                                     body: values) { response in
                #expect(Data(response.body.readableBytesView) == japanesePage)
            }
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: Service.jsonHeaders, body: values) { response in
                #expect(Data(response.body.readableBytesView) == englishMarkdown)
            }
        }
    }

    /// The zip holds exactly what `make demo` wrote: every task, both languages and formats, the index.
    @Test func zipIsEveryFileGenerateWrites() async throws {
        var values = try Service.exampleValues()
        values["format"] = "zip"
        let body = Service.json(values)
        let folder = Service.packageRoot.appendingPathComponent("Output/kafka-sushi-12345")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        let files = try Dictionary(uniqueKeysWithValues: names.map { ("kafka-sushi-12345/\($0)", try Service.output($0)) })
        try await Service.test { client in
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: Service.jsonHeaders, body: body) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/zip")
                let archive = try Archive(data: Data(response.body.readableBytesView), accessMode: .read)
                var entries: [String: Data] = [:]
                for entry in archive {
                    var data = Data()
                    _ = try archive.extract(entry) { data.append($0) }
                    entries[entry.path] = data
                }
                #expect(entries.keys.sorted() == files.keys.sorted())
                for (name, data) in files { #expect(entries[name] == data, "\(name)") }
            }
        }
    }

    @Test(arguments: ["ja", "en"])
    func rulesAreWhatRulesJSONPrints(language: String) async throws {
        let expected = try Command.run(["rules", "--json", "--lang", language]).stdout
        try await Service.test { client in
            try await client.execute(uri: "/v1/rules", method: .get, headers: [.acceptLanguage: language]) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == expected)
            }
        }
    }

    @Test(arguments: [
        ([String](), "en"),
        (["--app", "Bad_App", "--aws-account-id", "12345", "--aws-account-id", "123456789101:group/x"], "ja"),
        (["--app", "Bad_App", "--region", "mars-1"], "en"),
    ])
    func validationIsWhatValidateJSONPrints(arguments: [String], language: String) async throws {
        let words = arguments.isEmpty ? try Service.exampleArguments() : ["--addon", "kafka-sushi-12345"] + arguments
        let expected = try Command.run(["validate", "--json", "--lang", language] + words)
        #expect(expected.status == (arguments.isEmpty ? 0 : 65))
        var object: [String: Any] = [:]
        for index in stride(from: 0, to: words.count, by: 2) {
            let field = Field(rawValue: String(words[index].dropFirst(2)))!
            if RuleSet.standard.rules(for: field).isRepeatable {
                object[field.jsonKey] = (object[field.jsonKey] as? [String] ?? []) + [words[index + 1]]
            } else {
                object[field.jsonKey] = words[index + 1]
            }
        }
        let body = Service.json(object)
        try await Service.test { client in
            try await client.execute(uri: "/v1/validations", method: .post,
                                     headers: [.contentType: "application/json", .acceptLanguage: language], body: body) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == expected.stdout)
            }
        }
    }

    /// A text/plain paste is `diagnose` reading standard input: the report, or the reply.
    @Test(arguments: ["create-2.0.txt", "endpoint-failed.txt", "empty.txt"])
    func diagnosisOfOnePasteIsWhatDiagnosePrints(paste: String) async throws {
        let file = Service.fixture("pastes/\(paste)")
        let report = try Command.run(["diagnose", "--json", "--lang", "ja"], standardInput: file)
        let reply = try Command.run(["diagnose", "--lang", "en"], standardInput: file)
        #expect(report.status == 0 && reply.status == 0)
        let bytes = try Data(contentsOf: file)
        try await Service.test { client in
            try await client.execute(uri: "/v1/diagnoses", method: .post,
                                     headers: [.contentType: "text/plain; charset=utf-8", .acceptLanguage: "ja"],
                                     body: ByteBuffer(bytes: bytes)) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == report.stdout)
            }
            try await client.execute(uri: "/v1/diagnoses", method: .post,
                                     headers: [.contentType: "text/plain", .accept: "text/markdown", .acceptLanguage: "en"],
                                     body: ByteBuffer(bytes: bytes)) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/markdown; charset=utf-8")
                #expect(Data(response.body.readableBytesView) == reply.stdout)
            }
        }
    }

    /// Several named pastes and known values: `diagnose --paste A --paste B --addon …`.
    @Test func diagnosisOfSeveralPastesWithValuesIsWhatDiagnosePrints() async throws {
        let folder = Service.fixture("pastes")
        let names = ["create-2.0.txt", "endpoint-failed.txt"]
        let expected = try Command.run(["diagnose", "--json", "--lang", "en", "--paste", names[0], "--paste", names[1],
                                        "--addon", "kafka-sushi-12345", "--aws-account-id", "123456789101"], in: folder)
        #expect(expected.status == 0)
        let pastes = try names.map { ["name": $0, "text": try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)] }
        let body = Service.json(["pastes": pastes, "addon": "kafka-sushi-12345", "awsAccountIds": ["123456789101"], "language": "en"])
        try await Service.test { client in
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: [.contentType: "application/json", .acceptLanguage: "ja"],
                                     body: body) { response in
                #expect(response.status == .ok)
                #expect(Data(response.body.readableBytesView) == expected.stdout)
            }
        }
    }
}
