import HTTPTypes
import Hummingbird

/// The headers every answer carries. Pages set their own Content-Security-Policy (hashes of their
/// inline style and script, `SecurityHeaders.pagePolicy`); anything else gets one that allows nothing.
enum SecurityHeaders {
    static func add(to response: inout Response, route: Route?) {
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "no-referrer"
        // Answers hold a customer's values: no shared cache may keep them.
        response.headers[.cacheControl] = "no-store"
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = "default-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"
        }
    }
}

extension HTTPField.Name {
    static let referrerPolicy = HTTPField.Name("Referrer-Policy")!
}
