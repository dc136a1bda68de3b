import RunbookKit

/// What is wrong with a request's object itself, beside its values' problems: a batch row's
/// problem (an unknown property, a number where a string belongs), in `batch`'s words, or one of
/// the service's own request properties, in the service catalog's (`problem.request.…`).
enum RequestIssue: Sendable {
    case row(RowProblem)
    case request(Rule, [String: String] = [:])

    /// The service's own request properties.
    enum Rule: String, Sendable {
        case choice = "request.choice"
        case taskCreate = "request.task-create"
        case paste = "request.paste"
        case pastes = "request.pastes"
    }

    /// The id a problem lists it by.
    var rule: String {
        switch self {
        case .row(let problem): problem.rule.rawValue
        case .request(let rule, _): rule.rawValue
        }
    }

    func message(_ text: ServiceText) -> String {
        switch self {
        case .row(let problem): ValuesObject.message(problem, catalog: text.runbook)
        case .request(let rule, let details): text.format("problem.\(rule.rawValue)", details)
        }
    }
}
