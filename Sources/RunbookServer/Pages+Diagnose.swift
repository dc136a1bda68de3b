import Foundation
import HTTPTypes
import Hummingbird
import RunbookKit

/// `/diagnose`: a paste box; posted, the reply to the customer (what `diagnose` prints for the
/// paste read from standard input) with a Copy button, the engineer's notes beside it, and a form
/// that opens the runbook form with the learned values filled in.
extension Pages {
    func diagnosePage(language: Language) throws -> Response {
        try page("diagnose", diagnoseView(runbooks.text(language), paste: "", reply: language), policy: diagnosePolicy)
    }

    func diagnosis(_ request: Request, text: ServiceText) async throws -> Response {
        let body = try await formBody(request, limit: runbooks.limits.pastesBodyBytes, text: text)
        let language = body["language"].flatMap(Language.init(rawValue:)) ?? text.language
        let pasted = body["paste"] ?? ""
        let paste = try runbooks.paste(named: "stdin", data: Data(pasted.utf8), text: text)
        let situation: Situation
        switch runbooks.pipeline.diagnose(flags: RawInput(), pastes: [paste]) {
        case .success(let result): situation = result
        case .failure(let diagnostics): throw Problem.invalid(diagnostics, requestProblems: [], text: text)
        }
        let reply = try runbooks.pipeline.reply(to: situation, in: language)
        let report = DiagnosisReport(situation, language: language, templates: runbooks.pipeline.templates)
        var view = diagnoseView(text, paste: pasted, reply: language)
        view["result"] = notes(report, text: text)
            .merging(["reply": reply, "replyHeading": text.format("diagnose.reply"), "copy": text.format("diagnose.copy"),
                      "copied": text.format("diagnose.copied")]) { $1 }
        return try page("diagnose", view, policy: diagnosePolicy)
    }

    private func diagnoseView(_ text: ServiceText, paste: String, reply: Language) -> [String: Any] {
        var view = frame(text, path: Route.diagnosePage.path, title: text.format("diagnose.title"), script: diagnoseScript)
        view.merge([
            "intro": text.format("diagnose.intro"), "pasteLabel": text.format("diagnose.paste"),
            "pasteHint": text.format("diagnose.paste.hint"), "fileLabel": text.format("diagnose.file"),
            "languageLegend": text.format("diagnose.language"), "submit": text.format("diagnose.submit"),
            "languages": languageChoices(text, selected: reply, prefix: "form.language"), "paste": paste,
        ]) { $1 }
        return view
    }

    /// What only the engineer needs, from the same report `diagnose --json` prints.
    private func notes(_ report: DiagnosisReport, text: ServiceText) -> [String: Any] {
        let fields = runbooks.pipeline.rules.fields.filter { report.learned[$0.field.jsonKey] != nil }
        func values(_ key: String) -> [String] {
            switch report.learned[key] {
            case .one(let value): [value]
            case .list(let values): values
            case nil: []
            }
        }
        return [
            "notesHeading": text.format("diagnose.notes"),
            "nextStep": report.step.map { text.format("diagnose.next-step", ["step": String($0)]) } ?? text.format("diagnose.done"),
            "findingsHeading": text.format("diagnose.findings"), "noFindings": text.format("diagnose.no-findings"),
            "hasFindings": !report.findings.isEmpty,
            "findings": report.findings.map { finding -> [String: Any] in
                [
                    "id": finding.id.rawValue, "severity": text.format("severity.\(finding.severity.rawValue)"),
                    "step": finding.step.map { text.format("diagnose.step", ["step": String($0)]) } ?? false,
                    "message": finding.message,
                    "evidence": finding.evidence.map {
                        ["where": text.format("diagnose.evidence", ["paste": $0.paste, "line": String($0.number)]), "text": $0.text]
                    },
                ]
            },
            "missingHeading": text.format("diagnose.missing"), "nothingMissing": text.format("diagnose.nothing-missing"),
            "hasMissing": !report.missing.isEmpty, "missing": report.missing,
            "learnedHeading": text.format("diagnose.learned"), "hasLearned": !fields.isEmpty,
            "learned": fields.map { ["key": $0.field.jsonKey, "value": values($0.field.jsonKey).joined(separator: ", ")] },
            "learnedFields": fields.map { ["key": $0.field.jsonKey, "value": values($0.field.jsonKey).joined(separator: "\n")] },
            "openRunbook": text.format("diagnose.open-runbook"),
        ]
    }
}
