import ArgumentParser
import Foundation
import RunbookKit

struct BatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "batch",
        abstract: "Write the runbooks of every row of a JSON, NDJSON or CSV file.",
        discussion: """
            Each row holds one customer's values under the property names of `rules --json` (CSV: \
            those names as the header; a repeatable field's cell holds its values separated by \
            spaces). Every valid row is written exactly as generate would write it; a refused row is \
            reported with its line (CSV, NDJSON) or index (JSON array) and writes nothing. Exit 0 when \
            every row was written, 65 when any was refused. Stopped at any moment, every file is whole \
            or absent: run the same batch again to complete it.
            """)

    @Argument(help: ArgumentHelp("The rows: a .json array, .ndjson (or .jsonl) lines, or a .csv file; - reads standard input. Other names are recognised by their content.",
                                 valueName: "file"),
              completion: .file(extensions: ["json", "ndjson", "jsonl", "csv"]))
    var file: String

    @OptionGroup var language: LanguageOption

    @OptionGroup var format: FormatOption

    @Option(parsing: .unconditional, help: ArgumentHelp("The folder the runbooks go to.", valueName: "dir"), completion: .directory)
    var output = "Output"

    @Option(parsing: .unconditional, help: "Rows written at once. Default: the number of processors. The files are the same for every number.")
    var jobs = ProcessInfo.processInfo.activeProcessorCount

    @Option(parsing: .unconditional, help: ArgumentHelp("Also write a JSON summary: per row, the add-on and its files, or its problems.", valueName: "file"),
            completion: .file())
    var report: String?

    @Flag(help: "No progress line and no summary; problems are still printed.")
    var quiet = false

    @OptionGroup var templateOption: TemplateOption

    func validate() throws {
        guard jobs >= 1 else { throw usageError("parser.jobs", ["jobs": String(jobs)]) }
    }

    func run() throws {
        let messages = language.messageLanguage
        let templates: TemplateSet
        do { templates = try templateOption.load() } catch { throw Console.exitCode(for: error) }
        let catalog = templates.catalog(messages)
        let pipeline = Pipeline(templates: templates)
        let input = try BatchInput(file)
        defer { input.remove() }
        let batchFile: BatchFile
        do { batchFile = try BatchFile(url: input.url, format: input.format, rules: pipeline.rules) } catch {
            throw Console.exitCode(for: error, file: input.name, catalog: catalog)
        }
        let batch = Batch(pipeline: pipeline, languages: try language.languages ?? Language.allCases,
                          formats: try format.formats ?? Format.allCases, output: URL(fileURLWithPath: output), jobs: jobs)
        var report: BatchReport?
        if let path = self.report {
            do { report = try BatchReport(url: URL(fileURLWithPath: path), catalog: catalog) } catch { throw Console.exitCode(for: error) }
        }
        let progress = BatchProgress(catalog: catalog, enabled: !quiet && isatty(STDERR_FILENO) == 1)
        let formatter = DiagnosticFormatter(catalog: catalog, source: .properties)
        let summary: Batch.Summary
        do {
            summary = try batch.run(batchFile, started: progress.start(total:)) { outcome in
                if case .refused(let rowProblems, let diagnostics) = outcome.result {
                    progress.clear()
                    let prefix = outcome.location.prefixed(by: input.name)
                    for problem in rowProblems { Console.printError("\(prefix): \(Console.line(problem, catalog: catalog))") }
                    for diagnostic in diagnostics { Console.printError("\(prefix): \(formatter.line(diagnostic))") }
                }
                progress.advance(refused: { if case .refused = outcome.result { true } else { false } }())
                try report?.add(outcome) { Generate.displayPath($0, under: output) }
            }
            progress.clear()
            try report?.finish(summary)
        } catch {
            progress.clear()
            report?.discard()
            switch error {
            case let error as BatchFileError: throw Console.exitCode(for: error, file: input.name, catalog: catalog)
            case let error as OutputError: throw Console.exitCode(for: error)
            case let error as TemplateError: throw Console.exitCode(for: error)
            default: throw error
            }
        }
        if !quiet {
            Console.printError(catalog.format("batch.summary", [
                "rows": String(summary.rows), "written": String(summary.written), "refused": String(summary.refused),
            ]))
        }
        if summary.refused > 0 { throw Console.invalidInput }
    }
}
