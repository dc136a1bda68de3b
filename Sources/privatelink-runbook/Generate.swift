import ArgumentParser
import Foundation
import RunbookKit

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Write the runbook for these values.",
        discussion: """
            Writes DIR/<addon>/runbook.<lang>.<md|html> for --task create (the default) and \
            DIR/<addon>/runbook-<task>.<lang>.<md|html> for the other tasks, plus DIR/<addon>/index.html \
            linking every runbook in that folder, and with --aws-steps terraform or console+terraform \
            the Terraform configuration in DIR/<addon>/terraform/ (add-accounts: terraform-<vpc-id>/); \
            every file whole or none at all. With invalid values \
            it prints every problem and writes nothing (exit 65).
            """)

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption

    @OptionGroup var format: FormatOption

    @Option(parsing: .unconditional, help: ArgumentHelp("The folder the runbooks go to.", valueName: "dir"), completion: .directory)
    var output = "Output"

    @Flag(help: "Print one document on standard output instead of writing files (one --lang and one --format; default: the message language, md).")
    var stdout = false

    @OptionGroup var templateOption: TemplateOption

    func validate() throws {
        let formatCount = try format.formats?.count ?? 1
        let languageCount = try language.languages?.count ?? 1
        if stdout, formatCount > 1 || languageCount > 1 {
            throw usageError("parser.stdout-one-document")
        }
    }

    func run() throws {
        let messages = language.messageLanguage
        let templates: TemplateSet
        do { templates = try templateOption.load() } catch { throw Console.exitCode(for: error) }
        let pipeline = Pipeline(templates: templates)
        let input: RunbookInput
        switch pipeline.validate(self.input.raw) {
        case .success(let valid): input = valid
        case .failure(let diagnostics): throw Console.report(diagnostics, in: messages, templates: templates)
        }
        let languages = try language.languages ?? (stdout ? [messages] : Language.allCases)
        let formats = try format.formats ?? (stdout ? [.md] : Format.allCases)
        do {
            if stdout {
                let documents = try pipeline.documents(for: input, languages: languages, formats: formats)
                FileHandle.standardOutput.write(Data(documents[0].contents.utf8))
                return
            }
            let written = try pipeline.write(input, languages: languages, formats: formats, to: URL(fileURLWithPath: output))
            for url in written { print(Self.displayPath(url, under: output)) }
        } catch let error as TemplateError {
            throw Console.exitCode(for: error)
        } catch let error as OutputError {
            throw Console.exitCode(for: error)
        }
    }

    /// The written path as the user named the output folder: `Output/<addon>/runbook.en.md`,
    /// `Output/<addon>/terraform/main.tf`.
    static func displayPath(_ url: URL, under output: String) -> String {
        let root = URL(fileURLWithPath: output).standardizedFileURL.pathComponents
        let parts = url.standardizedFileURL.pathComponents.dropFirst(root.count)
        return (output as NSString).appendingPathComponent(parts.joined(separator: "/"))
    }
}
