import Foundation
import Testing

import CommonMark

extension CommonMarkSuite {
    @Suite("Safe mode (.runbook)")
    struct SafeMode {
        @Test func runbookOptionsAreSafeUTF8ValidatingAndNotSmart() {
            #expect(CommonMark.Options.runbook == [.validateUTF8])
            #expect(!CommonMark.Options.runbook.contains(.unsafe))
            #expect(!CommonMark.Options.runbook.contains(.smart))
            #expect(CommonMark.render("run `--app` -- --app\n").html == "<p>run <code>--app</code> -- --app</p>\n")
        }

        @Test func rawHTMLIsOmitted() {
            #expect(CommonMark.render("<div>hi</div>\n").html == "<!-- raw HTML omitted -->\n")
            #expect(CommonMark.render("text <b>x</b>\n").html
                == "<p>text <!-- raw HTML omitted -->x<!-- raw HTML omitted --></p>\n")
        }

        @Test func scriptNeverAppears() {
            let html = CommonMark.render("<script>alert(1)</script>\n\nx <script>alert(1)</script>\n").html
            #expect(!html.contains("<script>alert(1)</script>"))
            #expect(!html.contains("<script"))
            #expect(html.contains("<!-- raw HTML omitted -->"))
        }

        @Test func dangerousLinksGetAnEmptyHref() {
            #expect(CommonMark.render("[x](javascript:alert(1))\n").html == "<p><a href=\"\">x</a></p>\n")
            #expect(CommonMark.render("[x](JavaScript:alert(1))\n").html == "<p><a href=\"\">x</a></p>\n")
            #expect(CommonMark.render("<javascript:alert(1)>\n").html == "<p><a href=\"\">javascript:alert(1)</a></p>\n")
            #expect(CommonMark.render("[ok](https://example.com/?a=1&b=2)\n").html
                == "<p><a href=\"https://example.com/?a=1&amp;b=2\">ok</a></p>\n")
        }

        @Test(
            "No spec example yields <script or a javascript: href in safe mode",
            needsSpecFixture
        )
        func specExamplesInSafeMode() throws {
            var offending: [Int] = []
            for example in try loadSpecExamples() {
                let html = CommonMark.render(example.markdown, options: .runbook).html.lowercased()
                if html.contains("<script") || html.contains("href=\"javascript:")
                    || html.contains("src=\"javascript:")
                {
                    offending.append(example.example)
                }
            }
            #expect(offending.isEmpty, "examples with <script or javascript: links: \(offending)")
        }
    }
}
