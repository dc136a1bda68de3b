import Foundation
import Testing

@Suite struct GenerateTests {
    /// The tasks in the order `make demo` generates them (Makefile, TASKS).
    static let tasks = ["create", "add-accounts", "remove-accounts", "teardown"]

    @Test func committedExamplesAreCurrent() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        for task in Self.tasks {
            let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--task", task, "--output", folder.path])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let committed = CLI.packageRoot.appendingPathComponent("Output/kafka-sushi-12345")
        let expected = ["index.html"] + Self.tasks.flatMap { task in
            ["ja", "en"].flatMap { language in ["md", "html"].map { "\(task == "create" ? "runbook" : "runbook-" + task).\(language).\($0)" } }
        }
        #expect(CLI.files(under: folder) == expected.map { "kafka-sushi-12345/\($0)" }.sorted())
        #expect(CLI.files(under: committed) == expected.sorted(), "Output/ holds exactly what `make demo` writes")
        for name in CLI.files(under: committed) {
            let fresh = try String(contentsOf: folder.appendingPathComponent("kafka-sushi-12345/\(name)"), encoding: .utf8)
            let stored = try String(contentsOf: committed.appendingPathComponent(name), encoding: .utf8)
            #expect(fresh == stored, "Output/kafka-sushi-12345/\(name) is stale: run `make demo` and commit the result")
        }
    }

    @Test func theIndexLinksEveryTaskWrittenSoFar() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--lang", "en", "--output", folder.path])
        let teardown = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--task", "teardown", "--lang", "ja", "--format", "html",
                                                                                  "--output", folder.path])
        #expect(teardown.status == 0, "\(teardown.stderr)")
        #expect(teardown.stdout.hasSuffix("kafka-sushi-12345/runbook-teardown.ja.html\n\(folder.path)/kafka-sushi-12345/index.html\n"))
        let index = try String(contentsOf: folder.appendingPathComponent("kafka-sushi-12345/index.html"), encoding: .utf8)
        for name in ["runbook.en.md", "runbook.en.html", "runbook-teardown.ja.html"] {
            #expect(index.contains("<a href=\"\(name)\">"), "\(name)")
        }
        #expect(!index.contains("runbook-teardown.en"), "only what exists")
        let page = try String(contentsOf: folder.appendingPathComponent("kafka-sushi-12345/runbook-teardown.ja.html"), encoding: .utf8)
        #expect(page.contains("href=\"runbook-teardown.en.html\""), "the language link opens the same task")
    }

    @Test func printsWhatItWrote() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--output", "out", "--lang", "ja", "--format", "html"],
                                 in: folder)
        #expect(result.status == 0)
        #expect(result.stdout == "out/kafka-sushi-12345/runbook.ja.html\nout/kafka-sushi-12345/index.html\n")
        #expect(CLI.files(under: folder) == ["out/kafka-sushi-12345/index.html", "out/kafka-sushi-12345/runbook.ja.html"])
        let index = try String(contentsOf: folder.appendingPathComponent("out/kafka-sushi-12345/index.html"), encoding: .utf8)
        #expect(index.contains("<a href=\"runbook.ja.html\">"))
        #expect(!index.contains("runbook.en"), "the index links only what exists")
    }

    @Test func stdoutPrintsExactlyOneDocumentAndWritesNothing() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--stdout", "--lang", "en"], in: folder)
        #expect(result.status == 0)
        let stored = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Output/kafka-sushi-12345/runbook.en.md"), encoding: .utf8)
        #expect(result.stdout == stored)
        #expect(CLI.files(under: folder).isEmpty)
        let both = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--stdout", "--lang", "ja,en"], in: folder)
        #expect(both.status == 64)
        // The first of --lang is the message language, for the argument errors too.
        #expect(both.stderr.contains("エラー: --stdout で出力する文書は 1 つです"))
    }

    @Test func messagesFollowLANGWithoutLang() throws {
        let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--stdout"], environment: ["LANG": "ja_JP.UTF-8"])
        #expect(result.stdout.hasPrefix("# AWS PrivateLink で Apache Kafka on Heroku に接続する"))
    }

    @Test func worksFromACopyInAnotherFolderAndAnyWorkingDirectory() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let copy = folder.appendingPathComponent("bin/privatelink-runbook")
        try FileManager.default.createDirectory(at: copy.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: CLI.binary, to: copy)
        let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--stdout", "--lang", "ja", "--format", "html"],
                                 executable: copy, in: URL(fileURLWithPath: "/"))
        #expect(result.status == 0, "\(result.stderr)")
        let stored = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Output/kafka-sushi-12345/runbook.ja.html"), encoding: .utf8)
        #expect(result.stdout == stored)
    }

    @Test func anOutputFolderThatCannotBeCreatedExits73() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "not a folder".write(to: folder.appendingPathComponent("blocked"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--output", folder.appendingPathComponent("blocked").path])
        #expect(result.status == 73)
        #expect(result.stderr.hasPrefix("error: cannot create the output folder"))
        #expect(CLI.files(under: folder) == ["blocked"])
    }

    @Test func templatesCanBeOverriddenFromAFolder() throws {
        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("locales"), withIntermediateDirectories: true)
        let english = try String(contentsOf: CLI.packageRoot.appendingPathComponent("Templates/locales/en.json"), encoding: .utf8)
        try english.replacingOccurrences(of: "\"Overview\"", with: "\"At a glance\"")
            .write(to: folder.appendingPathComponent("locales/en.json"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--stdout", "--lang", "en", "--templates", folder.path])
        #expect(result.status == 0)
        #expect(result.stdout.contains("\n## At a glance\n"))

        try "{}".write(to: folder.appendingPathComponent("locales/en.json"), atomically: true, encoding: .utf8)
        let broken = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--stdout", "--lang", "en", "--templates", folder.path])
        #expect(broken.status == 78)
        #expect(broken.stderr.hasPrefix("error: catalog locales/en.json lacks"))
    }

    @Test func usageErrorsExit64() throws {
        let result = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--lang", "fr"])
        #expect(result.status == 64)
        #expect(result.stderr.contains("--lang \"fr\": unknown value \"fr\"; use one or more of ja, en, comma-separated"))
        #expect(try CLI.run(["generate", "--no-such-flag"]).status == 64)
    }
}
