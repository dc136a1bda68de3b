import Foundation
import Testing

import CommonMark

extension CommonMarkSuite {
    @Suite("Robustness and memory")
    struct Robustness {
        @Test func emptyInput() {
            let rendered = CommonMark.render("") { _ in "a" }
            #expect(rendered.html == "")
            #expect(rendered.headings.isEmpty)
        }

        @Test func nulByteDoesNotTruncate() {
            let rendered = CommonMark.render("# Be\u{0}fore\n\nafter \u{0} the NUL\n") { _ in "h" }
            #expect(rendered.html == "<h1 id=\"h\">Be\u{FFFD}fore</h1>\n<p>after \u{FFFD} the NUL</p>\n")
            #expect(rendered.headings.map(\.text) == ["Be\u{FFFD}fore"])
            #expect(CommonMark.render("\u{0}").html == "<p>\u{FFFD}</p>\n")
        }

        @Test func oddInput() {
            // Invalid UTF-8 cannot survive into a Swift String (it is repaired to U+FFFD on the way in).
            let repaired = String(decoding: [0x23, 0x20, 0xFF, 0xC3, 0x0A], as: UTF8.self)
            #expect(CommonMark.render(repaired) { _ in "x" }.html == "<h1 id=\"x\">\u{FFFD}\u{FFFD}</h1>\n")
            for text in ["\r", "\r\n\r\n", "\t", "#", "=", "---", "# \r\n===", "\u{FEFF}# bom", "&#0;", "`", "<", "[]", "\\"] {
                _ = CommonMark.render(text, options: [.unsafe, .sourcepos, .hardBreaks, .smart]) { _ in "x" }
                _ = CommonMark.render(text) { _ in "x" }
            }
        }

        @Test func tenThousandNestedBlockQuotes() {
            let rendered = CommonMark.render(String(repeating: ">", count: 10_000) + " # deep\n") { _ in "deep" }
            #expect(rendered.headings.map(\.text) == ["deep"])
            #expect(rendered.html.contains("<h1 id=\"deep\">deep</h1>"))
        }

        @Test func tenThousandOpenBrackets() {
            let rendered = CommonMark.render(String(repeating: "[", count: 10_000) + "x\n")
            #expect(rendered.html == "<p>" + String(repeating: "[", count: 10_000) + "x</p>\n")
        }

        @Test func otherDeepNesting() {
            _ = CommonMark.render(String(repeating: "- ", count: 5_000) + "# x\n") { _ in "x" }
            _ = CommonMark.render(String(repeating: "*a ", count: 10_000) + String(repeating: "b* ", count: 10_000))
            _ = CommonMark.render(String(repeating: "# a\n", count: 10_000)) { "h\($0.index)" }
        }

        // MARK: - Leak check

        /// A realistic runbook-like document of about 10 KB: headings, code fences, lists, links.
        static let tenKBDocument: String = {
            var doc = "# PrivateLink runbook: `kafka-sushi-12345`\n\nIntroduction with *emphasis* and a [link](https://example.com/docs?a=1&b=2).\n\n"
            var step = 1
            while doc.utf8.count < 10_000 {
                doc += """
                    ## Step \(step): configure `endpoint-\(step)`

                    Run the following command in **region** `ap-northeast-1`:

                    ```sh
                    aws ec2 create-vpc-endpoint --vpc-id vpc-\(step)abc --service-name com.amazonaws.vpce.\(step) \\
                        --subnet-ids subnet-1 subnet-2 --security-group-ids sg-\(step)
                    ```

                    - check the DNS name resolves
                    - check the security group allows `9092`
                      1. nested item with <b>raw html</b>
                      2. nested item with [javascript](javascript:alert(1))

                    Setext heading \(step)
                    ---

                    > Note: 手順 \(step) を確認する。

                    """
                step += 1
            }
            return doc
        }()

        @Test(
            "Rendering ~10 KB 10,000 times keeps resident memory flat",
            .enabled(if: residentMemoryBytes() != nil, "needs /proc/self/status (Linux)")
        )
        func noLeak() throws {
            let doc = Self.tenKBDocument
            #expect(doc.utf8.count >= 10_000)
            func once() -> Int {
                let r = CommonMark.render(doc) { "h\($0.index)" }
                return r.html.utf8.count + r.headings.count
            }
            var sink = 0
            for _ in 0..<200 { sink &+= once() }  // warm-up
            // VmRSS is the whole process's, and the other suites run in it at the same time: their
            // memory can grow in one round. A leak grows in every round, so one flat round is enough.
            var growths: [Int] = []
            for _ in 1...3 {
                let before = try #require(residentMemoryBytes())
                for _ in 0..<10_000 { sink &+= once() }
                let after = try #require(residentMemoryBytes())
                growths.append(after - before)
                print("CommonMark leak check: VmRSS \(before / 1024) KiB -> \(after / 1024) KiB (growth \((after - before) / 1024) KiB) after 10,000 renders of \(doc.utf8.count) bytes")
                if after - before < 32 * 1024 * 1024 { break }
            }
            #expect(sink > 0)
            #expect(growths.contains { $0 < 32 * 1024 * 1024 }, "VmRSS grew by \(growths) bytes in each round")
        }
    }
}

/// VmRSS of this process in bytes, read from /proc/self/status; nil where that file does not exist.
func residentMemoryBytes() -> Int? {
    #if os(Linux)
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
    for line in status.split(separator: "\n") where line.hasPrefix("VmRSS:") {
        let fields = line.split(separator: " ", omittingEmptySubsequences: true)
        if fields.count >= 2, let kib = Int(fields[1]) { return kib * 1024 }
    }
    return nil
    #else
    return nil
    #endif
}
