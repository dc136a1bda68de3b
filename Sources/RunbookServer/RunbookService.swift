import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore
import ServiceLifecycle

/// `privatelink-runbook serve`: the browser pages and the JSON API on Hummingbird, answering from
/// the same `Pipeline` as the command line. It holds nothing between requests.
public enum RunbookService {
    /// The application for `configuration`; `run` serves it until SIGTERM or SIGINT, the tests
    /// drive it in process. `onListening` receives the address once the port is bound.
    public static func application(_ configuration: ServiceConfiguration, logger: Logger,
                                   onListening: @escaping @Sendable (String) -> Void = { _ in }) -> some ApplicationProtocol {
        let limits = configuration.limits
        return Application(
            responder: ServiceResponder(configuration: configuration, logger: logger),
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(limits.idleSeconds)))),
            configuration: ApplicationConfiguration(
                address: .hostname(configuration.host, port: configuration.port),
                serverName: nil,
                availableConnectionsDelegate: MaximumAvailableConnections(limits.connections)
            ),
            onServerRunning: { channel in
                let port = channel.localAddress?.port ?? configuration.port
                onListening("http://\(configuration.host.contains(":") ? "[\(configuration.host)]" : configuration.host):\(port)")
            },
            logger: logger
        )
    }

    /// Serves until SIGTERM or SIGINT, then stops accepting, finishes the requests in flight, and
    /// returns (the command exits 0).
    public static func run(_ configuration: ServiceConfiguration, logger: Logger,
                           onListening: @escaping @Sendable (String) -> Void = { _ in }) async throws {
        try await application(configuration, logger: logger, onListening: onListening).runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
