import Foundation
import HTTPTypes
import Hummingbird
import Mustache
import RunbookKit

/// The browser's pages: the runbook form and the ticket page, rendered on the server from
/// `Templates/server/`, with their stylesheet and script inline and allowed by hash, as the
/// runbook pages are. Every sentence comes from the catalogs; every answer from `Runbooks`.
struct Pages: Sendable {
    let runbooks: Runbooks
    private let library: MustacheLibrary
    private let style: String
    let formScript: String
    let diagnoseScript: String
    let formPolicy: String
    let diagnosePolicy: String
    private let messagePolicy: String

    init(runbooks: Runbooks) {
        self.runbooks = runbooks
        var library = MustacheLibrary()
        for (name, text) in EmbeddedTemplates.files where name.hasPrefix("server/") && name.hasSuffix(".mustache") {
            // The built-in templates are parsed by the tests: a failure here is a build defect.
            do { try library.register(text, named: String(name.dropLast(".mustache".count))) } catch {
                fatalError("\(name) is not a valid Mustache template: \(error)")
            }
        }
        self.library = library
        style = EmbeddedTemplates.files["server/service.css"] ?? ""
        formScript = EmbeddedTemplates.files["server/form.js"] ?? ""
        diagnoseScript = EmbeddedTemplates.files["server/diagnose.js"] ?? ""
        let styleSource = InlineSourceHash.sha256(style)
        let common = "base-uri 'none'; object-src 'none'"
        formPolicy = "default-src 'none'; style-src \(styleSource); script-src \(InlineSourceHash.sha256(formScript)); "
            + "connect-src 'self'; form-action 'self'; frame-src 'self'; \(common); frame-ancestors 'none'"
        diagnosePolicy = "default-src 'none'; style-src \(styleSource); script-src \(InlineSourceHash.sha256(diagnoseScript)); "
            + "form-action 'self'; \(common); frame-ancestors 'none'"
        messagePolicy = "default-src 'none'; style-src \(styleSource); form-action 'none'; \(common); frame-ancestors 'self'"
    }

    /// What every page shows around its content: the site's name, the navigation and the switch
    /// to the other language.
    func frame(_ text: ServiceText, path: String, title: String, script: String) -> [String: Any] {
        let other = text.language == .ja ? Language.en : .ja
        return [
            "lang": text.language.rawValue, "other": other.rawValue, "title": title, "style": style, "script": script,
            "site": text.format("site.name"), "skip": text.format("skip"), "navLabel": text.format("nav.label"),
            "navForm": text.format("nav.form"), "navDiagnose": text.format("nav.diagnose"),
            "onForm": path == Route.form.path, "onDiagnose": path == Route.diagnosePage.path,
            "switchHref": "\(path)?lang=\(other.rawValue)", "switchLabel": text.format("switch.label"),
        ]
    }

    func page(_ template: String, _ view: [String: Any], policy: String, status: HTTPResponse.Status = .ok) throws -> Response {
        guard let html = library.render(view, withTemplate: "server/\(template).html") else {
            throw TemplateError.missingFile("server/\(template).html.mustache")
        }
        return Response(status: status,
                        headers: [.contentType: "text/html; charset=utf-8", .contentSecurityPolicy: policy],
                        body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// A short page inside the preview frame: nothing to show yet, or values to fix first.
    func message(_ key: String, _ values: [String: String] = [:], title: String = "message.title", text: ServiceText,
                 status: HTTPResponse.Status = .ok) throws -> Response {
        try page("message", ["lang": text.language.rawValue, "title": text.format(title), "style": style,
                             "message": text.format(key, values)], policy: messagePolicy, status: status)
    }

    /// A runbook's file name asked for at the service's root: the preview's link to the other
    /// language, followed without the form's script. The file sits beside the page in the
    /// downloads only; 404 with a page that says how to see that language here. Nil for any other
    /// address, which gets the usual problem.
    func runbookFileOutsideTheDownloads(_ request: Request, text: ServiceText) throws -> Response? {
        let path = request.uri.path
        guard request.method == .get || request.method == .head, path.hasPrefix("/"),
              !path.dropFirst().contains("/"), DocumentName(fileName: String(path.dropFirst())) != nil
        else { return nil }
        let labels = ["languageLabel": text.format("form.language"), "previewLabel": text.format("form.preview")]
        return try message("preview.other-language", labels, title: "preview.other-language.title", text: text, status: .notFound)
    }

    /// The languages a page offers for what it makes, `selected` checked.
    func languageChoices(_ text: ServiceText, selected: Language, prefix: String) -> [[String: Any]] {
        Language.allCases.map {
            ["value": $0.rawValue, "label": text.format("\(prefix).\($0.rawValue)"), "checked": $0 == selected]
        }
    }

    /// A form body (`application/x-www-form-urlencoded`), within `limit`.
    func formBody(_ request: Request, limit: Int, text: ServiceText) async throws -> FormBody {
        _ = try request.requireContentType(["application/x-www-form-urlencoded"], text: text)
        return FormBody(try await request.collectBody(limit: limit, text: text))
    }
}
