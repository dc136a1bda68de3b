import Foundation
import RunbookCore
import RunbookEvidence
import RunbookRender

/// `batch --report FILE`: a JSON summary with one entry per row, in file order: the add-on and the
/// files written, or the problems found. Written as the rows finish (one line each, so memory does
/// not grow with the file), to a temporary file that is renamed into place at the end.
public final class BatchReport {
    struct Entry: Encodable {
        var line: Int?
        var index: Int?
        let addon: String?
        var files: [String]?
        var problems: [Problem]?
    }

    /// A field's problem as `validate --json` reports it, or a row's (no field, flag or value then).
    struct Problem: Encodable {
        var field: String?
        var flag: String?
        var value: String?
        let rule: String
        let message: String
        var example: String?
    }

    struct Summary: Encodable {
        let rows: Int
        let written: Int
        let refused: Int
    }

    private let target: URL
    private let temporary: URL
    private let handle: FileHandle
    private let formatter: DiagnosticFormatter
    private let encoder = JSONEncoder()
    private var first = true

    /// Starts the report; nothing appears at `url` until `finish`.
    public init(url: URL, catalog: Catalog) throws(OutputError) {
        target = url
        temporary = url.deletingLastPathComponent().appendingPathComponent(OutputWriter.temporaryName(for: url.lastPathComponent))
        guard FileManager.default.createFile(atPath: temporary.path, contents: Data("{\"rows\":[".utf8)),
              let handle = FileHandle(forUpdatingAtPath: temporary.path)
        else { throw .ioError(url.path, String(cString: strerror(errno))) }
        handle.seekToEndOfFile()
        self.handle = handle
        formatter = DiagnosticFormatter(catalog: catalog, source: .properties)
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
    }

    /// Adds one row; `path` shows a written file as the user named the output folder.
    public func add(_ outcome: Batch.Outcome, path: (URL) -> String) throws(OutputError) {
        var entry = Entry(addon: outcome.addon)
        switch outcome.location {
        case .line(let line): entry.line = line
        case .index(let index): entry.index = index
        }
        switch outcome.result {
        case .written(let files):
            entry.files = files.map(path)
        case .refused(let rowProblems, let diagnostics):
            entry.problems = rowProblems.map {
                Problem(rule: $0.rule.rawValue, message: formatter.catalog.format($0.messageKey, $0.details))
            } + diagnostics.map {
                Problem(field: $0.field.jsonKey, flag: $0.field.flag, value: $0.value, rule: $0.rule.description,
                        message: formatter.message($0), example: $0.example)
            }
        }
        do {
            try append((first ? "\n" : ",\n") + String(decoding: try encoder.encode(entry), as: UTF8.self))
        } catch let error as OutputError {
            throw error
        } catch {
            throw .ioError(target.path, String(describing: error))
        }
        first = false
    }

    /// Ends the report with the totals and renames it into place.
    public func finish(_ summary: Batch.Summary) throws(OutputError) {
        let totals = Summary(rows: summary.rows, written: summary.written, refused: summary.refused)
        guard let json = try? encoder.encode(totals) else { throw .ioError(target.path, "cannot encode the summary") }
        try append("\n],\n\"summary\":" + String(decoding: json, as: UTF8.self) + "}\n")
        do { try handle.close() } catch { throw .ioError(target.path, String(describing: error)) }
        guard rename(temporary.path, target.path) == 0 else { throw .ioError(target.path, String(cString: strerror(errno))) }
    }

    /// Removes the unfinished report (the batch stopped).
    public func discard() {
        try? handle.close()
        try? FileManager.default.removeItem(at: temporary)
    }

    private func append(_ text: String) throws(OutputError) {
        do { try handle.write(contentsOf: Data(text.utf8)) } catch { throw .ioError(target.path, String(describing: error)) }
    }
}
