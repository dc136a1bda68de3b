import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookCore
@testable import RunbookRender

/// Every message whole: every catalog sentence rendered with every value filled in, and every
/// sentence the program renders with the values it passes, reads as a whole sentence.
///
/// The rules, for every key of both catalogs:
/// - No `{name}` is left once every value is filled in (a value is put in place of each `{name}`
///   the sentence holds), and the program passes a value for every `{name}` of every sentence it
///   uses, in both languages (`everySentenceTheRunbooksUseGetsEveryValue`, diagnostics, `rules`).
/// - No sentence starts with a colon, a comma or a full stop (「:」「、」「。」 and their ASCII
///   forms; `.json`, an extension, is not one), joiners (`list.*`, `rules.separator`) apart; nor, in Japanese, with a particle: が を に で と の は も へ や followed by
///   anything but hiragana (so もう and では stay), or から まで より. A message that a diagnostic
///   line puts after `--flag "value": ` is a sentence of its own, so the rule covers it.
/// - A Japanese sentence ends with 「。」, except where Japanese typography ends without one:
///   - headings and titles (keys `title.*`, `*.title`, `*.title.*`, `step.heading`, `index.*`), which must
///     not end with 「。」;
///   - labels and the phrases shown after one (`label.*`, `role.*`, `field.*`, `page.*`,
///     `rules.*`, `severity.*`, `diagram.*` drawing labels, `placeholder.*`, `list.*` joiners,
///     `reply.endpoint.*`, `reply.service.unnamed`, `reply.no-accounts`, `terraform.variable`; the
///     reply's names of values and the list entries asking for them, `reply.value.*`, `reply.ask.*`,
///     durations `reply.duration.*`, the notes' `notes.audience.*` cells);
///   - list entries of the form 名前: 値 (`parameters.*` apart from its two sentences,
///     `validate.arn.*`, `validate.region`, `validate.config-var`);
///   - compiler-style lines and the messages inside them, which end with `(例: …) [rule]`
///     (`diagnostic.*`, `diagnose.*`, `batch.*`, `rule.*`, `characters.*`, the argument errors
///     `parser.*`, `terraform.validation`);
///   - a sentence whose last part is a value (`…: {command}`) or that ends with a colon
///     introducing the command or list after it (「…確認してください:」).
@Suite struct WholeSentenceTests {
    /// `{name}`; not `\u{A}`, how a diagnostic shows a control character.
    static let slot = try! NSRegularExpression(pattern: "(?<!\\\\u)\\{([A-Za-z][A-Za-z0-9]*)\\}")

    static func slots(_ template: String) -> [String] {
        slot.matches(in: template, range: NSRange(template.startIndex..., in: template)).compactMap {
            Range($0.range(at: 1), in: template).map { String(template[$0]) }
        }
    }

    /// A value for every `{name}`: a word, so that what surrounds it is what is judged.
    static func filled(_ catalog: Catalog, _ key: String) -> String {
        let template = catalog.format(key)
        return catalog.format(key, Dictionary(slots(template).map { ($0, "VALUE") }) { a, _ in a })
    }

    /// What joins items of a list (「、」, ", ") starts with punctuation by nature.
    static let joiners = ["list.", "rules.separator"]

    static let particles: Set<Character> = ["が", "を", "に", "で", "と", "の", "は", "も", "へ", "や"]

    /// Why `sentence` does not start as a whole sentence; nil when it does.
    static func badStart(_ sentence: String, _ language: Language) -> String? {
        let text = sentence.drop { $0 == " " }
        guard let first = text.first else { return "empty" }
        // `.json` is a file's extension, not a full stop.
        let extensionFollows = first == "." && text.dropFirst().first?.isLetter == true
        if ":;,.、。：".contains(first), !extensionFollows { return "starts with \(first)" }
        guard language == .ja else { return nil }
        for word in ["から", "まで", "より"] where text.hasPrefix(word) { return "starts with the particle \(word)" }
        let second = text.dropFirst().first
        let hiragana = second.map { $0.unicodeScalars.first.map { (0x3041...0x309F).contains($0.value) } ?? false } ?? false
        if particles.contains(first), !hiragana { return "starts with the particle \(first)" }
        return nil
    }

    static let headingPrefixes = ["title.", "index."], headingKeys: Set<String> = ["step.heading"]
    static let exemptPrefixes = ["label.", "role.", "field.", "page.", "rules.", "severity.", "diagram.", "placeholder.", "list.",
                                 "reply.endpoint.", "reply.value.", "reply.ask.", "reply.duration.", "notes.audience.", "parameters.", "validate.arn.", "diagnostic.", "diagnose.", "batch.", "rule.",
                                 "characters.", "parser."]
    static let exemptKeys: Set<String> = ["reply.service.unnamed", "reply.no-accounts", "terraform.variable", "terraform.validation",
                                          "validate.region", "validate.config-var"]
    static let parameterSentences: Set<String> = ["parameters.intro", "parameters.regenerate"]

    static func isHeading(_ key: String) -> Bool {
        headingKeys.contains(key) || key.hasSuffix(".title") || key.contains(".title.") || headingPrefixes.contains { key.hasPrefix($0) }
    }

    static func needsFullStop(_ key: String, template: String) -> Bool {
        if isHeading(key) || exemptKeys.contains(key) { return false }
        if exemptPrefixes.contains(where: { key.hasPrefix($0) }), !parameterSentences.contains(key) { return false }
        if template.hasSuffix("}") || template.hasSuffix(":") || template.hasSuffix("：") { return false }
        return true
    }

    @Test(arguments: Language.allCases)
    func everyCatalogSentenceRendersWhole(_ language: Language) {
        let catalog = TemplateSet.embedded.catalog(language)
        for key in catalog.keys.sorted() {
            let template = catalog.format(key), sentence = Self.filled(catalog, key)
            #expect(Self.slots(sentence).isEmpty, "\(language) \(key) keeps \(Self.slots(sentence)): \(sentence)")
            if !Self.joiners.contains(where: key.hasPrefix), let problem = Self.badStart(sentence, language) {
                Issue.record("\(language) \(key) \(problem): \(sentence)")
            }
            guard language == .ja else { continue }
            if Self.isHeading(key) {
                #expect(!template.hasSuffix("。"), "ja \(key) is a heading and ends with 「。」: \(template)")
            } else if Self.needsFullStop(key, template: template) {
                #expect(template.hasSuffix("。"), "ja \(key) lacks its 「。」: \(template)")
            }
        }
    }

    /// The rules above catch what they are for (else the test above passes for nothing).
    @Test func theRulesCatchBrokenSentences() {
        #expect(Self.badStart("のリージョンは us-east-1 です", .ja) != nil)
        #expect(Self.badStart("が重複して指定されています", .ja) != nil)
        #expect(Self.badStart(": 値", .ja) != nil)
        #expect(Self.badStart("もう一度実行してください", .ja) == nil)
        #expect(Self.badStart("では、次に進みます", .ja) == nil)
        #expect(Self.badStart("must be one of: a, b", .en) == nil)
        #expect(Self.needsFullStop("output.stderr", template: "標準エラー出力に表示されます"))
        #expect(!Self.needsFullStop("support.source", template: "基づいています: {url}"))
        #expect(!Self.needsFullStop("rule.app.pattern", template: "…にしてください"))
        #expect(Self.slots("接続する {network} です") == ["network"])
    }

    /// `{network}` in `rules` was such a sentence: the program must give each of its sentences
    /// every value it names, in each language.
    @Test func everySentenceTheRunbooksUseGetsEveryValue() throws {
        var withCIDR = earlyInput
        withCIDR.cidr = "10.1.0.0/16"
        withCIDR.securityGroupID = "sg-0123456789abcdef0"
        var terraform = earlyInput
        terraform.serviceName = "com.amazonaws.vpce.ap-northeast-1.vpce-svc-0123456789abcdef0"
        terraform.awsSteps = "console+terraform"
        for task in RunbookTask.allCases {
            for base in [articleExample, earlyInput, consoleInput, withCIDR, terraform] {
                let raw = adapted(base, to: task)
                let runbook = RunbookBuilder().build(try RuleSet.standard.validate(raw).get())
                for (_, text) in runbook.sentencesByStep {
                    for language in Language.allCases {
                        let missing = Set(Self.slots(TemplateSet.embedded.catalog(language).format(text.key))).subtracting(text.arguments.names)
                        #expect(missing.isEmpty, "\(task) \(language) \(text.key) gets no value for \(missing.sorted())")
                    }
                }
            }
        }
    }

    /// Every refusal the rules can give, as `validate` prints it: the message after `--flag
    /// "value": ` is whole, with nothing left unfilled.
    static func diagnostics() throws -> [Diagnostic] {
        var found: [Diagnostic] = []
        for (field, value, rule) in RuleSamples.cases where rule != nil {
            found += [try #require(RuleSet.standard.firstProblem(with: value, RuleSet.standard.rules(for: field)))]
        }
        let base = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: ["123456789101"])
        var crossField: [RawInput] = []
        var raw = base
        raw.awsAccountIDs = ["123456789101", "123456789101"]
        raw.region = "oregon"
        raw.serviceName = "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"
        crossField.append(raw)
        raw = base
        raw.vpcID = "vpc-0123456789abcdef0"
        crossField.append(raw)
        raw.task = "teardown"
        crossField.append(raw)
        raw = base
        raw.subnetIDs = ["subnet-0123456789abcdef0"]
        raw.awsSteps = "both"
        crossField.append(raw)
        raw = base
        raw.awsSteps = "terraform"
        crossField.append(raw)
        raw = RawInput()
        crossField.append(raw)
        for input in crossField {
            if case .failure(let diagnostics) = RuleSet.standard.validate(input) { found += diagnostics.items }
        }
        return found
    }

    @Test(arguments: Language.allCases)
    func diagnosticsAreWholeSentences(_ language: Language) throws {
        let formatter = DiagnosticFormatter(catalog: TemplateSet.embedded.catalog(language))
        let diagnostics = try Self.diagnostics()
        let rules = Set(diagnostics.map(\.rule.description))
        for expected in ["aws-account-id.duplicate", "service-name.region-mismatch", "vpc-id.needs-subnet", "vpc-id.needs-endpoint",
                         "subnet-id.needs-vpc", "aws-steps.needs-vpc", "cidr.network", "addon.required"] {
            #expect(rules.contains(expected), "no sample gives \(expected)")
        }
        for diagnostic in diagnostics {
            let line = formatter.line(diagnostic), message = formatter.message(diagnostic)
            #expect(Self.slots(line).isEmpty, "\(language) \(diagnostic.rule): \(line)")
            if let problem = Self.badStart(message, language) { Issue.record("\(language) \(diagnostic.rule) \(problem): \(line)") }
            #expect(line.hasPrefix(language == .ja ? "エラー: \(diagnostic.field.flag)" : "error: \(diagnostic.field.flag)"), "\(line)")
        }
    }

    /// The region mismatch is fixed with `--region`: the diagnostic names it, and its example is the
    /// service name's region, never a service name of another region.
    @Test func aRegionMismatchSaysToFixTheRegion() throws {
        var raw = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: ["123456789101"])
        raw.region = "oregon"
        raw.serviceName = "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"
        guard case .failure(let diagnostics) = RuleSet.standard.validate(raw) else { Issue.record("accepted"); return }
        let diagnostic = try #require(diagnostics.items.first)
        #expect(diagnostic.field == .region && diagnostic.value == "oregon" && diagnostic.example == "us-east-1")
        let japanese = DiagnosticFormatter(catalog: TemplateSet.embedded.catalog(.ja)).line(diagnostic)
        #expect(japanese.hasPrefix("エラー: --region \"oregon\": Heroku が発行したサービス名 com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec のリージョン (us-east-1) と一致しません。"))
        #expect(japanese.hasSuffix("(例: us-east-1) [service-name.region-mismatch]"))
    }

    /// `rules` for people: nothing left unfilled, and in Japanese no bracket inside another and no
    /// half-width comma between the attributes.
    @Test(arguments: Language.allCases)
    func rulesReadWhole(_ language: Language) {
        let text = RuleSet.standard.describe(catalog: TemplateSet.embedded.catalog(language))
        #expect(Self.slots(text).isEmpty, "\(Self.slots(text))")
        for line in text.split(separator: "\n") where line.hasPrefix("--") {
            var depth = 0, deepest = 0
            for character in line {
                if character == "(" { depth += 1; deepest = max(deepest, depth) }
                if character == ")" { depth -= 1 }
            }
            #expect(deepest <= 1, "nested brackets: \(line)")
            if language == .ja, let open = line.lastIndex(of: "(") {
                #expect(!line[open...].contains(","), "half-width comma: \(line)")
            }
        }
        #expect(text.contains(language == .ja ? "(teardown 以外では必須、複数指定可)" : "(required, except for teardown, repeatable)"))
    }
}
