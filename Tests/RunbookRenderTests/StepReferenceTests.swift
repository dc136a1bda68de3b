import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct StepReferenceTests {
    @Test func aMarkerBecomesTheNumberInTheFileAndALinkOnThePage() {
        let markdown = "手順" + StepReference.marker(3) + "で、step " + StepReference.marker(12) + ".\n"
        #expect(StepReference.resolve(markdown, linking: false) == "手順3で、step 12.\n")
        #expect(StepReference.resolve(markdown, linking: true) == "手順[3](#step-3)で、step [12](#step-12).\n")
    }

    @Test func textWithoutAWholeMarkerStaysAsItIs() {
        for text in ["no marker", "\u{E010}\u{E011}", "\u{E010}3", "\u{E010}x\u{E011}", "3\u{E011}", "\u{E010}\u{E010}4\u{E011}"] {
            let expected = text == "\u{E010}\u{E010}4\u{E011}" ? "\u{E010}4" : text
            #expect(StepReference.resolve(text, linking: false) == expected)
        }
    }

    /// The page's Markdown is the file's with each step reference as a link, and nothing else.
    @Test func thePageFormDiffersFromTheFileOnlyByLinks() throws {
        let input = try RuleSet.standard.validate(articleExample).get()
        let runbook = RunbookBuilder().build(input)
        for language in Language.allCases {
            let forms = try MarkdownRenderer(language: language).forms(of: runbook)
            #expect(forms.file == (try MarkdownRenderer(language: language).render(runbook)))
            #expect(forms.page.contains("](#step-"))
            #expect(!forms.page.contains("\u{E010}") && !forms.file.contains("\u{E010}"))
            let unlinked = forms.page.replacing(/\[(\d+)\]\(#step-\1\)/) { String($0.output.1) }
            #expect(unlinked == forms.file)
        }
    }
}
