import Foundation
import Testing

/// The section after the connection string, run as printed: the Heroku CLI commands that write
/// the bootstrap servers and the PEM files (with a `heroku` of our own on the PATH that answers
/// `config:get` as the Heroku CLI does, with the value alone), then the check from inside the VPC
/// against a TLS server that, like the brokers, asks for a client certificate.
@Suite(.serialized, .enabled(if: OpenSSL.executable != nil, "no openssl in /usr/bin or /usr/local/bin"))
struct KafkaClientCheckTests {

    /// Runs `command` in `folder` with `bash`, `bin` first on the PATH.
    static func bash(_ command: String, in folder: URL) throws -> Subprocess.Result {
        var environment = ProcessInfo.processInfo.environment
        environment["PATH"] = folder.appendingPathComponent("bin").path + ":" + (environment["PATH"] ?? "/usr/bin:/bin")
        return try Subprocess.run(URL(fileURLWithPath: "/bin/bash"), ["-c", "set -euo pipefail\n" + command],
                                  environment: environment, in: folder)
    }

    /// A certificate authority, the broker's certificate and the client's, as the add-on's
    /// `KAFKA_TRUSTED_CERT`, the broker and `KAFKA_CLIENT_CERT`/`_KEY` would hold them.
    static func makeCertificates(in folder: URL) throws {
        let script = """
            openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -subj /CN=kafka-test-ca -days 2
            openssl req -x509 -newkey rsa:2048 -nodes -keyout other-ca.key -out other-ca.pem -subj /CN=other-ca -days 2
            for name in broker client; do
              openssl req -newkey rsa:2048 -nodes -keyout $name.key -out $name.csr -subj /CN=$name
              openssl x509 -req -in $name.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out $name.pem -days 2
            done
            """
        let result = try bash(script, in: folder)
        #expect(result.status == 0, "\(result.stderr)")
    }

    static func freePort() throws -> Int {
        let result = try Subprocess.run(URL(fileURLWithPath: "/usr/bin/env"),
                                        ["python3", "-c", "import socket; s = socket.socket(); s.bind(('127.0.0.1', 0)); print(s.getsockname()[1])"],
                                        environment: ProcessInfo.processInfo.environment)
        return try #require(Int(result.stdout.trimmingCharacters(in: .whitespacesAndNewlines)))
    }

    @Test(arguments: ["ja", "en"])
    func theClientFilesAndTheCheckRunAsPrinted(_ language: String) throws {
        let markdown = try CLI.run(["generate"] + CLI.articleExampleArguments() + ["--lang", language, "--format", "md", "--stdout"]).stdout
        let commands = RunbookCommands(markdown: markdown).all
        let files = try #require(commands.first { $0.command.contains("heroku config:get KAFKA_CLIENT_CERT_KEY") })
        let check = try #require(commands.first { $0.command.hasPrefix("openssl s_client ") })
        #expect(!RunbookCommands(markdown: markdown).withoutHeroku.contains { $0.command == check.command },
                "the check runs in the VPC, not in the AWS CLI script")

        let folder = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try Self.makeCertificates(in: folder)
        let port = try Self.freePort()
        let bin = folder.appendingPathComponent("bin")
        try FileManager.default.createDirectory(at: bin, withIntermediateDirectories: true)
        // `heroku config:get NAME --app APP` prints the value and a newline, nothing else.
        let heroku = """
            #!/bin/bash
            [ "$1" = config:get ] && [ "$3" = --app ] && [ "$4" = privatelink-vpc-endpoint-demo ] || { echo "unexpected: $*" >&2; exit 2; }
            case "$2" in
              KAFKA_ENDPOINT_01C87AE3C05563935_URL) echo "kafka+ssl://127.0.0.1:\(port),kafka+ssl://127.0.0.1:9" ;;
              KAFKA_TRUSTED_CERT) cat "\(folder.path)/ca.pem" ;;
              KAFKA_CLIENT_CERT) cat "\(folder.path)/client.pem" ;;
              KAFKA_CLIENT_CERT_KEY) cat "\(folder.path)/client.key" ;;
              *) echo "no config var $2" >&2; exit 1 ;;
            esac
            """
        try heroku.write(to: bin.appendingPathComponent("heroku"), atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin.appendingPathComponent("heroku").path)

        let written = try Self.bash(files.command, in: folder)
        #expect(written.status == 0, "\(written.stderr)")
        #expect(written.stdout == "127.0.0.1:\(port),127.0.0.1:9\n", "the bootstrap servers are the host:port parts")
        // The expected output has the same shape: host:port entries, comma-separated.
        let shape = try Regex("^[^:,]+:[0-9]+(,[^:,]+:[0-9]+)*$")
        #expect(try shape.wholeMatch(in: try #require(files.expectedOutput)) != nil)
        for name in ["kafka-trusted-cert.pem", "kafka-client-cert.pem", "kafka-client-cert-key.pem", "kafka-bootstrap-servers.txt"] {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path)
            #expect((attributes[.posixPermissions] as? Int) == 0o600, "\(name) is readable by its owner only")
        }
        #expect(try String(contentsOf: folder.appendingPathComponent("kafka-client-cert-key.pem"), encoding: .utf8).contains("PRIVATE KEY"))

        // A broker that, like Kafka on Heroku, asks for the client's certificate.
        let server = Process()
        server.executableURL = try #require(OpenSSL.executable)
        server.arguments = ["s_server", "-accept", "127.0.0.1:\(port)", "-cert", "broker.pem", "-key", "broker.key",
                            "-CAfile", "ca.pem", "-Verify", "1", "-quiet"]
        server.currentDirectoryURL = folder
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        // s_server does not end on SIGTERM (seen with OpenSSL 3.0.19).
        defer { kill(server.processIdentifier, SIGKILL); server.waitUntilExit() }
        var checked = try Self.bash(check.command, in: folder)
        for _ in 0..<20 where checked.status != 0 && checked.stderr.contains("Connection refused") {
            Thread.sleep(forTimeInterval: 0.2)  // the server is still starting
            checked = try Self.bash(check.command, in: folder)
        }
        #expect(checked.status == 0, "\(checked.stderr)")
        for line in try #require(check.expectedOutput).split(separator: "\n") {
            #expect(checked.stderr.split(separator: "\n").contains(line), "\(line) is not printed on standard error:\n\(checked.stderr)")
        }

        // The wrong CA: the check fails, it does not print the lines that say it worked.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("kafka-trusted-cert.pem"))
        try FileManager.default.copyItem(at: folder.appendingPathComponent("other-ca.pem"), to: folder.appendingPathComponent("kafka-trusted-cert.pem"))
        let refused = try Self.bash(check.command, in: folder)
        #expect(refused.status != 0)
        #expect(!refused.stderr.contains("Verification: OK"))
    }
}

enum OpenSSL {
    static let executable: URL? = ["/usr/bin/openssl", "/usr/local/bin/openssl"].map(URL.init(fileURLWithPath:))
        .first { FileManager.default.isExecutableFile(atPath: $0.path) }
}
