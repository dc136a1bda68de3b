import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct MarkdownSyntaxTests {
    @Test func codeSpansHoldAnyValueLiterally() {
        #expect(Markdown.codeSpan("kafka-sushi-12345") == "`kafka-sushi-12345`")
        #expect(Markdown.codeSpan("a`b") == "``a`b``")
        #expect(Markdown.codeSpan("`x") == "`` `x ``")
    }

    @Test func fencesOutgrowTheContent() {
        #expect(Markdown.fence(for: "plain") == "```")
        #expect(Markdown.fence(for: "a ```` b") == "`````")
    }
}
