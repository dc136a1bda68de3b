import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct HTMLPageTests {
    func page(_ language: Language) throws -> String {
        try documents(articleExample, languages: [language], formats: [.html])[0].contents
    }

    @Test(arguments: Language.allCases)
    func pageIsSelfContainedWithStepAnchors(_ language: Language) throws {
        let html = try page(language)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\" "))
        for number in 1...8 { #expect(html.contains("<h3 id=\"step-\(number)\">")) }
        for anchor in ["overview", "prerequisites", "parameters", "heroku", "aws", "connect", "limitations", "support"] {
            #expect(html.contains("<h2 id=\"\(anchor)\">"))
            #expect(html.contains("<a href=\"#\(anchor)\">"))
        }
        let policy = try #require(html.firstMatch(of: /http-equiv="Content-Security-Policy" content="([^"]*)"/)?.output.1)
        #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-"))
        #expect(policy.contains("; script-src 'sha256-"))
        #expect(!policy.contains("unsafe"))
        #expect(html.components(separatedBy: "<script").count == 2, "only the page's own script")
        #expect(!html.contains(" style="), "the policy would block a style attribute")
        #expect(html.contains("data-copy=\"\(language == .ja ? "コピー" : "Copy")\""))
        #expect(html.contains("<code class=\"language-shell\">heroku data:privatelink:create kafka-sushi-12345 --aws-account-id 123456789101:user/abc.xyz --app privatelink-vpc-endpoint-demo\n</code>"))
        #expect(html.contains("href=\"runbook.\(language.other.rawValue).html\""))
        // Nothing that would make the page load anything.
        for pattern in ["src=", "<link", "@import", "url("] { #expect(!html.contains(pattern), "\(pattern)") }
        // The only URLs are links to the source article; none is fetched.
        let urls = html.matches(of: /https?:\/\/[^"<\s]+/).map { String($0.output) }
        #expect(!urls.isEmpty)
        #expect(urls.allSatisfy { $0.hasPrefix("https://devcenter.heroku.com/") }, "\(urls)")
    }

    /// On the Japanese page the space before hiragana holds (a line never starts with the particle
    /// after a value); the Markdown file and every command keep plain spaces.
    @Test func japaneseParticlesStayWithTheWordBefore() throws {
        let html = try page(.ja)
        #expect(html.contains("<code>vpc-0123456789abcdef0</code>\u{00A0}を選択します"))
        #expect(!html.contains("</code> を"))
        let markdown = try documents(articleExample, languages: [.ja], formats: [.md])[0].contents
        #expect(markdown.contains("`vpc-0123456789abcdef0` を選択します") && !markdown.contains("\u{00A0}"))
        #expect(html.contains("echo 'VPC vpc-0123456789abcdef0 を読み取れませんでした。"), "commands are copied as written")
        #expect(!(try page(.en)).contains("\u{00A0}"))
        #expect(Markdown.keepingHiraganaWithTheWordBefore("a `x` を\n```shell\necho 'b を'\n```\nc は") == "a `x`\u{00A0}を\n```shell\necho 'b を'\n```\nc\u{00A0}は")
        // Found by the fuzzer (the notes' heading お客様の進捗): a block marker's space stays a space.
        #expect(Markdown.keepingHiraganaWithTheWordBefore("## お客様の進捗\n- お知らせ は\n> お待ち\n1. お使い") == "## お客様の進捗\n- お知らせ\u{00A0}は\n> お待ち\n1. お使い")
    }

    @Test(arguments: Language.allCases)
    func titleFirstThenContentsThenTheTextWithTheDiagramInTheOverview(_ language: Language) throws {
        let html = try page(language)
        let order = ["<h1 id=\"top\">", "<nav ", "<main>", "<h2 id=\"overview\">", "<figure class=\"connection\" tabindex=\"0\">\n<svg ",
                     "</svg>\n</figure>\n<h2 id=\"prerequisites\">"]
        let positions = try order.map { try #require(html.range(of: $0)?.lowerBound, "\($0)") }
        #expect(positions == positions.sorted())
        #expect(html.components(separatedBy: "<h1").count == 2)
        #expect(html.contains("data-addon=\"kafka-sushi-12345\" data-task=\"create\""))
    }

    @Test func stepReferencesAreLinksOnThePageButNotInTheMarkdown() throws {
        let html = try page(.en)
        #expect(html.contains("with the AWS account allowed in step <a href=\"#step-3\">3</a>."))
        let markdown = try markdown(articleExample, .en)
        #expect(markdown.contains("with the AWS account allowed in step 3."))
        #expect(!markdown.contains("](#step-"))
    }

    @Test func theLanguageLinkOpensTheSameTask() throws {
        var raw = articleExample
        raw.task = "teardown"
        let runbook = RunbookBuilder().build(try RuleSet.standard.validate(raw).get())
        let html = try HTMLPage(language: .ja).render(runbook)
        #expect(html.contains("<a href=\"runbook-teardown.en.html\" hreflang=\"en\" lang=\"en\">English version (runbook-teardown.en.html)</a>"))
        #expect(html.contains("data-task=\"teardown\""))
    }

    @Test func aTemplateThatLosesHeadingsIsRefused() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("templates-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "{{% CONTENT_TYPE: TEXT}}\n# {{title}}\n".write(to: folder.appendingPathComponent("runbook.md.mustache"), atomically: true, encoding: .utf8)
        let pipeline = Pipeline(templates: try TemplateSet.overriding(with: folder))
        #expect(throws: TemplateError.headingMismatch(expected: 18, found: 1)) {
            try pipeline.documents(for: RuleSet.standard.validate(articleExample).get(), languages: [.en], formats: [.html])
        }
    }
}
