import Foundation
import Hummingbird
import Logging
import RunbookKit
@testable import RunbookServer
import Testing

/// Drives the service in process (`InProcessClient`: no socket), and runs the built command line
/// for the bytes the service must equal.
enum Service {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// Runs `body` against a service made with `configuration`; its log lines go to `log`.
    static func test(_ configuration: ServiceConfiguration = ServiceConfiguration(), log: LogLines? = nil,
                     _ body: @Sendable (InProcessClient) async throws -> Void) async throws {
        var logger = Logger(label: "test") { _ -> any LogHandler in
            if let log { return CapturingLogHandler(lines: log) }
            return SwiftLogNoOpLogHandler()
        }
        logger.logLevel = .info
        try await body(InProcessClient(responder: ServiceResponder(configuration: configuration, logger: logger), logger: logger))
    }

    /// The article's example (Output/article-example.args) as the JSON values object.
    static func exampleValues() throws -> [String: Any] {
        let words = try exampleArguments()
        var object: [String: Any] = [:]
        for index in stride(from: 0, to: words.count, by: 2) {
            let field = Field(rawValue: String(words[index].dropFirst(2)))!
            let spec = RuleSet.standard.rules(for: field)
            if spec.isRepeatable {
                object[field.jsonKey] = (object[field.jsonKey] as? [String] ?? []) + [words[index + 1]]
            } else {
                object[field.jsonKey] = words[index + 1]
            }
        }
        return object
    }

    static func exampleArguments() throws -> [String] {
        try String(contentsOf: packageRoot.appendingPathComponent("Output/article-example.args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }

    /// The example's files as `make demo` writes them (kept current by a test of the command line).
    static func output(_ name: String) throws -> Data {
        try Data(contentsOf: packageRoot.appendingPathComponent("Output/kafka-sushi-12345/\(name)"))
    }

    static func json(_ object: Any) -> ByteBuffer {
        ByteBuffer(bytes: try! JSONSerialization.data(withJSONObject: object))
    }

    static func decode(_ buffer: ByteBuffer) -> [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
    }

    static let jsonHeaders: HTTPFields = [.contentType: "application/json"]

    static func fixture(_ path: String) -> URL {
        // The paste corpus belongs to the diagnosis's tests; the goldens to RunbookKit's.
        let owner = path == "pastes" || path.hasPrefix("pastes/") ? "RunbookEvidenceTests" : "RunbookKitTests"
        return packageRoot.appendingPathComponent("Tests/\(owner)/Fixtures/\(path)")
    }
}

/// Runs the built `privatelink-runbook` binary (beside the test bundle), as the CLI tests do.
enum Command {
    struct Result {
        let status: Int32
        let stdout: Data
        var text: String { String(decoding: stdout, as: UTF8.self) }
    }

    static let binary: URL = {
        let beside = Bundle.main.bundleURL.deletingLastPathComponent().appendingPathComponent("privatelink-runbook")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Service.packageRoot.appendingPathComponent(".build/debug/privatelink-runbook")
    }()

    static func run(_ arguments: [String], standardInput: URL? = nil, in folder: URL? = nil) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["LANG"] = "C.UTF-8"
        environment["LC_ALL"] = nil
        environment["LC_MESSAGES"] = nil
        process.environment = environment
        if let folder { process.currentDirectoryURL = folder }
        process.standardInput = try standardInput.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("serve-test-\(UUID().uuidString)")
        FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        process.standardOutput = try FileHandle(forWritingTo: output)
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: try Data(contentsOf: output))
    }
}

/// Every log line the service wrote, with its metadata, to check what it says and what it never says.
final class LogLines: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [String] = []

    func append(_ line: String) { lock.withLock { stored.append(line) } }
    var all: [String] { lock.withLock { stored } }
}

struct CapturingLogHandler: LogHandler {
    let lines: LogLines
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    func log(level: Logger.Level, message: Logger.Message, metadata explicit: Logger.Metadata?,
             source: String, file: String, function: String, line: UInt) {
        let all = metadata.merging(explicit ?? [:]) { $1 }
        lines.append("\(level) \(message) " + all.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))
    }
}
