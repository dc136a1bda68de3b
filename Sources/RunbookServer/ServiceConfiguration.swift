import RunbookKit

/// How `privatelink-runbook serve` runs: where it listens, who may ask, and how much one request
/// may take. The service holds nothing between requests, so copies behind a load balancer need
/// nothing more than the same configuration.
public struct ServiceConfiguration: Sendable {
    /// The address to listen on; loopback unless the caller has decided otherwise.
    public var host: String
    /// The port; 0 picks a free one (the tests, `make serve-*`).
    public var port: Int
    /// The bearer token every request must carry; nil serves everyone who can connect.
    public var token: String?
    public var limits: ServiceLimits
    /// The rules and templates every answer comes from.
    public var pipeline: Pipeline

    public init(host: String = "127.0.0.1", port: Int = 8080, token: String? = nil,
                limits: ServiceLimits = ServiceLimits(), pipeline: Pipeline = Pipeline()) {
        self.host = host
        self.port = port
        self.token = token
        self.limits = limits
        self.pipeline = pipeline
    }

    /// True for addresses only this machine can reach, where the service may run without a token.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host == "[::1]" || host.hasPrefix("127.")
    }
}

/// What one client may take, so that a slow or huge client cannot starve the others.
public struct ServiceLimits: Sendable {
    /// The largest body of a values object or a `text/plain` paste: the paste limit of `diagnose`.
    public var bodyBytes: Int
    /// The largest body that carries several pastes (JSON, or the diagnose form, whose encoding
    /// makes a 1 MiB paste up to three times larger); each paste is still held to 1 MiB.
    public var pastesBodyBytes: Int
    /// Time for one request, from its head to its last byte of response.
    public var requestSeconds: Int
    /// Requests answered at once; more get 503 with Retry-After.
    public var concurrentRequests: Int
    /// Connections open at once; more wait in the listen backlog.
    public var connections: Int
    /// An idle connection is closed after this long (a client that sends nothing).
    public var idleSeconds: Int

    public init(bodyBytes: Int = Paste.maximumBytes, pastesBodyBytes: Int = 4 * Paste.maximumBytes,
                requestSeconds: Int = 15, concurrentRequests: Int = 64, connections: Int = 256, idleSeconds: Int = 30) {
        self.bodyBytes = bodyBytes
        self.pastesBodyBytes = pastesBodyBytes
        self.requestSeconds = requestSeconds
        self.concurrentRequests = concurrentRequests
        self.connections = connections
        self.idleSeconds = idleSeconds
    }
}
