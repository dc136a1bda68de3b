import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

/// One vocabulary per language (`Templates/locales/glossary.json`): no variant the glossary rules
/// out appears in any catalog sentence or in the prose of any generated document, and the console
/// labels are the glossary's.
@Suite struct GlossaryTests {
    struct Glossary: Decodable {
        struct Term: Decodable {
            let term: String
            let ja: String
            let en: String
            let avoid: [String: [String]]
            let source: String
        }
        struct Label: Decodable {
            let en: String
            let ja: String?
            let source: String
        }
        let terms: [Term]
        let labels: [Label]
    }

    static let glossary: Glossary = {
        let url = packageRoot.appendingPathComponent("Templates/locales/glossary.json")
        guard let data = try? Data(contentsOf: url), let glossary = try? JSONDecoder().decode(Glossary.self, from: data) else {
            preconditionFailure("Templates/locales/glossary.json is missing or malformed")
        }
        return glossary
    }()

    /// The variants to avoid in `language`, compiled, each with the term it belongs to.
    static func avoided(_ language: Language) throws -> [(term: String, pattern: NSRegularExpression)] {
        try glossary.terms.flatMap { term in
            try (term.avoid[language.rawValue] ?? []).map { (term.term, try NSRegularExpression(pattern: $0)) }
        }
    }

    static func matches(_ pattern: NSRegularExpression, in text: String) -> [String] {
        pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range, in: text).map { String(text[$0]) }
        }
    }

    @Test func everyTermHasBothLanguagesAndASource() {
        #expect(Self.glossary.terms.count >= 12)
        for term in Self.glossary.terms {
            #expect(!term.ja.isEmpty && !term.en.isEmpty && !term.source.isEmpty, "\(term.term)")
            #expect(Set(term.avoid.keys).isSubset(of: ["ja", "en"]), "\(term.term)")
        }
    }

    @Test(arguments: Language.allCases)
    func noCatalogSentenceUsesAVariantToAvoid(_ language: Language) throws {
        let catalog = TemplateSet.embedded.catalog(language)
        let avoided = try Self.avoided(language)
        for key in catalog.keys.sorted() {
            let sentence = catalog.format(key)
            for (term, pattern) in avoided {
                let found = Self.matches(pattern, in: sentence)
                #expect(found.isEmpty, "\(language) \(key): \(found) instead of the glossary's word for \(term): \(sentence)")
            }
        }
    }

    /// The avoided patterns do catch what they are for: each term's own sentence in the old
    /// wording is caught (a pattern that never matches would make the test above pass for nothing).
    @Test func theVariantsAreCaught() throws {
        let samples: [(Language, String)] = [
            (.ja, "エンドポイントサービスは接続をまだ承認していません。"), (.ja, "セキュリティグループを付けて待ちます。"),
            (.ja, "作成用の手順書で作ったグループ"), (.ja, "クライアントを止める"), (.ja, "ブローカーに届くよう許可します。"),
            (.ja, "許可されたアカウントから削除します。"), (.ja, "PrivateLink エンドポイントを作成します。"), (.ja, "状態を確認します。"),
            (.ja, "接続を撤去する"), (.ja, "グループを選びます。"), (.ja, "注意: 確認してください。"), (.ja, "設定変数 X"),
            (.en, "until Heroku approves the endpoint"), (.en, "this attaches the security group"), (.en, "Click Save."),
        ]
        for (language, sample) in samples {
            let caught = try Self.avoided(language).contains { !Self.matches($0.pattern, in: sample).isEmpty }
            #expect(caught, "\(sample) is not caught")
        }
        // The words that only look alike stay allowed.
        for sample in ["コマンドを貼り付けてください。", "グループを関連付けます。", "接続を受け付けます。", "Connect the add-on attached to the app."] {
            let language: Language = sample.unicodeScalars.allSatisfy(\.isASCII) ? .en : .ja
            let caught = try Self.avoided(language).filter { !Self.matches($0.pattern, in: sample).isEmpty }.map(\.term)
            #expect(caught.isEmpty, "\(sample) is caught by \(caught)")
        }
    }

    /// The prose of a Markdown document: fenced blocks, code spans and autolinks quote commands,
    /// tools and values, and are left out.
    static func prose(_ markdown: String) -> String {
        var text = linesOutsideFences(markdown).joined(separator: "\n")
        for pattern in ["(`+)[^`].*?\\1", "<https?://[^>]+>"] {
            text = text.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        return text
    }

    /// Every task for inputs that take every path: the article's (AWS CLI, existing endpoint), an
    /// early one (AWS CLI, nothing known yet), the console only, and the console with Terraform.
    static func documents(_ language: Language) throws -> [(name: String, markdown: String)] {
        var terraform = earlyInput
        terraform.serviceName = "com.amazonaws.vpce.ap-northeast-1.vpce-svc-0123456789abcdef0"
        terraform.awsSteps = "console+terraform"
        var result: [(String, String)] = []
        for task in RunbookTask.allCases {
            for (name, base) in [("article", articleExample), ("early", earlyInput), ("console", consoleInput), ("terraform", terraform)] {
                let raw = adapted(base, to: task)
                result.append(("\(task.rawValue) \(name)", try markdown(raw, language)))
            }
        }
        return result
    }

    @Test(arguments: Language.allCases)
    func noGeneratedDocumentUsesAVariantToAvoid(_ language: Language) throws {
        let avoided = try Self.avoided(language)
        let rules = RuleSet.standard.describe(catalog: TemplateSet.embedded.catalog(language))
        for (name, markdown) in try Self.documents(language) + [("rules", rules)] {
            let prose = Self.prose(markdown)
            for (term, pattern) in avoided {
                let found = Self.matches(pattern, in: prose)
                #expect(found.isEmpty, "\(language) \(name): \(found) instead of the glossary's word for \(term)")
            }
        }
    }

    /// Notes by weight: the generated-file notice is a note, `destroy`'s a warning, and the three
    /// labels are AWS's (注記, 重要, 警告).
    @Test(arguments: Language.allCases)
    func notesCarryTheirWeight(_ language: Language) throws {
        let catalog = TemplateSet.embedded.catalog(language)
        let labels = ["label.note", "label.important", "label.warning"].map { catalog.format($0) }
        #expect(labels == (language == .ja ? ["注記:", "重要:", "警告:"] : ["Note:", "Important:", "Warning:"]))
        var raw = articleExample
        raw.task = RunbookTask.teardown.rawValue
        let teardown = try markdown(raw, language)
        let lines = teardown.split(separator: "\n").map(String.init)
        #expect(lines.first { $0.hasPrefix("> **") } == "> **\(labels[0])** " + catalog.format("preface.generated", ["addon": "`kafka-sushi-12345`"]))
        let destroy = try #require(lines.firstIndex { $0 == "heroku data:privatelink:destroy kafka-sushi-12345 --app privatelink-vpc-endpoint-demo" })
        #expect(lines[..<destroy].last { $0.hasPrefix("> **") }?.hasPrefix("> **\(labels[2])**") == true, "destroy's notice is a warning")
    }

    /// Console labels: every bracketed label in a Japanese sentence is one the glossary lists, with
    /// the Japanese label in parentheses exactly where the glossary has one from a source; the
    /// English sentences name the same labels in bold.
    @Test func consoleLabelsAreTheGlossarys() throws {
        let labels = Dictionary(uniqueKeysWithValues: Self.glossary.labels.map { ($0.en, $0.ja) })
        let japanese = TemplateSet.embedded.catalog(.ja)
        let bracket = try NSRegularExpression(pattern: "\\[([^\\]]+)\\]( \\(([^)]*)\\))?")
        var used: Set<String> = []
        for key in japanese.keys.sorted() {
            let sentence = japanese.format(key)
            for match in bracket.matches(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) {
                guard let label = Range(match.range(at: 1), in: sentence).map({ String(sentence[$0]) }),
                      label.first?.isASCII == true, label.first?.isLetter == true else { continue }
                used.insert(label)
                #expect(labels.keys.contains(label), "ja \(key): [\(label)] is not in the glossary")
                let given = Range(match.range(at: 3), in: sentence).map { String(sentence[$0]) }
                let expected = labels[label] ?? nil
                // A parenthesis that is not a label's translation (a value, a flag) starts with ASCII or a brace.
                let translation = given.flatMap { $0.first.map { !$0.isASCII && $0 != "{" } == true ? $0 : nil }
                if let expected, expected != label {
                    #expect(translation == expected, "ja \(key): [\(label)] should read [\(label)] (\(expected))")
                } else {
                    #expect(translation == nil, "ja \(key): [\(label)] (\(translation ?? "")) has no source for its Japanese label")
                }
            }
        }
        #expect(used.contains("Custom TCP") && used.contains("Description"), "the security group's fields are named")
        let english = TemplateSet.embedded.catalog(.en)
        for label in used {
            #expect(english.keys.contains { english.format($0).contains("**\(label)**") }, "en never names **\(label)**")
        }
    }
}
