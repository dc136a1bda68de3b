import Foundation
import RunbookKit

/// The batch's rows as a file that can be read twice: the named file, or standard input copied to
/// a temporary file first (`-`).
struct BatchInput {
    let url: URL
    /// As shown before a line number: the path as typed, or `<stdin>`.
    let name: String
    /// Standard input is recognised by its content; a named file by its extension first.
    var format: BatchFormat? { nil }
    private let isCopy: Bool

    init(_ path: String) throws {
        guard path == "-" else {
            url = URL(fileURLWithPath: path)
            name = path
            isCopy = false
            return
        }
        url = FileManager.default.temporaryDirectory.appendingPathComponent("privatelink-runbook-stdin-\(getpid())")
        name = "<stdin>"
        isCopy = true
        guard FileManager.default.createFile(atPath: url.path, contents: nil),
              let copy = FileHandle(forWritingAtPath: url.path) else {
            Console.printError("error: cannot copy standard input to \(url.path): \(String(cString: strerror(errno)))")
            throw Console.ioError
        }
        defer { try? copy.close() }
        while let chunk = try FileHandle.standardInput.read(upToCount: 1 << 16), !chunk.isEmpty {
            try copy.write(contentsOf: chunk)
        }
    }

    func remove() {
        if isCopy { try? FileManager.default.removeItem(at: url) }
    }
}
