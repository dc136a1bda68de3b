import ArgumentParser
import Foundation
import RunbookKit

struct Diagnose: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read what a customer pasted and write the ticket reply: what we see, and what to run next.",
        discussion: """
            Reads each --paste (a file, or - for standard input; standard input is read when it is not a \
            terminal and no --paste is given), learns the values it shows, checks them with the same rules \
            as typed values, and prints the reply in Markdown: the findings, then the runbook from the next \
            step on. Exit 0 whatever the pastes hold; 64 usage error; 65 invalid flags or a paste larger \
            than 1 MiB; 66 a paste file cannot be read; 73/74 --output cannot be written.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("paste"), help: ArgumentHelp("A file holding what the customer pasted, or - for standard input. Repeat for more.", valueName: "file"),
            completion: .file())
    var pastes: [String] = []

    @Option(name: .customLong("lang"), help: "The reply's language: ja or en. Default: the message language (LANG).",
            completion: .list(Language.allCases.map(\.rawValue)))
    var languageName: String?

    @Flag(help: "Print the learned values, the next step and the findings as JSON instead of the reply.")
    var json = false

    @Option(help: ArgumentHelp("Also write the whole runbook (both languages, both formats) with the learned values here, as generate does.", valueName: "dir"),
            completion: .directory)
    var output: String?

    @OptionGroup var templateOption: TemplateOption

    func validate() throws {
        if let languageName, Language(rawValue: languageName) == nil {
            throw usageError("parser.diagnose-lang", ["value": languageName])
        }
        if pastes.filter({ $0 == "-" }).count > 1 { throw usageError("parser.paste-stdin-once") }
        // The diagnosis places the customer in the create runbook; the other tasks have no such path.
        if let task = input.task, task != RunbookTask.create.rawValue {
            throw usageError("parser.diagnose-task", ["task": task])
        }
    }

    private var language: Language {
        languageName.flatMap(Language.init(rawValue:)) ?? LanguageOption.localeLanguage
    }

    func run() throws {
        let templates: TemplateSet
        do { templates = try templateOption.load() } catch { throw Console.exitCode(for: error) }
        let catalog = templates.catalog(language)
        let pastes = try readPastes(catalog)
        let pipeline = Pipeline(templates: templates)
        let situation: Situation
        switch pipeline.diagnose(flags: input.raw, pastes: pastes) {
        case .success(let result): situation = result
        case .failure(let diagnostics): throw Console.report(diagnostics, in: language, templates: templates)
        }
        var written: [String]?
        if let output {
            guard let runbookInput = situation.runbookInput else {
                // Nothing can be written without the values every runbook needs: say which, as generate would.
                if case .failure(let diagnostics) = pipeline.validate(situation.input) {
                    throw Console.report(diagnostics, in: language, templates: templates)
                }
                throw Console.invalidInput
            }
            do {
                let urls = try pipeline.write(runbookInput, languages: Language.allCases, formats: Format.allCases,
                                                 to: URL(fileURLWithPath: output))
                written = urls.map { Generate.displayPath($0, under: output) }
            } catch let error as TemplateError {
                throw Console.exitCode(for: error)
            } catch let error as OutputError {
                throw Console.exitCode(for: error)
            }
        }
        if json {
            var report = DiagnosisReport(situation, language: language, templates: templates)
            report.written = written
            print(try Console.json(encoding: report))
        } else {
            do {
                FileHandle.standardOutput.write(Data(try pipeline.reply(to: situation, in: language).utf8))
            } catch {
                throw Console.exitCode(for: error)
            }
            for path in written ?? [] { Console.printError(path) }
        }
    }

    /// Every paste, read whole before anything else happens; standard input when none is named and it is not a terminal.
    private func readPastes(_ catalog: Catalog) throws -> [Paste] {
        var names = pastes
        if names.isEmpty {
            guard isatty(FileHandle.standardInput.fileDescriptor) == 0 else {
                Console.printError(catalog.format("diagnose.paste.none"))
                throw ExitCode(64)
            }
            names = ["-"]
        }
        return try names.map { name in
            do throws(PasteError) {
                return try name == "-" ? PasteFile.read(FileHandle.standardInput, name: "stdin") : PasteFile.read(path: name)
            } catch {
                Console.printError(catalog.format(error.messageKey, error.details))
                throw Console.exitCode(for: error.category)
            }
        }
    }
}
