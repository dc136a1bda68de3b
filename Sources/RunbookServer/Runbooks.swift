import Foundation
import HTTPTypes
import Hummingbird
import RunbookKit

/// The service's answers, each from the same `Pipeline` as the command line.
struct Runbooks: Sendable {
    let pipeline: Pipeline
    let texts: [Language: ServiceText]
    let limits: ServiceLimits

    func text(_ language: Language) -> ServiceText { texts[language]! }  // made for every language
}

/// The formats `POST /v1/runbooks` answers: one document, or the zip of every task.
enum RunbookFormat: String, CaseIterable, Sendable {
    case md
    case html
    case zip

    var mediaType: String {
        switch self {
        case .md: "text/markdown"
        case .html: "text/html"
        case .zip: "application/zip"
        }
    }

    init?(mediaType: String) {
        guard let format = Self.allCases.first(where: { $0.mediaType == mediaType }) else { return nil }
        self = format
    }
}

/// The runbook a request asks for, rendered: what `generate --stdout` prints, or the zip.
struct RenderedRunbook {
    let format: RunbookFormat
    let fileName: String
    let bytes: Data

    func response(disposition: String? = nil) -> Response {
        var headers: HTTPFields = [.contentType: format == .zip ? format.mediaType : format.mediaType + "; charset=utf-8"]
        if let disposition { headers[.contentDisposition] = "\(disposition); filename=\"\(fileName)\"" }
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: bytes)))
    }
}

extension Runbooks {
    /// Validates `raw` and renders it: `language` and `format` as `generate --stdout --lang --format`
    /// would print it, or the zip of every task's files (`Pipeline.bundle`).
    func render(_ raw: RawInput, language: Language, format: RunbookFormat, text: ServiceText) throws -> RenderedRunbook {
        let input: RunbookInput
        switch pipeline.validate(raw) {
        case .success(let valid): input = valid
        case .failure(let diagnostics): throw Problem.invalid(diagnostics, requestProblems: [], text: text)
        }
        switch format {
        case .md, .html:
            let documentFormat: Format = format == .md ? .md : .html
            let document = try pipeline.documents(for: input, languages: [language], formats: [documentFormat])[0]
            return RenderedRunbook(format: format, fileName: (document.path as NSString).lastPathComponent,
                                   bytes: Data(document.contents.utf8))
        case .zip:
            let bundle = try pipeline.bundle(for: raw)
            return RenderedRunbook(format: .zip, fileName: "\(input.addon).zip", bytes: try ZipFile.archive(bundle.documents))
        }
    }

    /// `POST /v1/runbooks`: the values object plus `language` and `format`; the type by `format`,
    /// else by `Accept`.
    func runbooks(_ request: Request, text: ServiceText) async throws -> Response {
        _ = try request.requireContentType(["application/json"], text: text)
        let body = try await request.collectBody(limit: limits.bodyBytes, text: text)
        let values = try ValuesRequest(json: body, extras: ["language", "format"], text: text)
        var problems = values.issues
        let language = values.choice("language", as: Language.self, problems: &problems) ?? text.language
        let asked = values.choice("format", as: RunbookFormat.self, problems: &problems)
        guard problems.isEmpty else {
            let diagnostics: Diagnostics? = if case .failure(let d) = pipeline.validate(values.raw) { d } else { nil }
            throw Problem.invalid(diagnostics, requestProblems: problems, text: text)
        }
        let offered = asked.map { [$0.mediaType] } ?? RunbookFormat.allCases.map(\.mediaType)
        guard let type = Negotiation.mediaType(request, offering: offered), let format = RunbookFormat(mediaType: type) else {
            throw Problem(.notAcceptable, "not-acceptable", ["types": offered.joined(separator: ", ")], text: text)
        }
        return try render(values.raw, language: language, format: format, text: text).response()
    }

    /// `POST /v1/validations`: what `validate --json` prints, valid or not (the check itself worked).
    func validations(_ request: Request, text: ServiceText) async throws -> Response {
        _ = try request.requireContentType(["application/json"], text: text)
        let body = try await request.collectBody(limit: limits.bodyBytes, text: text)
        let values = try ValuesRequest(json: body, extras: [], text: text)
        let result = pipeline.validate(values.raw)
        guard values.issues.isEmpty else {
            let diagnostics: Diagnostics? = if case .failure(let d) = result { d } else { nil }
            throw Problem.invalid(diagnostics, requestProblems: values.issues, text: text)
        }
        let report = ValidationReport(result, formatter: DiagnosticFormatter(catalog: text.runbook))
        return Self.json(try ReportJSON.text(encoding: report))
    }

    /// `GET /v1/rules`: what `rules --json` prints, in the client's language.
    func rules(text: ServiceText) -> Response {
        Self.json(ReportJSON.rules(pipeline.rules, catalog: text.runbook), type: "application/schema+json")
    }

    /// A JSON text with the final line break the command line prints.
    static func json(_ text: String, type: String = "application/json") -> Response {
        Response(status: .ok, headers: [.contentType: "\(type); charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(string: text + "\n")))
    }
}
