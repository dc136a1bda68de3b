import Hummingbird
import Logging
import NIOConcurrencyHelpers
import NIOCore
import NIOEmbedded
@testable import RunbookServer

/// What a test sees of an answer.
struct TestResponse: Sendable {
    let head: HTTPResponse
    let body: ByteBuffer
    var status: HTTPResponse.Status { head.status }
    var headers: HTTPFields { head.headerFields }
}

/// Sends requests straight to the service's responder, in process and with no socket: the same
/// route table, limits, headers and log line as a served request, without an HTTP client library.
/// (HummingbirdTesting's router mode does the same, but building it brings a second TLS stack and
/// HTTP/2 into every `make test`.)
struct InProcessClient: Sendable {
    let responder: ServiceResponder
    let logger: Logger
    private static let nextID = NIOLockedValueBox(0)

    @discardableResult
    func execute<Value>(uri: String, method: HTTPRequest.Method, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                        testCallback: (TestResponse) async throws -> Value = { $0 }) async throws -> Value {
        var headers = headers
        if let body { headers[.contentLength] = String(body.readableBytes) }
        let request = Request(head: HTTPRequest(method: method, scheme: "http", authority: "localhost", path: uri, headerFields: headers),
                              body: RequestBody(buffer: body ?? ByteBuffer()))
        // The server gives each request's logger an id (`context.id` reads it back).
        var logger = logger
        logger[metadataKey: "hb.request.id"] = "\(Self.nextID.withLockedValue { $0 += 1; return $0 })"
        let context = BasicRequestContext(source: ApplicationRequestContextSource(channel: EmbeddedChannel(), logger: logger))
        let response: Response
        do {
            response = try await responder.respond(to: request, context: context)
        } catch {
            response = Response(status: .internalServerError)
        }
        let writer = CollectingWriter()
        try await response.body.write(writer)
        return try await testCallback(TestResponse(head: response.head, body: writer.collected.withLockedValue { $0 }))
    }
}

/// A response body, collected whole.
private struct CollectingWriter: ResponseBodyWriter {
    let collected = NIOLockedValueBox(ByteBuffer())

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        collected.withLockedValue { $0.writeBuffer(&buffer) }
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
