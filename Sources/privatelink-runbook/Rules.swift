import ArgumentParser
import RunbookKit

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the input rules; with --json, as a JSON Schema.")

    @OptionGroup var language: LanguageOption

    @Flag(help: "Print a JSON Schema (draft 2020-12) of the input that other tools can validate with.")
    var json = false

    func run() throws {
        let catalog = TemplateSet.embedded.catalog(language.messageLanguage)
        if json {
            print(ReportJSON.rules(catalog: catalog))
        } else {
            print(RuleSet.standard.describe(catalog: catalog), terminator: "")
        }
    }
}
