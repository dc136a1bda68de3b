import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookKit

@Suite struct OutputWriterTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")

    func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    @Test func writesEveryDocumentAndNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try OutputWriter().write([Document(path: "a/one.md", contents: "1"), Document(path: "a/two.md", contents: "2")], to: root)
        #expect(written.map(\.lastPathComponent) == ["one.md", "two.md"])
        #expect(contents(of: root.appendingPathComponent("a")) == ["one.md", "two.md"])
        #expect(try String(contentsOf: written[1], encoding: .utf8) == "2")
    }

    @Test func aFolderThatCannotBeCreatedIsReportedAndNothingIsWritten() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        try "x".write(to: root.appendingPathComponent("file"), atomically: true, encoding: .utf8)
        #expect {
            try OutputWriter().write([Document(path: "ok/one.md", contents: "1"), Document(path: "file/two.md", contents: "2")], to: root)
        } throws: { error in
            guard case .cannotCreateFolder(let path, _) = error as? OutputError else { return false }
            return path.hasSuffix("/file")
        }
        #expect(contents(of: root.appendingPathComponent("ok")).isEmpty, "the staged first file was removed")
    }

    @Test func anUnwritableFolderLeavesThePreviousFilesAlone() throws {
        guard getuid() != 0 else { return }  // root may write anywhere; the rename test below covers atomicity
        defer { try? FileManager.default.removeItem(at: root) }
        try OutputWriter().write([Document(path: "a/one.md", contents: "old")], to: root)
        try FileManager.default.setAttributes([.posixPermissions: 0o500], ofItemAtPath: root.appendingPathComponent("a").path)
        defer { try? FileManager.default.setAttributes([.posixPermissions: 0o700], ofItemAtPath: root.appendingPathComponent("a").path) }
        #expect(throws: OutputError.self) { try OutputWriter().write([Document(path: "a/one.md", contents: "new")], to: root) }
        #expect(try String(contentsOf: root.appendingPathComponent("a/one.md"), encoding: .utf8) == "old")
    }

    @Test func rewritingReplacesWholeFiles() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try OutputWriter().write([Document(path: "a/one.md", contents: String(repeating: "long ", count: 1000))], to: root)
        try OutputWriter().write([Document(path: "a/one.md", contents: "short")], to: root)
        #expect(try String(contentsOf: root.appendingPathComponent("a/one.md"), encoding: .utf8) == "short")
        #expect(contents(of: root.appendingPathComponent("a")) == ["one.md"])
    }

    /// A process killed while writing leaves `.runbook.ja.md.<pid>.tmp`; the next write to the
    /// folder removes it, but not the temporary file of a process that is still running.
    @Test func temporaryFilesOfDeadProcessesAreRemovedByTheNextWrite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = root.appendingPathComponent("a")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        // A process id that no process has: one that ran and ended.
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let abandoned = OutputWriter.temporaryName(for: "one.md", process: ended.processIdentifier)
        let live = OutputWriter.temporaryName(for: "two.md", process: getppid())
        for name in [abandoned, live, ".notes.tmp", "x.1.tmp"] {
            try "partial".write(to: folder.appendingPathComponent(name), atomically: false, encoding: .utf8)
        }
        #expect(abandoned == ".one.md.\(ended.processIdentifier).tmp")
        try OutputWriter().write([Document(path: "a/one.md", contents: "1")], to: root)
        #expect(contents(of: folder) == [live, ".notes.tmp", "one.md", "x.1.tmp"].sorted())
    }
}
