import Foundation
import Testing

import CommonMark

extension CommonMarkSuite {
    /// The HTML in parts split at headings: joined, the parts are exactly the whole document's HTML.
    @Suite("Parts")
    struct Parts {
        @Test func aHeadingOfItsOwnAndAPartThatStartsWithOne() {
            let markdown = "# Title\n\nnote\n\n## A\n\ntext\n\n- item\n\n## B\n\n> ## quoted\n\nend\n"
            let rendered = CommonMark.render(markdown, headingID: { ["top", "a", "b", "q"][$0.index] }, splitting: { heading in
                switch heading.index {
                case 0: .around
                case 2, 3: .before  // the quoted heading is not top-level: it splits nothing
                default: .none
                }
            })
            #expect(rendered.parts.map(\.heading?.id) == ["top", nil, "b"])
            #expect(rendered.parts[0].html == "<h1 id=\"top\">Title</h1>\n")
            #expect(rendered.parts[2].html.hasPrefix("<h2 id=\"b\">B</h2>\n<blockquote>"))
            #expect(rendered.html == CommonMark.render(markdown, headingID: { ["top", "a", "b", "q"][$0.index] }).html)
        }

        @Test("Every spec example split at every top-level heading joins to the same HTML", needsSpecFixture)
        func everySpecExampleJoinsToTheSameHTML() throws {
            var failing: [Int] = []
            for example in try loadSpecExamples() {
                let whole = CommonMark.render(example.markdown, options: [.unsafe], headingID: { "h\($0.index)" })
                let split = CommonMark.render(example.markdown, options: [.unsafe], headingID: { "h\($0.index)" },
                                              splitting: { $0.index % 2 == 0 ? .around : .before })
                if split.html != whole.html { failing.append(example.example) }
            }
            #expect(failing.isEmpty, "failing examples: \(failing)")
        }
    }
}
