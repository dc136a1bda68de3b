import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookKit

@Suite struct OutputWriterTests {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("writer-\(UUID().uuidString)")

    func contents(of folder: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted()
    }

    func text(_ path: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(path), encoding: .utf8)
    }

    func write(_ documents: [Document], seen: UnsafeMutablePointer<[String]>? = nil) throws -> [URL] {
        try OutputWriter().replaceFolder("a", in: root, with: Array(documents.dropLast())) { existing in
            seen?.pointee = existing
            return Array(documents.suffix(1))
        }
    }

    @Test func writesEveryDocumentAndNoTemporaryFile() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let written = try write([Document(path: "a/one.md", contents: "1"), Document(path: "a/sub/two.md", contents: "2")])
        #expect(written.map(\.path) == [root.appendingPathComponent("a/one.md").path, root.appendingPathComponent("a/sub/two.md").path])
        #expect(contents(of: root) == ["a"])
        #expect(contents(of: root.appendingPathComponent("a")) == ["one.md", "sub"])
        #expect(try text("a/sub/two.md") == "2")
    }

    @Test func whatTheFolderHeldStaysAndIsShownToTheMaker() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write([Document(path: "a/one.md", contents: "1"), Document(path: "a/sub/kept.md", contents: "k")])
        var seen: [String] = []
        try write([Document(path: "a/two.md", contents: "2"), Document(path: "a/one.md", contents: "new")], seen: &seen)
        #expect(seen == ["one.md", "sub"])
        #expect(contents(of: root.appendingPathComponent("a")) == ["one.md", "sub", "two.md"])
        #expect(try text("a/one.md") == "new")
        #expect(try text("a/sub/kept.md") == "k")
    }

    @Test func aFolderThatCannotBeCreatedIsReportedAndNothingIsWritten() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.deletingLastPathComponent(), withIntermediateDirectories: true)
        try "x".write(to: root, atomically: true, encoding: .utf8)
        #expect {
            try write([Document(path: "a/one.md", contents: "1")])
        } throws: { error in
            guard case .cannotCreateFolder(let path, _) = error as? OutputError else { return false }
            return path == root.path
        }
    }

    /// A failure half-way through the documents leaves the folder exactly as it was: the set is
    /// all or nothing, not only each file.
    @Test func aFailureHalfWayLeavesTheOldFolderWholeAndNoStaging() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write([Document(path: "a/one.md", contents: "old one"), Document(path: "a/two.md", contents: "old two")])
        // `x` is a file and then a folder: the second document cannot be written.
        #expect(throws: OutputError.self) {
            try write([Document(path: "a/one.md", contents: "new one"), Document(path: "a/x", contents: "file"),
                       Document(path: "a/x/three.md", contents: "3")])
        }
        #expect(try text("a/one.md") == "old one")
        #expect(contents(of: root.appendingPathComponent("a")) == ["one.md", "two.md"])
        #expect(contents(of: root) == ["a"], "no staging folder left")
        #expect(throws: OutputError.self) { try write([Document(path: "elsewhere/one.md", contents: "1")]) }
        #expect(contents(of: root) == ["a"])
    }

    @Test func aKeptFileIsNeverWrittenThrough() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        try write([Document(path: "a/kept.md", contents: "kept")])
        let before = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("a/kept.md").path)[.systemFileNumber] as? Int
        try write([Document(path: "a/new.md", contents: "new")])
        let after = try FileManager.default.attributesOfItem(atPath: root.appendingPathComponent("a/kept.md").path)[.systemFileNumber] as? Int
        #expect(before == after, "linked, not copied")
        try write([Document(path: "a/kept.md", contents: "rewritten")])
        #expect(try text("a/kept.md") == "rewritten")
    }

    /// Two writers of one folder take turns: neither loses the other's file.
    @Test func concurrentWritersOfOneFolderLoseNothing() async throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let root = self.root
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<8 {
                group.addTask {
                    _ = try? OutputWriter().replaceFolder("a", in: root, with: [Document(path: "a/\(index).md", contents: "\(index)")]) { existing in
                        [Document(path: "a/index-\(index).txt", contents: "\(existing.count) before")]
                    }
                }
            }
        }
        #expect(contents(of: root.appendingPathComponent("a")) == ((0..<8).map { "\($0).md" } + (0..<8).map { "index-\($0).txt" }).sorted())
        // Each finishing step saw what every writer before it had put there: the counts are 0, 2, 4, …
        let counts = try (0..<8).map { try Int(text("a/index-\($0).txt").prefix { $0 != " " }) ?? -1 }
        #expect(counts.sorted() == Array(stride(from: 0, to: 16, by: 2)))
    }

    /// A process killed while writing leaves its staging folder; the next write removes it, but not
    /// the staging of a process that is still running.
    @Test func stagingOfDeadProcessesIsRemovedByTheNextWrite() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let ended = Process()
        ended.executableURL = URL(fileURLWithPath: "/bin/true")
        try ended.run()
        ended.waitUntilExit()
        let abandoned = OutputWriter.temporaryName(for: "a.1", process: ended.processIdentifier)
        let live = OutputWriter.temporaryName(for: "b.1", process: getppid())
        for name in [abandoned, live] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(name), withIntermediateDirectories: true)
            try "partial".write(to: root.appendingPathComponent(name).appendingPathComponent("one.md"), atomically: false, encoding: .utf8)
        }
        #expect(abandoned == ".a.1.\(ended.processIdentifier).tmp")
        try write([Document(path: "a/one.md", contents: "1")])
        #expect(contents(of: root) == [live, "a"].sorted())
    }
}
