import ArgumentParser
import Foundation
import Logging
import RunbookKit
import RunbookServer

struct Serve: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Serve the runbook form, the ticket page and the JSON API over HTTP.",
        discussion: """
            Answers from the same rules and templates as the other commands: the same runbooks, \
            replies and bytes. Listens on 127.0.0.1 unless --host says otherwise; any other address \
            needs --token-file (requests then carry Authorization: Bearer TOKEN) or --no-auth. Logs \
            one line per request (method, route, status, duration, request id) and never a value, \
            paste or reply. SIGTERM or SIGINT: stops accepting, finishes the requests in flight, exit 0.
            """)

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on; 0 picks a free one (the address is printed).")
    var port = 8080

    @Option(name: .customLong("token-file"), help: ArgumentHelp("A file holding the token every request must carry (Authorization: Bearer TOKEN, or as the password of HTTP Basic).", valueName: "file"))
    var tokenFile: String?

    @Flag(name: .customLong("no-auth"), help: "Serve everyone who can reach --host, without a token.")
    var noAuth = false

    @Option(name: .customLong("max-concurrent-requests"), help: "Requests answered at once; more get 503.")
    var concurrentRequests = 64

    @Option(name: .customLong("request-timeout"), help: "Seconds one request may take; a slower one gets 408.")
    var requestTimeout = 15

    @OptionGroup var templateOption: TemplateOption

    func validate() throws {
        if tokenFile != nil, noAuth { throw ValidationError("--token-file and --no-auth contradict each other: give one") }
        if !ServiceConfiguration.isLoopback(host), tokenFile == nil, !noAuth {
            throw ValidationError("--host \(host) can be reached from other machines: give --token-file FILE, or --no-auth to serve without a token")
        }
        guard (0...65535).contains(port) else { throw ValidationError("--port \(port): give 0 to 65535") }
        guard concurrentRequests >= 1, requestTimeout >= 1 else {
            throw ValidationError("--max-concurrent-requests and --request-timeout take at least 1")
        }
    }

    func run() async throws {
        let templates: TemplateSet
        do { templates = try templateOption.load() } catch { throw Console.exitCode(for: error) }
        var configuration = ServiceConfiguration(host: host, port: port, pipeline: Pipeline(templates: templates))
        configuration.token = try readToken()
        configuration.limits.concurrentRequests = concurrentRequests
        configuration.limits.requestSeconds = requestTimeout
        var logger = Logger(label: "privatelink-runbook") { StreamLogHandler.standardError(label: $0) }
        logger.logLevel = .info
        let authenticated = configuration.token != nil
        try await RunbookService.run(configuration, logger: logger) { address in
            Console.printError("Serving on \(address)/ \(authenticated ? "(token required)" : "(no token)"); SIGTERM or Ctrl-C stops.")
        }
    }

    /// The token, from its file without the final line break; a short one is refused, since it is
    /// all that stands between the network and the customers' values.
    private func readToken() throws -> String? {
        guard let tokenFile else { return nil }
        guard let data = FileManager.default.contents(atPath: tokenFile) else {
            Console.printError("error: cannot read --token-file \(tokenFile)")
            throw Console.cannotOpenInput
        }
        let token = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard token.utf8.count >= 16 else {
            Console.printError("error: the token in \(tokenFile) is shorter than 16 characters; use e.g. openssl rand -hex 32")
            throw Console.invalidInput
        }
        return token
    }
}
