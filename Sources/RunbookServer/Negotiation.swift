import Foundation
import HTTPTypes
import Hummingbird
import RunbookKit

/// Content negotiation: the language by `Accept-Language` (or the pages' `?lang=` switch), the
/// response type by `Accept`, and the request's media type.
enum Negotiation {
    /// `ja` or `en`, the one `Accept-Language` ranks higher (English when it names neither).
    static func language(_ request: Request) -> Language {
        if let query = request.uri.queryParameters["lang"], let language = Language(rawValue: String(query)) {
            return language
        }
        var best: (language: Language, quality: Double)?
        for (range, quality) in ranges(request.headers[.acceptLanguage]) where quality > 0 {
            let primary = range.split(separator: "-").first.map { $0.lowercased() } ?? ""
            guard let language = Language(rawValue: primary), quality > (best?.quality ?? 0) else { continue }
            best = (language, quality)
        }
        return best?.language ?? .en
    }

    /// The first of `offered` that `Accept` allows, preferring the client's higher quality and then
    /// the order of `offered`; the first offered when there is no `Accept`; nil when none is acceptable.
    static func mediaType(_ request: Request, offering offered: [String]) -> String? {
        guard let header = request.headers[.accept], !header.trimmingCharacters(in: .whitespaces).isEmpty else {
            return offered.first
        }
        let accepted = ranges(header)
        var best: (type: String, quality: Double)?
        for type in offered {
            let quality = accepted.compactMap { range, quality -> (Int, Double)? in
                let specificity = range == type ? 3 : range == type.prefix(while: { $0 != "/" }) + "/*" ? 2 : range == "*/*" ? 1 : 0
                return specificity > 0 ? (specificity, quality) : nil
            }.max { $0.0 < $1.0 }?.1 ?? 0
            if quality > 0, quality > (best?.quality ?? 0) { best = (type, quality) }
        }
        return best?.type
    }

    /// The request's media type without parameters, lowercased (`application/json`).
    static func contentType(_ request: Request) -> String? {
        request.headers[.contentType].map {
            $0.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        }
    }

    /// `a;q=0.5, b` → [("a", 0.5), ("b", 1)]; a malformed quality counts as 1, as most servers read it.
    private static func ranges(_ header: String?) -> [(String, Double)] {
        guard let header else { return [] }
        return header.split(separator: ",").map { item in
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.lowercased().hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)).map { min(max($0, 0), 1) } ?? 1
            }
            return ((parts.first ?? "").lowercased(), quality)
        }
    }
}
