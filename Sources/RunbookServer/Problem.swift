import HTTPTypes
import Hummingbird
import RunbookKit

/// An error answer as `application/problem+json` (RFC 9457): the status, a title, a sentence in
/// the client's language, and, for values that break the rules, every problem exactly as
/// `validate --json` lists it (`field`, `flag`, `value`, `rule`, `message`, `example`).
struct Problem: Error, Sendable, Encodable {
    /// A problem with the request object itself rather than with a value: an unknown property, a
    /// number where a string belongs. `rule` is the id `batch` reports for the same problem in a row.
    struct RequestProblem: Sendable, Encodable {
        let rule: String
        let message: String
    }

    let status: HTTPResponse.Status
    let detail: String
    var problems: [ValidationReport.Problem]? = nil
    var requestProblems: [RequestProblem]? = nil
    /// Headers the status calls for: `Allow` with 405, `WWW-Authenticate` with 401, `Retry-After` with 503.
    var headers: HTTPFields = [:]

    var type: String { "about:blank" }
    /// The status's reason phrase, as RFC 9457 asks of `about:blank`.
    var title: String { status.reasonPhrase }

    private enum CodingKeys: String, CodingKey { case type, title, status, detail, problems, requestProblems }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(type, forKey: .type)
        try container.encode(title, forKey: .title)
        try container.encode(status.code, forKey: .status)
        try container.encode(detail, forKey: .detail)
        try container.encodeIfPresent(problems, forKey: .problems)
        try container.encodeIfPresent(requestProblems, forKey: .requestProblems)
    }

    /// `key` is a sentence of the service's catalog (`problem.<key>`) in `text`'s language.
    init(_ status: HTTPResponse.Status, _ key: String, _ values: [String: String] = [:], text: ServiceText) {
        self.status = status
        detail = text.format("problem.\(key)", values)
    }

    /// 422 for values that break the rules, or a request object that is wrong in itself.
    static func invalid(_ diagnostics: Diagnostics?, requestProblems: [RequestIssue], text: ServiceText) -> Problem {
        var problem = Problem(.unprocessableContent, "invalid-values", text: text)
        if let diagnostics {
            problem.problems = ValidationReport(.failure(diagnostics), formatter: DiagnosticFormatter(catalog: text.runbook)).problems
        }
        if !requestProblems.isEmpty {
            problem.requestProblems = requestProblems.map { RequestProblem(rule: $0.rule, message: $0.message(text)) }
        }
        return problem
    }

    var response: Response {
        var headers = self.headers
        headers[.contentType] = "application/problem+json; charset=utf-8"
        // A problem holds strings, numbers and arrays of them: it always encodes.
        let body = ((try? ReportJSON.text(encoding: self)) ?? "{}") + "\n"
        return Response(status: status, headers: headers, body: .init(byteBuffer: ByteBuffer(string: body)))
    }
}
