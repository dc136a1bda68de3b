import Foundation
import RunbookCore
import RunbookEvidence
import RunbookRender

/// Many customers at once: every row of a batch file goes through the same `Pipeline` as one
/// `generate`, so a valid row's files are byte for byte what `generate` writes for the same values.
/// Rows are read as a stream and written by `jobs` workers a chunk at a time; results are reported
/// in file order, so the output does not depend on `jobs`.
public struct Batch: Sendable {
    public let pipeline: Pipeline
    public let languages: [Language]
    public let formats: [Format]
    public let output: URL
    public let jobs: Int

    public init(pipeline: Pipeline, languages: [Language], formats: [Format], output: URL, jobs: Int) {
        self.pipeline = pipeline
        self.languages = languages
        self.formats = formats
        self.output = output
        self.jobs = max(1, jobs)
    }

    /// What became of one row.
    public struct Outcome: Sendable {
        public let location: BatchRow.Location
        /// The add-on as written in the row, if it has one.
        public let addon: String?
        /// The files written, or why the row was refused (nothing of it is written then).
        public let result: Result

        public enum Result: Sendable {
            case written([URL])
            case refused(rowProblems: [RowProblem], diagnostics: [Diagnostic])
        }
    }

    /// How many rows the file has, and how many of them were written.
    public struct Summary: Sendable, Equatable {
        public var rows = 0
        public var written = 0
        public var refused: Int { rows - written }
        /// The add-ons written, in row order.
        public var addons: [String] = []
    }

    /// Reads the file twice: first to count rows and find add-ons on more than one row (both are
    /// refused), then to write. `started` gets the number of rows before anything is written;
    /// `finished` gets each row's outcome in file order, on the calling thread (an error it throws
    /// stops the batch).
    /// Throws `BatchFileError` before anything is written when the file as a whole is wrong, and
    /// `OutputError` or `TemplateError` when writing fails (every file written so far is whole).
    public func run(_ file: BatchFile, started: (Int) -> Void = { _ in }, finished: (Outcome) throws -> Void) throws -> Summary {
        let survey = try BatchSurvey(file)
        started(survey.rows)
        var summary = Summary()
        let rows = try file.rows()
        let chunkSize = 32 * jobs
        var chunk: [BatchRow] = []
        chunk.reserveCapacity(chunkSize)
        while true {
            chunk.removeAll(keepingCapacity: true)
            while chunk.count < chunkSize, let row = try rows.next() { chunk.append(row) }
            if chunk.isEmpty { break }
            for result in process(chunk, survey: survey) {
                // The first failure in row order stops the batch; rows after it in this chunk
                // may already be written, each file whole.
                let outcome = try result.get()
                summary.rows += 1
                if case .written = outcome.result {
                    summary.written += 1
                    if let addon = outcome.addon { summary.addons.append(addon) }
                }
                try finished(outcome)
            }
        }
        if !summary.addons.isEmpty {
            let index = try BatchIndexPage(templates: pipeline.templates).render(addons: summary.addons, languages: languages)
            try OutputWriter().replaceFile(index, in: output)
        }
        return summary
    }

    /// Validates and writes one chunk with `jobs` workers; the outcomes in row order.
    private func process(_ chunk: [BatchRow], survey: BatchSurvey) -> [Swift.Result<Outcome, any Error>] {
        let slots = Slots<Swift.Result<Outcome, any Error>>(count: chunk.count)
        let workers = min(jobs, chunk.count)
        // Each worker takes every `workers`-th row: the rows cost about the same.
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            for index in stride(from: worker, to: chunk.count, by: workers) {
                slots[index] = Swift.Result { try outcome(of: chunk[index], survey: survey) }
            }
        }
        return slots.values
    }

    private func outcome(of row: BatchRow, survey: BatchSurvey) throws -> Outcome {
        var diagnostics: [Diagnostic] = []
        if let addon = row.raw.addon, let locations = survey.repeatedAddons[addon] {
            let example = pipeline.rules.rules(for: .addon).example
            diagnostics.append(Diagnostic(field: .addon, value: addon, rule: RuleID(.addon, .duplicateRow), example: example,
                                          details: ["rows": locations.map(\.listed).joined(separator: ", ")]))
        }
        switch pipeline.validate(row.raw) {
        case .success(let input) where diagnostics.isEmpty && row.problems.isEmpty:
            let written = try pipeline.write(input, languages: languages, formats: formats, to: output)
            return Outcome(location: row.location, addon: row.raw.addon, result: .written(written))
        case .success:
            break
        case .failure(let problems):
            diagnostics = problems.items + diagnostics
        }
        return Outcome(location: row.location, addon: row.raw.addon,
                       result: .refused(rowProblems: row.problems, diagnostics: diagnostics))
    }
}

extension BatchRow.Location {
    /// As listed among other rows: `7` for a line, `[3]` for an array index.
    public var listed: String {
        switch self {
        case .line(let line): String(line)
        case .index(let index): "[\(index)]"
        }
    }

    /// Prefixed to a message, like a compiler's: `rows.csv:7`, `rows.json[3]`.
    public func prefixed(by file: String) -> String {
        switch self {
        case .line(let line): "\(file):\(line)"
        case .index(let index): "\(file)[\(index)]"
        }
    }
}

/// One result per row of a chunk, each slot written by exactly one worker and read after all have
/// finished (`concurrentPerform` returns only then), so no lock is needed.
private final class Slots<Value>: @unchecked Sendable {
    private var storage: [Value?]

    init(count: Int) { storage = Array(repeating: nil, count: count) }

    subscript(index: Int) -> Value {
        get { storage[index]! }
        set { storage.withUnsafeMutableBufferPointer { $0[index] = newValue } }
    }

    var values: [Value] { storage.map { $0! } }
}
