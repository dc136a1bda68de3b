import Foundation
import Testing
import RunbookTestSupport

/// A step is referred to by its identity, never by a number typed into a sentence: the numbering
/// gives every reference (`{step}`, `{from}`, `{to}`), so a step added or moved cannot leave a
/// sentence pointing at the wrong one. Read from the files themselves, every sentence of every
/// catalog and every template.
@Suite struct TypedStepNumberTests {
    /// A step named by number, or counted from another ("the next two").
    static let typed: [(language: String, pattern: String)] = [
        ("en", #"(?i)\bsteps?\s*[0-9０-９]"#),
        ("en", #"(?i)\bthis step and the (next|previous)\b"#),
        ("en", #"(?i)\b(next|previous|following)\s+(two|three|four|five|[0-9]+)\s+steps\b"#),
        ("en", #"(?i)\bthe previous step\b"#),
        ("ja", #"手順\s*[0-9０-９]"#),
        ("ja", #"[0-9０-９一二三四五]\s*つの手順"#),
        ("ja", #"前の手順(に戻|で削除)"#),
    ]

    static func problems(in text: String) -> [String] {
        typed.compactMap { _, pattern in text.range(of: pattern, options: .regularExpression).map { String(text[$0]) } }
    }

    @Test func theCheckFindsWhatItLooksFor() {
        for sentence in ["Continue with step 6.", "steps 4 to 6", "this step and the next two", "the next three steps", "Delete it first (the previous step).",
                         "手順 6 に進んでください。", "この手順と次の 2 つの手順", "先に前の手順で削除してから"] {
            #expect(!Self.problems(in: sentence).isEmpty, "\(sentence)")
        }
        for sentence in ["Continue with step {step}.", "steps {from} to {to}", "手順 {step} に進んでください。", "from the next step on",
                         "the last 17 characters", "the last two lines"] {
            #expect(Self.problems(in: sentence).isEmpty, "\(sentence)")
        }
    }

    @Test func noCatalogSentenceTypesAStepNumber() throws {
        let folder = packageRoot.appendingPathComponent("Templates/locales")
        let catalogs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") && $0 != "glossary.json" }
        #expect(catalogs.count >= 2)
        for name in catalogs {
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            let sentences = try #require(try JSONSerialization.jsonObject(with: data) as? [String: String])
            for (key, sentence) in sentences.sorted(by: { $0.key < $1.key }) {
                #expect(Self.problems(in: sentence).isEmpty, "\(name) \(key): \(Self.problems(in: sentence)) in \(sentence)")
            }
        }
    }

    @Test func noTemplateTypesAStepNumber() throws {
        let folder = packageRoot.appendingPathComponent("Templates")
        let templates = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".mustache") }
        #expect(!templates.isEmpty)
        for name in templates {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(Self.problems(in: text).isEmpty, "\(name): \(Self.problems(in: text))")
        }
    }

    /// Nor does the code: a step reference is `numbering.reference(.id)`, never `.step(6)`.
    @Test func noSourceTypesAStepReference() throws {
        let sources = packageRoot.appendingPathComponent("Sources")
        let files = FileManager.default.enumerator(atPath: sources.path)?.compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") } ?? []
        #expect(!files.isEmpty)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            #expect(text.range(of: #"\.step\(\s*[0-9]"#, options: .regularExpression) == nil, "\(file)")
        }
    }
}
