import ArgumentParser
import Foundation
import RunbookKit

struct Diagnose: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Read what a customer wrote and pasted, and write the ticket reply and the engineer's notes.",
        discussion: """
            Reads each --paste (a file, or - for standard input; standard input is read when it is not a \
            terminal and no --paste is given): the customer's sentences and the output of their commands. \
            It learns the values they show, checks them with the same rules as typed values, places the \
            customer in a runbook (create, add-accounts, remove-accounts or teardown: --task, or inferred), \
            and prints the reply to the customer on standard output, in Markdown, in the ticket's language \
            (or --lang): what we found, what to do next, and the runbook from the next step on. What only \
            the engineer needs (finding ids, quoted lines with their paste and line, unknown values, the \
            generate command) goes to standard error, or to --notes FILE. Pasted secrets are masked \
            everywhere. Exit 0 whatever the pastes hold; 64 usage error; 65 invalid flags or a paste larger \
            than 1 MiB; 66 a paste file cannot be read; 73/74 --output or --notes cannot be written.
            """)

    @OptionGroup var input: InputOptions

    @Option(name: .customLong("paste"), help: ArgumentHelp("A file holding what the customer pasted, or - for standard input. Repeat for more.", valueName: "file"),
            completion: .file())
    var pastes: [String] = []

    @Option(name: .customLong("lang"), help: "The language of the reply and the notes: ja or en. Default: the ticket's, else the message language (LANG).",
            completion: .list(Language.allCases.map(\.rawValue)))
    var languageName: String?

    @Flag(help: "Print the reply, the notes, the runbook and step, the learned values and the findings as JSON instead.")
    var json = false

    @Option(help: ArgumentHelp("Write the engineer's notes to this file instead of standard error.", valueName: "file"),
            completion: .file())
    var notes: String?

    @Option(help: ArgumentHelp("Also write the whole runbook (both languages, both formats) with the learned values here, as generate does.", valueName: "dir"),
            completion: .directory)
    var output: String?

    @OptionGroup var templateOption: TemplateOption

    func validate() throws {
        if let languageName, Language(rawValue: languageName) == nil {
            throw usageError("parser.diagnose-lang", ["value": languageName])
        }
        if pastes.filter({ $0 == "-" }).count > 1 { throw usageError("parser.paste-stdin-once") }
    }

    /// `--lang`, else the language the customer wrote in, else the message language.
    private func language(for situation: Situation?) -> Language {
        languageName.flatMap(Language.init(rawValue:)) ?? situation?.language ?? LanguageOption.localeLanguage
    }

    func run() throws {
        let templates: TemplateSet
        do { templates = try templateOption.load() } catch { throw Console.exitCode(for: error) }
        let pastes = try readPastes(templates.catalog(language(for: nil)))
        let pipeline = Pipeline(templates: templates)
        let situation: Situation
        switch pipeline.diagnose(flags: input.raw, pastes: pastes) {
        case .success(let result): situation = result
        case .failure(let diagnostics): throw Console.report(diagnostics, in: language(for: nil), templates: templates)
        }
        let language = language(for: situation)
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
            if let notes { try writeNotes(report.notes, to: notes) }
            print(try Console.json(encoding: report))
            return
        }
        let reply: String, notesText: String
        do {
            reply = try pipeline.reply(to: situation, in: language)
            notesText = try pipeline.notes(for: situation, in: language)
        } catch {
            throw Console.exitCode(for: error)
        }
        FileHandle.standardOutput.write(Data(reply.utf8))
        if let notes {
            try writeNotes(notesText, to: notes)
        } else {
            FileHandle.standardError.write(Data(notesText.utf8))
        }
        for path in written ?? [] { Console.printError(path) }
    }

    /// The notes to `path`; a file that cannot be written is exit 73 (its folder) or 74.
    private func writeNotes(_ text: String, to path: String) throws {
        let url = URL(fileURLWithPath: path)
        guard FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path) else {
            Console.printError("error: --notes \(path): the folder does not exist")
            throw ExitCode(73)
        }
        do {
            try Data(text.utf8).write(to: url, options: .atomic)
        } catch {
            Console.printError("error: --notes \(path): cannot be written")
            throw ExitCode(74)
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
