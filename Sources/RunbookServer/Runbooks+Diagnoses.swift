import Foundation
import HTTPTypes
import Hummingbird
import RunbookKit

/// `POST /v1/diagnoses`: what `diagnose --json` prints (JSON) or the reply `diagnose` prints
/// (Markdown), for one `text/plain` paste (named `stdin`, as `diagnose` names standard input) or a
/// JSON object with several pastes and the values already known.
extension Runbooks {
    enum DiagnosisFormat: String, CaseIterable {
        case json = "application/json"
        case markdown = "text/markdown"
    }

    /// What a diagnosis request holds once read.
    struct DiagnosisRequest {
        var flags = RawInput()
        var pastes: [Paste] = []
        var language: Language
    }

    func diagnoses(_ request: Request, text: ServiceText) async throws -> Response {
        let type = try request.requireContentType(["text/plain", "application/json"], text: text)
        guard let format = Negotiation.mediaType(request, offering: DiagnosisFormat.allCases.map(\.rawValue)).flatMap(DiagnosisFormat.init) else {
            throw Problem(.notAcceptable, "not-acceptable", ["types": DiagnosisFormat.allCases.map(\.rawValue).joined(separator: ", ")], text: text)
        }
        let diagnosis: DiagnosisRequest
        if type == "text/plain" {
            let body = try await request.collectBody(limit: limits.bodyBytes, text: text)
            diagnosis = DiagnosisRequest(pastes: [try paste(named: "stdin", data: body, text: text)], language: text.language)
        } else {
            let body = try await request.collectBody(limit: limits.pastesBodyBytes, text: text)
            diagnosis = try decode(json: body, text: text)
        }
        return try answer(diagnosis, format: format, text: self.text(diagnosis.language))
    }

    /// The report or the reply; 422 when the known values break a rule (`diagnose` exits 65).
    func answer(_ diagnosis: DiagnosisRequest, format: DiagnosisFormat, text: ServiceText) throws -> Response {
        let situation: Situation
        switch pipeline.diagnose(flags: diagnosis.flags, pastes: diagnosis.pastes) {
        case .success(let result): situation = result
        case .failure(let diagnostics): throw Problem.invalid(diagnostics, requestProblems: [], text: text)
        }
        switch format {
        case .json:
            let report = DiagnosisReport(situation, language: diagnosis.language, templates: pipeline.templates)
            return Self.json(try ReportJSON.text(encoding: report))
        case .markdown:
            let reply = try pipeline.reply(to: situation, in: diagnosis.language)
            return Response(status: .ok, headers: [.contentType: "text/markdown; charset=utf-8"],
                            body: .init(byteBuffer: ByteBuffer(string: reply)))
        }
    }

    func paste(named name: String, data: Data, text: ServiceText) throws -> Paste {
        do {
            return try PasteFile.checked(name: name, data: data)
        } catch {
            throw Problem(.contentTooLarge, "paste-too-large", ["name": name, "limit": String(Paste.maximumBytes)], text: text)
        }
    }

    /// `{"pastes": [{"name": "ticket.txt", "text": "…"}], "language": "ja", "addon": …}`.
    private func decode(json body: Data, text: ServiceText) throws -> DiagnosisRequest {
        let values = try ValuesRequest(json: body, extras: ["pastes", "language"], text: text)
        var problems = values.issues
        var diagnosis = DiagnosisRequest(flags: values.raw, language: text.language)
        diagnosis.language = values.choice("language", as: Language.self, problems: &problems) ?? text.language
        if let task = values.raw.task, task != RunbookTask.create.rawValue {
            problems.append(.request(.taskCreate, ["task": task]))
        }
        let items = values.values.extras["pastes"] as? [any Sendable] ?? []
        for (index, item) in items.enumerated() {
            guard let object = item as? [String: any Sendable], let pasted = object["text"] as? String,
                  object["name"] == nil || object["name"] is String, Set(object.keys).isSubset(of: ["name", "text"]) else {
                problems.append(.request(.paste, ["index": String(index)]))
                continue
            }
            let name = object["name"] as? String ?? "paste-\(index + 1)"
            diagnosis.pastes.append(try paste(named: name, data: Data(pasted.utf8), text: text))
        }
        if items.isEmpty { problems.append(.request(.pastes)) }
        guard problems.isEmpty else {
            let diagnostics: Diagnostics? = if case .failure(let d) = pipeline.diagnose(flags: values.raw, pastes: []) { d } else { nil }
            throw Problem.invalid(diagnostics, requestProblems: problems, text: text)
        }
        return diagnosis
    }
}
