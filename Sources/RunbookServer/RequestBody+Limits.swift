import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

extension Request {
    /// The whole body, refused with 413 past `limit` bytes: at once when `Content-Length` says so,
    /// otherwise as soon as one byte too many has arrived, so a huge body is never held.
    func collectBody(limit: Int, text: ServiceText) async throws -> Data {
        if let length = headers[.contentLength].flatMap(Int.init), length > limit {
            throw Problem(.contentTooLarge, "too-large", ["limit": String(limit)], text: text)
        }
        do {
            return Data(try await body.collect(upTo: limit).readableBytesView)
        } catch is NIOTooManyBytesError {
            throw Problem(.contentTooLarge, "too-large", ["limit": String(limit)], text: text)
        }
    }

    /// Refuses a body whose media type is not one of `accepted`, with 415 naming them.
    func requireContentType(_ accepted: [String], text: ServiceText) throws -> String {
        guard let type = Negotiation.contentType(self), accepted.contains(type) else {
            var problem = Problem(.unsupportedMediaType, "media-type", ["types": accepted.joined(separator: ", ")], text: text)
            problem.headers[.accept] = accepted.joined(separator: ", ")
            throw problem
        }
        return type
    }
}
