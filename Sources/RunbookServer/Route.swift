import HTTPTypes

/// Every route the service answers, in one table: the router is built from it, 404 and 405 are
/// decided by it, and a test holds it equal to the paths of `openapi.json`.
enum Route: String, CaseIterable, Sendable {
    case form = "/"
    case diagnosePage = "/diagnose"
    case preview = "/preview"
    case download = "/download"
    case runbooks = "/v1/runbooks"
    case validations = "/v1/validations"
    case diagnoses = "/v1/diagnoses"
    case rules = "/v1/rules"
    case openAPI = "/openapi.json"
    case health = "/health"

    var path: String { rawValue }

    /// The methods the route answers; `HEAD` goes with every `GET`.
    var methods: [HTTPRequest.Method] {
        switch self {
        case .form, .diagnosePage: [.get, .head, .post]
        case .preview: [.get, .head, .post]
        case .download, .runbooks, .validations, .diagnoses: [.post]
        case .rules, .openAPI, .health: [.get, .head]
        }
    }

    /// Part of the JSON API described by `openapi.json`; the others are the browser's pages.
    var isAPI: Bool {
        switch self {
        case .runbooks, .validations, .diagnoses, .rules, .openAPI, .health: true
        case .form, .diagnosePage, .preview, .download: false
        }
    }

    /// Answered without a token: a load balancer's health check carries none, and learns nothing.
    var isPublic: Bool { self == .health }

    static func matching(_ path: String) -> Route? {
        Route(rawValue: path)
    }
}
