import Foundation
import Hummingbird
import RunbookKit
@testable import RunbookServer
import Testing

/// The pages, as a browser without script gets them: every input of `rules --json` in the page's
/// language, problems beside their fields, the preview and the downloads, the ticket reply.
@Suite struct PageTests {
    static let form: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    static func encoded(_ pairs: [(String, String)]) -> ByteBuffer {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return ByteBuffer(string: pairs.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }.joined(separator: "&"))
    }

    static func examplePairs() throws -> [(String, String)] {
        try Service.exampleValues().map { key, value in (key, (value as? [String])?.joined(separator: "\n") ?? value as! String) }
    }

    @Test(arguments: [("ja", "ja,en;q=0.8"), ("en", "en-GB"), ("en", "fr"), ("ja", "en;q=0.2, ja")])
    func formHasEveryInputInTheLanguageAsked(language: String, header: String) async throws {
        let catalog = TemplateSet.embedded.catalog(Language(rawValue: language)!)
        try await Service.test { client in
            try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: header]) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"\(language)\">"))
                for spec in RuleSet.standard.fields {
                    #expect(html.contains("name=\"\(spec.field.jsonKey)\""), "\(spec.field)")
                    #expect(html.contains(">\(catalog.format("field.\(spec.field.rawValue)"))"), "\(spec.field)")
                    #expect(html.contains("<code>\(spec.example)</code>"), "\(spec.field)")
                }
            }
        }
    }

    @Test func theLanguageSwitchWinsOverAcceptLanguage() async throws {
        try await Service.test { client in
            try await client.execute(uri: "/diagnose?lang=ja", method: .get, headers: [.acceptLanguage: "en"]) { response in
                let html = String(buffer: response.body)
                #expect(html.contains("<html lang=\"ja\">"))
                #expect(html.contains("href=\"/diagnose?lang=en\" lang=\"en\""))
            }
        }
    }

    @Test func aFormPostedWithoutScriptShowsEachProblemBesideItsField() async throws {
        try await Service.test { client in
            try await client.execute(uri: "/?lang=ja", method: .post, headers: Self.form,
                                     body: Self.encoded([("addon", "kafka-sushi-12345"), ("app", "privatelink-demo"), ("awsAccountIds", "12345\r\n123456789101")])) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                let message = TemplateSet.embedded.catalog(.ja).format("rule.aws-account-id.id")
                #expect(html.contains("<p class=\"problem\" id=\"problem-awsAccountIds\">12345: \(message)</p>"))
                #expect(html.contains("<p class=\"problem\" id=\"problem-app\" hidden>"))
                #expect(html.contains("12345\n123456789101</textarea>"))
            }
        }
    }

    @Test func previewIsThePageGenerateWritesAndMayBeFramedByTheForm() async throws {
        var pairs = try Self.examplePairs()
        pairs.append(("language", "ja"))
        let body = Self.encoded(pairs), expected = try Service.output("runbook.ja.html")
        let invalid = try #require(ServiceText.catalogs(templates: .embedded)[.en]).format("preview.invalid")
        try await Service.test { client in
            try await client.execute(uri: "/preview", method: .post, headers: Self.form, body: body) { response in
                #expect(Data(response.body.readableBytesView) == expected)
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                #expect(policy.hasSuffix("; frame-ancestors 'self'"))
                #expect(policy.contains("script-src 'sha256-"))
            }
            try await client.execute(uri: "/preview", method: .post, headers: Self.form, body: Self.encoded([("app", "x")])) { response in
                #expect(String(buffer: response.body).contains(invalid))
            }
        }
    }

    /// The preview's link to the other language's file, followed without the form's script: not
    /// a bare 404 problem inside the frame, but a page in the reader's language saying how to see
    /// that language here. Other addresses keep the problem.
    @Test func thePreviewsOtherLanguageLinkSaysHowToSeeThatLanguageHere() async throws {
        let page = String(decoding: try Service.output("runbook.en.html"), as: UTF8.self)
        let href = try #require(page.firstMatch(of: /<p class="other-language"><a href="([^"]+)"/)?.1)
        let text = try #require(ServiceText.catalogs(templates: .embedded)[.ja])
        let expected = text.format("preview.other-language", ["languageLabel": text.format("form.language"), "previewLabel": text.format("form.preview")])
        #expect(expected.contains("「手順書の言語」"))
        try await Service.test { client in
            try await client.execute(uri: "/\(href)", method: .get, headers: [.acceptLanguage: "ja"]) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'self'") == true)
                #expect(String(buffer: response.body).contains("<p>\(expected)</p>"))
            }
            for path in ["/x/\(href)", "/\(href).bak"] {
                try await client.execute(uri: path, method: .get) { #expect($0.headers[.contentType]?.hasPrefix("application/problem+json") == true) }
            }
        }
    }

    @Test(arguments: [("md", "runbook.en.md"), ("html", "runbook.en.html")])
    func downloadsAreWhatGenerateWrites(format: String, file: String) async throws {
        var pairs = try Self.examplePairs()
        pairs += [("language", "en"), ("format", format)]
        let body = Self.encoded(pairs), expected = try Service.output(file)
        try await Service.test { client in
            try await client.execute(uri: "/download", method: .post, headers: Self.form, body: body) { response in
                #expect(response.headers[.contentDisposition] == "attachment; filename=\"\(file)\"")
                #expect(Data(response.body.readableBytesView) == expected)
            }
            try await client.execute(uri: "/download", method: .post, headers: Self.form, body: Self.encoded([("app", "Bad")])) { response in
                #expect(response.status == .unprocessableContent)
                #expect(String(buffer: response.body).contains("id=\"problem-app\">"))
            }
        }
    }

    /// The reply shown is what `diagnose` prints for the same paste on standard input, escaped once.
    @Test func diagnosePageShowsTheReplyAndTheNotes() async throws {
        let file = Service.fixture("pastes/create-2.0.txt")
        let reply = try Command.run(["diagnose", "--lang", "ja"], standardInput: file).text
        let paste = try String(contentsOf: file, encoding: .utf8)
        try await Service.test { client in
            try await client.execute(uri: "/diagnose?lang=en", method: .post, headers: Self.form,
                                     body: Self.encoded([("paste", paste), ("language", "ja")])) { response in
                #expect(response.status == .ok)
                let html = String(buffer: response.body)
                let escaped = reply.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
                    .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
                    .replacingOccurrences(of: "'", with: "&#39;")
                #expect(html.contains("<pre id=\"reply\" tabindex=\"0\" aria-labelledby=\"reply-heading\">\n\(escaped)</pre>"))
                #expect(html.contains("<input type=\"hidden\" name=\"addon\" value=\"kafka-shiny-73918\">"))
                #expect(html.contains("Notes for the engineer"))
                // Findings by their ids as the JSON and the notes give them, not the Swift case names.
                #expect(html.contains("endpoint-service.provisioning") && !html.contains("endpointServiceProvisioning"))
            }
        }
    }

    @Test func everyServiceSentenceExistsInBothLanguages() {
        #expect(ServiceText.keys(.ja) == ServiceText.keys(.en))
        #expect(ServiceText.keys(.en).count > 50)
    }
}
