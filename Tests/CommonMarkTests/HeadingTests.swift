import Testing

import CommonMark

extension CommonMarkSuite {
    @Suite("Heading ids and heading text")
    struct Headings {
        /// Renders `markdown` with ids `h0`, `h1`, … and checks that the output is libcmark's own
        /// output (rendered without ids) with ` id="hN"` inserted into each opening tag.
        private func expectIDsInserted(
            _ markdown: String, options: CommonMark.Options = .runbook,
            sourceLocation: SourceLocation = #_sourceLocation
        ) -> CommonMark.Rendered {
            let plain = CommonMark.render(markdown, options: options)
            let withIDs = CommonMark.render(markdown, options: options) { "h\($0.index)" }
            #expect(withIDs.headings.count == plain.headings.count, sourceLocation: sourceLocation)
            #expect(withIDs.headings.map(\.id) == plain.headings.indices.map { "h\($0)" }, sourceLocation: sourceLocation)
            #expect(plain.headings.allSatisfy { $0.id == nil }, sourceLocation: sourceLocation)
            let expected = insertingIDs(withIDs.headings.map(\.id), into: plain.html)
            #expect(withIDs.html == expected, sourceLocation: sourceLocation)
            return withIDs
        }

        @Test func exactOutputForASimpleHeading() {
            #expect(CommonMark.render("## x\n").html == "<h2>x</h2>\n")
            #expect(CommonMark.render("## x\n") { _ in "a" }.html == "<h2 id=\"a\">x</h2>\n")
            #expect(CommonMark.render("x\n-\n\npara\n") { _ in "a" }.html == "<h2 id=\"a\">x</h2>\n<p>para</p>\n")
            #expect(CommonMark.render("#\n") { _ in "e" }.html == "<h1 id=\"e\"></h1>\n")
        }

        @Test func atxAndSetextHeadings() {
            let markdown = """
                # One

                Two
                ===

                Three
                ---

                ###### Six ######

                text

                #### Four
                """
            let rendered = expectIDsInserted(markdown)
            #expect(rendered.headings.map(\.level) == [1, 1, 2, 6, 4])
            #expect(rendered.headings.map(\.index) == [0, 1, 2, 3, 4])
            #expect(rendered.headings.map(\.text) == ["One", "Two", "Three", "Six", "Four"])
            #expect(rendered.html.hasPrefix("<h1 id=\"h0\">One</h1>\n<h1 id=\"h1\">Two</h1>\n<h2 id=\"h2\">Three</h2>\n"))
        }

        @Test func headingsInBlockQuotesAndListItems() {
            let markdown = """
                > # Quoted
                > text
                >
                > > ## Deeper

                - ## In a tight list
                - item
                - Setext in a list
                  ---

                1. loose

                   ### Loose heading

                2. > #### Quote in item
                """
            let rendered = expectIDsInserted(markdown)
            #expect(rendered.headings.map(\.text)
                == ["Quoted", "Deeper", "In a tight list", "Setext in a list", "Loose heading", "Quote in item"])
            #expect(rendered.html.contains("<li>\n<h2 id=\"h2\">In a tight list</h2>\n</li>"))
        }

        @Test func inlineMarkupInsideHeadingsRendersTheSame() {
            let markdown = """
                ## Use `code` *em* **strong** [link](https://x.example/a?b=1&c=2 "t") ![img](a.png)

                # <b>raw</b> &amp; &lt;tag&gt; \\* \\`

                Multi
                line\\
                setext
                ===
                """
            let rendered = expectIDsInserted(markdown)
            #expect(rendered.html.hasPrefix(
                "<h2 id=\"h0\">Use <code>code</code> <em>em</em> <strong>strong</strong> "
                    + "<a href=\"https://x.example/a?b=1&amp;c=2\" title=\"t\">link</a> <img src=\"a.png\" alt=\"img\" /></h2>\n"))
            #expect(rendered.headings.map(\.text) == ["Use code em strong link img", "raw & <tag> * `", "Multi line setext"])
            // Same with source positions, hard breaks and in unsafe mode (raw <b> kept).
            _ = expectIDsInserted(markdown, options: [.validateUTF8, .sourcepos])
            #expect(expectIDsInserted(markdown, options: [.unsafe]).html.contains("<h1 id=\"h1\"><b>raw</b> &amp; &lt;tag&gt; * `</h1>"))
            _ = expectIDsInserted(markdown, options: [.hardBreaks])
        }

        @Test func sourceposAttributeFollowsTheID() {
            let html = CommonMark.render("# a\n\n  b\n  --\n", options: [.sourcepos]) { $0.index == 0 ? "x" : "y" }.html
            #expect(html == "<h1 id=\"x\" data-sourcepos=\"1:1-1:3\">a</h1>\n<h2 id=\"y\" data-sourcepos=\"3:3-4:4\">b</h2>\n")
        }

        @Test func headingTextIsPlain() throws {
            let rendered = CommonMark.render("# Step 3: `kafka-sushi-12345` *now*\n") { _ in "step-3" }
            let heading = try #require(rendered.headings.first)
            #expect(rendered.headings.count == 1)
            #expect(heading.text == "Step 3: kafka-sushi-12345 now")
            #expect((heading.index, heading.level, heading.id) == (0, 1, "step-3"))
            #expect(rendered.html == "<h1 id=\"step-3\">Step 3: <code>kafka-sushi-12345</code> <em>now</em></h1>\n")
        }

        @Test("Invalid ids are ignored", arguments: ["a\"><script>", "", "1abc", "a b", "-a", "_a", "é", "a\u{0}", "a\n", "ａ", "a.b", "a:b"])
        func invalidIDsAreIgnored(id: String) {
            let markdown = "# Title\n\nSub\n---\n"
            let plain = CommonMark.render(markdown)
            let rendered = CommonMark.render(markdown) { _ in id }
            #expect(rendered.html == plain.html)
            #expect(rendered.headings.allSatisfy { $0.id == nil })
            #expect(!rendered.html.contains("<script"))
        }

        @Test func validIDShapes() {
            for id in ["a", "Z", "a1", "step-3_b", "A-_-9"] {
                #expect(CommonMark.render("# t\n") { _ in id }.html == "<h1 id=\"\(id)\">t</h1>\n")
            }
        }

        @Test func headingIDIsAskedOncePerHeadingInOrderAndMayDecline() {
            var asked: [CommonMark.Heading] = []
            let rendered = CommonMark.render("# a\n## b\n### c\n") { heading in
                asked.append(heading)
                return heading.level == 2 ? nil : "id\(heading.index)"
            }
            #expect(asked.map(\.index) == [0, 1, 2])
            #expect(asked.allSatisfy { $0.id == nil })
            #expect(rendered.headings.map(\.id) == ["id0", nil, "id2"])
            #expect(rendered.html == "<h1 id=\"id0\">a</h1>\n<h2>b</h2>\n<h3 id=\"id2\">c</h3>\n")
        }

        @Test func japaneseHeadingText() {
            let rendered = CommonMark.render("## 手順 2：`kafka` を *確認* する\n\n本文\n") { _ in "step-2" }
            #expect(rendered.headings.map(\.text) == ["手順 2：kafka を 確認 する"])
            #expect(rendered.html == "<h2 id=\"step-2\">手順 2：<code>kafka</code> を <em>確認</em> する</h2>\n<p>本文</p>\n")
            _ = expectIDsInserted("# 日本語\n\nテキスト\n===\n")
        }

        @Test(
            "Every spec example: ids change nothing but the opening tags",
            needsSpecFixture
        )
        func specExamplesWithIDs() throws {
            var failing: [Int] = []
            for example in try loadSpecExamples() {
                let plain = CommonMark.render(example.markdown)
                let withIDs = CommonMark.render(example.markdown) { "h\($0.index)" }
                if withIDs.html != insertingIDs(withIDs.headings.map(\.id), into: plain.html) {
                    failing.append(example.example)
                }
            }
            #expect(failing.isEmpty, "examples whose HTML differs beyond the ids: \(failing)")
        }
    }
}
