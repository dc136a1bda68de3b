import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct ByteSearchTests {
    @Test func findsTheFirstOccurrenceAfterMultiByteText() {
        let page = "<h1>手順書</h1>\n<p>é</p>\n<h2 id=\"a\">x</h2><h2 id=\"a\">y</h2>"
        let range = page.firstByteRange(of: "<h2 id=\"a\">")
        #expect(range.map { String(page[$0.upperBound...]) } == "x</h2><h2 id=\"a\">y</h2>")
        #expect(page.firstByteRange(of: "</h1>\n").map { String(page[..<$0.upperBound]) } == "<h1>手順書</h1>\n")
    }

    @Test func nothingForAnAbsentOrEmptyOrLongerNeedle() {
        #expect("<p>a</p>".firstByteRange(of: "<h2") == nil)
        #expect("<p>a</p>".firstByteRange(of: "") == nil)
        #expect("ab".firstByteRange(of: "abc") == nil)
        #expect("abc".firstByteRange(of: "abc") == "abc".startIndex..<"abc".endIndex)
    }

    @Test func aCandidateThatFailsIsPassedOver() {
        let text = "<h<h2<h2 id=\"b\">"
        #expect(text.firstByteRange(of: "<h2 id").map { text.utf8.distance(from: text.startIndex, to: $0.lowerBound) } == 5)
        #expect(Markdown.fence(for: "`a``b```c`") == "````")
    }
}
