import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct CatalogTests {
    /// Every catalog key a runbook uses, collected from the model.
    func keys(of runbook: Runbook) -> Set<String> {
        func keys(_ text: Text) -> [String] {
            [text.key] + text.arguments.values.flatMap { argument -> [String] in
                switch argument {
                case .placeholder(let inner), .sentence(let inner): keys(inner)
                case .code, .plain, .shellVariable, .step: []
                }
            }
        }
        func keys(_ block: Block) -> [String] {
            switch block {
            case .paragraph(let text), .note(let text), .important(let text), .warning(let text): keys(text)
            case .bulletList(let items), .numberedList(let items): items.flatMap(keys)
            case .expectedOutput(let output, let note): sentences(output).flatMap(keys) + (note.map(keys) ?? [])
            case .command(let command): sentences(command).flatMap(keys)
            case .quote(_, let source): keys(source)
            }
        }
        var all = keys(runbook.title) + runbook.preface.flatMap(keys)
        for section in runbook.sections {
            all += keys(section.title) + section.blocks.flatMap(keys)
            for step in section.steps { all += keys(step.title) + step.blocks.flatMap(keys) }
        }
        return Set(all)
    }

    func sentences(_ block: Verbatim) -> [Text] {
        block.parts.compactMap { if case .sentence(let text, _) = $0 { text } else { nil } }
    }

    @Test(arguments: Language.allCases, RunbookTask.allCases)
    func everySentenceTheRunbooksUseExists(_ language: Language, _ task: RunbookTask) throws {
        let catalog = TemplateSet.embedded.catalog(language)
        for base in [articleExample, task.createsEndpoint ? earlyInput : consoleInput, consoleInput] {
            let raw = adapted(base, to: task)
            let runbook = RunbookBuilder().build(try RuleSet.standard.validate(raw).get())
            let missing = keys(of: runbook).subtracting(catalog.keys)
            #expect(missing.isEmpty, "\(language) lacks \(missing.sorted())")
        }
    }

    @Test func bothLanguagesHaveTheSameSentences() throws {
        #expect(TemplateSet.embedded.catalog(.ja).keys == TemplateSet.embedded.catalog(.en).keys)
    }

    @Test(arguments: Language.allCases)
    func everyRuleHasAMessageAndEveryFieldALabel(_ language: Language) throws {
        let catalog = TemplateSet.embedded.catalog(language)
        for spec in RuleSet.standard.fields {
            #expect(catalog.keys.contains("field.\(spec.field.rawValue)"))
            #expect(catalog.keys.contains("rule.\(spec.field.rawValue).required") || !spec.isRequired)
            for rule in spec.rules {
                let key = spec.id(rule.check).messageKey(details: [:])
                #expect(catalog.keys.contains(key), "\(key)")
            }
        }
        for kind in ["space", "control", "non-ascii", "metacharacter"] { #expect(catalog.keys.contains("characters.\(kind)")) }
        for cross in ["duplicate", "needs-vpc", "service-name.region-mismatch", "vpc-id.needs-subnet", "vpc-id.needs-endpoint",
                      "vpc-id.one-account"] {
            #expect(catalog.keys.contains("rule.\(cross)"))
        }
    }

    @Test func substitutionIsOnePass() throws {
        let catalog = try Catalog(language: .en, json: #"{"k": "a {x} b {y} {unknown}"}"#)
        #expect(catalog.format("k", ["x": "{y}", "y": "2"]) == "a {y} b 2 {unknown}")
    }

    @Test func diagnosticsReadLikeACompilers() throws {
        let diagnostic = Diagnostic(field: .app, value: "Bad_App", rule: RuleID(.app, .pattern), example: "privatelink-vpc-endpoint-demo")
        let english = DiagnosticFormatter(catalog: TemplateSet.embedded.catalog(.en)).line(diagnostic)
        #expect(english == "error: --app \"Bad_App\": must be 3 to 30 characters of lowercase letters, digits and hyphens, starting with a letter and ending with a letter or digit (example: privatelink-vpc-endpoint-demo) [app.pattern]")
        let japanese = DiagnosticFormatter(catalog: TemplateSet.embedded.catalog(.ja)).line(diagnostic)
        #expect(japanese.hasPrefix("エラー: --app \"Bad_App\": 英小文字、数字、ハイフンからなる 3 ~ 30 文字"))
        #expect(japanese.hasSuffix("(例: privatelink-vpc-endpoint-demo) [app.pattern]"))
    }

    @Test func valuesInDiagnosticsCannotDisturbTheTerminal() {
        #expect("a\u{1B}[31m\"b\u{202E}".quotedForTerminal == #""a\u{1B}[31m\"b\u{202E}""#)
    }
}
