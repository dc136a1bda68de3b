import Foundation
import Testing

import CommonMark

extension CommonMarkSuite {
    @Suite("CommonMark spec 0.30 conformance")
    struct Conformance {
        // The spec's examples live outside the project (../shared/fixtures/); without them there
        // is nothing to compare against, so the test is skipped rather than failed.
        @Test(
            "Every spec example renders byte for byte (unsafe mode, as the spec expects)",
            needsSpecFixture
        )
        func allExamples() throws {
            let examples = try loadSpecExamples()
            #expect(examples.count == 652)
            var failing: [Int] = []
            for example in examples {
                let rendered = CommonMark.render(example.markdown, options: [.unsafe])
                if rendered.html != example.html { failing.append(example.example) }
            }
            let passed = examples.count - failing.count
            print("CommonMark spec 0.30 conformance: \(passed)/\(examples.count) examples pass")
            if !failing.isEmpty {
                Issue.record("\(passed)/\(examples.count) pass; failing examples: \(failing.map(String.init).joined(separator: ", "))")
            }
        }

        @Test(
            "VALIDATE_UTF8 changes nothing for the spec examples (all valid UTF-8)",
            needsSpecFixture
        )
        func validateUTF8ChangesNothing() throws {
            var failing: [Int] = []
            for example in try loadSpecExamples() {
                let rendered = CommonMark.render(example.markdown, options: [.unsafe, .validateUTF8])
                if rendered.html != example.html { failing.append(example.example) }
            }
            #expect(failing.isEmpty, "failing examples: \(failing)")
        }
    }
}
