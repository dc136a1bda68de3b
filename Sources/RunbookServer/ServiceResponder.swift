import Foundation
import HTTPTypes
import Hummingbird
import Logging
import RunbookKit
import Synchronization

/// Every request goes through here: the limits, the token, the route (404, 405), the answer, the
/// security headers and one log line. Nothing a client sent is logged: a line carries the method,
/// the route (the path only when it is one of ours), the status, the duration and the request id.
struct ServiceResponder: HTTPResponder {
    typealias Context = BasicRequestContext

    let runbooks: Runbooks
    let pages: Pages
    let token: BearerToken?
    let limits: ServiceLimits
    let logger: Logger
    private let inFlight = InFlight()

    init(configuration: ServiceConfiguration, logger: Logger) {
        let texts = ServiceText.catalogs(templates: configuration.pipeline.templates)
        runbooks = Runbooks(pipeline: configuration.pipeline, texts: texts, limits: configuration.limits)
        pages = Pages(runbooks: runbooks)
        token = configuration.token.map(BearerToken.init)
        limits = configuration.limits
        self.logger = logger
    }

    func respond(to request: Request, context: Context) async throws -> Response {
        let start = ContinuousClock.now
        let route = Route.matching(request.uri.path)
        var response = await answer(request, route: route)
        SecurityHeaders.add(to: &response, route: route)
        let elapsed = (ContinuousClock.now - start).components
        let milliseconds = Double(elapsed.seconds) * 1000 + Double(elapsed.attoseconds) / 1e15
        logger.info("request", metadata: [
            "method": "\(request.method.rawValue)",
            "route": "\(route?.path ?? "(none)")",
            "status": "\(response.status.code)",
            "duration_ms": "\(String(format: "%.1f", milliseconds))",
            "request_id": "\(context.id)",
        ])
        return request.method == .head ? response.createHeadResponse() : response
    }

    private func answer(_ request: Request, route: Route?) async -> Response {
        let text = runbooks.text(Negotiation.language(request))
        guard inFlight.enter(limit: limits.concurrentRequests) else {
            var problem = Problem(.serviceUnavailable, "busy", text: text)
            problem.headers[.retryAfter] = "1"
            return problem.response
        }
        defer { inFlight.leave() }
        if let token, route?.isPublic != true, !token.allows(request) {
            var problem = Problem(.unauthorized, "unauthorized", text: text)
            problem.headers[.wwwAuthenticate] = "Bearer, Basic realm=\"privatelink-runbook\", charset=\"UTF-8\""
            return problem.response
        }
        guard let route else {
            if let page = try? pages.runbookFileOutsideTheDownloads(request, text: text) { return page }
            return Problem(.notFound, "not-found", text: text).response
        }
        guard route.methods.contains(request.method) else {
            var problem = Problem(.methodNotAllowed, "method", ["methods": route.methods.map(\.rawValue).joined(separator: ", ")], text: text)
            problem.headers[.allow] = route.methods.map(\.rawValue).joined(separator: ", ")
            return problem.response
        }
        do {
            return try await withTimeLimit(text: text) {
                try await self.dispatch(request, route: route, text: text)
            }
        } catch let problem as Problem {
            return problem.response
        } catch {
            // A bug, never the client's input: the type only, since a description may quote the input.
            logger.error("unexpected error", metadata: ["error_type": "\(type(of: error))"])
            return Problem(.internalServerError, "internal", text: text).response
        }
    }

    private func dispatch(_ request: Request, route: Route, text: ServiceText) async throws -> Response {
        let method = request.method == .head ? .get : request.method
        switch (route, method) {
        case (.runbooks, _): return try await runbooks.runbooks(request, text: text)
        case (.validations, _): return try await runbooks.validations(request, text: text)
        case (.diagnoses, _): return try await runbooks.diagnoses(request, text: text)
        case (.rules, _): return runbooks.rules(text: text)
        case (.openAPI, _): return OpenAPIDocument.response
        case (.health, _): return Response(status: .ok, headers: [.contentType: "text/plain; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(string: "ok\n")))
        case (.form, .get): return try pages.form(values: RawInput(), language: text.language, showAll: false)
        case (.form, _): return try await pages.submittedForm(request, text: text)
        case (.diagnosePage, .get): return try pages.diagnosePage(language: text.language)
        case (.diagnosePage, _): return try await pages.diagnosis(request, text: text)
        case (.preview, _): return try await pages.preview(request, text: text)
        case (.download, _): return try await pages.download(request, text: text)
        }
    }

    /// Races the answer against the request time limit: a client that sends its body too slowly
    /// gets 408 and its connection back, and its task is cancelled.
    private func withTimeLimit(text: ServiceText, _ operation: @escaping @Sendable () async throws -> Response) async throws -> Response {
        let seconds = limits.requestSeconds
        return try await withThrowingTaskGroup(of: Response.self) { group in
            group.addTask { try await operation() }
            group.addTask {
                try await Task.sleep(for: .seconds(seconds))
                throw Problem(.requestTimeout, "timeout", ["seconds": String(seconds)], text: text)
            }
            defer { group.cancelAll() }
            return try await group.next()!  // two tasks were added
        }
    }
}

/// Requests being answered, counted without a lock on the hot path.
final class InFlight: Sendable {
    private let count = Atomic<Int>(0)

    func enter(limit: Int) -> Bool {
        if count.wrappingAdd(1, ordering: .relaxed).newValue > limit {
            count.wrappingSubtract(1, ordering: .relaxed)
            return false
        }
        return true
    }

    func leave() {
        count.wrappingSubtract(1, ordering: .relaxed)
    }
}
