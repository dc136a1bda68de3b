import Foundation
import HTTPTypes
import Hummingbird
import RunbookKit

/// `/`: a form with every input of `rules --json`, its labels, examples and choices taken from the
/// JSON Schema in the page's language; `/preview` and `/download`: what `generate` writes.
extension Pages {
    func form(values: RawInput, language: Language, showAll: Bool, document: Language? = nil,
              status: HTTPResponse.Status = .ok) throws -> Response {
        let text = runbooks.text(language)
        var problems: [String: [String]] = [:]
        var count = 0
        if showAll, case .failure(let diagnostics) = runbooks.pipeline.validate(values) {
            let report = ValidationReport(.failure(diagnostics), formatter: DiagnosticFormatter(catalog: text.runbook))
            for problem in report.problems ?? [] {
                let repeatable = runbooks.pipeline.rules.fields.first { $0.field.jsonKey == problem.field }?.isRepeatable == true
                problems[problem.field, default: []].append(repeatable && problem.value != nil ? "\(problem.value!): \(problem.message)" : problem.message)
                count += 1
            }
        }
        var view = frame(text, path: Route.form.path, title: text.format("form.title"), script: formScript)
        view.merge([
            "intro": text.format("form.intro"),
            "fields": fields(values: values, problems: problems, text: text),
            "languageLegend": text.format("form.language"),
            "languages": languageChoices(text, selected: document ?? language, prefix: "form.language"),
            "status": !showAll ? "" : count == 0 ? text.format("form.status.valid")
                : text.format(count == 1 ? "form.status.problems.one" : "form.status.problems", ["count": String(count)]),
            "statusValid": text.format("form.status.valid"), "statusProblems": text.format("form.status.problems"),
            "statusProblemsOne": text.format("form.status.problems.one"), "statusIncomplete": text.format("form.status.incomplete"),
            "statusFailed": text.format("form.status.failed"),
            "check": text.format("form.check"), "preview": text.format("form.preview"), "download": text.format("form.download"),
            "downloadMd": text.format("form.download.md"), "downloadHtml": text.format("form.download.html"),
            "downloadZip": text.format("form.download.zip"),
            "previewHeading": text.format("form.preview.heading"), "previewTitle": text.format("form.preview.title"),
        ]) { $1 }
        return try page("form", view, policy: formPolicy, status: status)
    }

    /// One entry per property of `rules --json`, in the rule set's order.
    private func fields(values: RawInput, problems: [String: [String]], text: ServiceText) -> [[String: Any]] {
        let schema = runbooks.pipeline.rules.jsonSchema(catalog: text.runbook)
        let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
        let required = Set(schema["required"] as? [String] ?? [])
        return runbooks.pipeline.rules.fields.compactMap { spec -> [String: Any]? in
            let key = spec.field.jsonKey
            guard let property = properties[key] else { return nil }
            let item = spec.isRepeatable ? property["items"] as? [String: Any] ?? [:] : property
            let example = spec.isRepeatable ? (property["examples"] as? [[String]])?.first?.first : (property["examples"] as? [String])?.first
            let choices = item["enum"] as? [String] ?? []
            let given = values.values(for: spec.field)
            var field: [String: Any] = [
                "key": key, "label": property["description"] as? String ?? key, "hint": text.format("hint.\(key)"),
                "exampleLabel": text.format("form.example"), "example": example ?? "",
                "repeatable": spec.isRepeatable, "value": given.joined(separator: "\n"),
                "problem": problems[key]?.joined(separator: "\n") ?? false,
            ]
            if required.contains(key) {
                field["requiredText"] = text.format("form.required")
            } else if spec.isRequired {
                field["requiredText"] = text.format("form.required-except", ["tasks": spec.optionalFor.map(\.rawValue).joined(separator: ", ")])
            }
            if spec.field == .task || spec.field == .awsSteps {
                // A short list of choices: a select, whose first entry is the default.
                let current = given.first ?? ""
                var options: [[String: Any]] = spec.field == .awsSteps
                    ? [["value": "", "label": text.format("form.aws-steps.default"), "selected": current.isEmpty]] : []
                let prefix = spec.field == .task ? "form.task" : "form.aws-steps"
                options += choices.map { ["value": $0, "label": text.format("\(prefix).\($0)"), "selected": $0 == current] }
                field["select"] = true
                field["options"] = options
            } else if !spec.isRepeatable {
                field["text"] = true
                if !choices.isEmpty { field["list"] = true; field["choices"] = choices }
            }
            return field
        }
    }

    /// `POST /`: the form posted without script, or from the ticket page with the learned values:
    /// filled in again, with every problem beside its field.
    func submittedForm(_ request: Request, text: ServiceText) async throws -> Response {
        let body = try await formBody(request, limit: runbooks.limits.bodyBytes, text: text)
        return try form(values: body.raw(rules: runbooks.pipeline.rules), language: text.language, showAll: true,
                        document: body["language"].flatMap(Language.init(rawValue:)))
    }

    /// `/preview`: the runbook page in the form's frame, exactly as `generate` writes it; its own
    /// Content-Security-Policy travels as a header too, plus leave to be framed by the form.
    func preview(_ request: Request, text: ServiceText) async throws -> Response {
        guard request.method == .post else { return try message("form.preview.empty", text: text) }
        let body = try await formBody(request, limit: runbooks.limits.bodyBytes, text: text)
        let raw = body.raw(rules: runbooks.pipeline.rules)
        guard case .success = runbooks.pipeline.validate(raw) else { return try message("preview.invalid", text: text) }
        let language = body["language"].flatMap(Language.init(rawValue:)) ?? text.language
        let rendered = try runbooks.render(raw, language: language, format: .html, text: text)
        var response = rendered.response()
        response.headers[.contentSecurityPolicy] = Self.metaPolicy(of: String(decoding: rendered.bytes, as: UTF8.self))
            + "; frame-ancestors 'self'"
        return response
    }

    /// `/download`: Markdown, the page, or the zip, as a file; the form with its problems when the
    /// values break a rule (the buttons wait for valid values when the script runs).
    func download(_ request: Request, text: ServiceText) async throws -> Response {
        let body = try await formBody(request, limit: runbooks.limits.bodyBytes, text: text)
        let raw = body.raw(rules: runbooks.pipeline.rules)
        let language = body["language"].flatMap(Language.init(rawValue:)) ?? text.language
        let format = body["format"].flatMap(RunbookFormat.init(rawValue:)) ?? .md
        guard case .success = runbooks.pipeline.validate(raw) else {
            return try form(values: raw, language: text.language, showAll: true, document: language, status: .unprocessableContent)
        }
        return try runbooks.render(raw, language: language, format: format, text: text).response(disposition: "attachment")
    }

    /// The policy the runbook page declares in its `<meta http-equiv>` (hashes of its style and
    /// script; the page template writes it unescaped, with no `"` inside); one that allows nothing
    /// when a template of one's own leaves it out.
    static func metaPolicy(of html: String) -> String {
        let marker = "<meta http-equiv=\"Content-Security-Policy\" content=\""
        guard let start = html.range(of: marker), let end = html[start.upperBound...].firstIndex(of: "\"") else {
            return "default-src 'none'"
        }
        return String(html[start.upperBound..<end])
    }
}
