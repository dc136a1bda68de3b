import ArgumentParser
import Foundation
import RunbookKit

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the values and show what is derived from them, without writing anything.",
        discussion: "Exit 0 when every value is valid, 65 with every problem otherwise.")

    @OptionGroup var input: InputOptions
    @OptionGroup var language: LanguageOption

    @Flag(help: "Print the result as JSON on standard output.")
    var json = false

    func run() throws {
        let templates = TemplateSet.embedded
        let result = RuleSet.standard.validate(input.raw)
        let catalog = templates.catalog(language.messageLanguage)
        let report = ValidationReport(result, formatter: DiagnosticFormatter(catalog: catalog))
        if json {
            print(try Console.json(encoding: report))
            if !report.valid { throw Console.invalidInput }
            return
        }
        switch result {
        case .success: print(report.summary(catalog: catalog))
        case .failure(let diagnostics): throw Console.report(diagnostics, in: language.messageLanguage, templates: templates)
        }
    }
}
