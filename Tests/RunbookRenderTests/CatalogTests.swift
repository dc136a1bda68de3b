import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct CatalogTests {
    @Test(arguments: Language.allCases, RunbookTask.allCases)
    func everySentenceTheRunbooksUseExists(_ language: Language, _ task: RunbookTask) throws {
        let catalog = TemplateSet.embedded.catalog(language)
        for base in [articleExample, task.createsEndpoint ? earlyInput : consoleInput, consoleInput] {
            let raw = adapted(base, to: task)
            let runbook = RunbookBuilder().build(try RuleSet.standard.validate(raw).get())
            let missing = Set(runbook.sentencesByStep.map(\.text.key)).subtracting(catalog.keys)
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
