import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// The built binary, `serve --port 0`, driven over a real socket: SIGTERM while a client is still
/// sending its body lets that request finish and the process exit 0; a client too slow for the
/// request time limit gets 408.
@Suite(.serialized) struct ShutdownTests {
    /// A running `privatelink-runbook serve` and the port it printed.
    final class Server {
        let process = Process()
        let port: UInt16
        private let errors = Pipe()

        init(_ arguments: [String] = []) throws {
            process.executableURL = Command.binary
            process.arguments = ["serve", "--port", "0"] + arguments
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            var printed = ""
            let handle = errors.fileHandleForReading
            while !printed.contains("Serving on") || !printed.hasSuffix("\n") {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                printed += String(decoding: chunk, as: UTF8.self)
            }
            guard let range = printed.range(of: #"http://127\.0\.0\.1:(\d+)/"#, options: .regularExpression),
                  let port = UInt16(printed[range].dropFirst("http://127.0.0.1:".count).dropLast()) else {
                process.terminate()
                throw Failure(description: "serve printed no address: \(printed)")
            }
            self.port = port
            // Keep reading the log, so the server never blocks on a full pipe.
            handle.readabilityHandler = { _ = $0.availableData }
        }

        func stop() {
            if process.isRunning { process.terminate() }
            process.waitUntilExit()
            errors.fileHandleForReading.readabilityHandler = nil
        }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// A blocking TCP connection to 127.0.0.1.
    final class Connection {
        let socket: Int32

        init?(port: UInt16) {
            socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = port.bigEndian
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
            if connected != 0 {
                close(socket)
                return nil
            }
        }

        func send(_ text: String) {
            let bytes = Array(text.utf8)
            _ = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        }

        /// Everything until the server closes or `seconds` pass.
        func receive(seconds: Int = 20) -> String {
            var timeout = timeval(tv_sec: seconds, tv_usec: 0)
            setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var data = [UInt8]()
            var buffer = [UInt8](repeating: 0, count: 65536)
            while true {
                let count = recv(socket, &buffer, buffer.count, 0)
                if count <= 0 { break }
                data += buffer[0..<count]
                if let text = String(bytes: data, encoding: .utf8), let head = text.range(of: "\r\n\r\n"),
                   let length = text[..<head.lowerBound].split(separator: "\r\n").first(where: { $0.lowercased().hasPrefix("content-length:") })
                    .flatMap({ Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }),
                   text.utf8.count - text[..<head.upperBound].utf8.count >= length { break }
            }
            return String(decoding: data, as: UTF8.self)
        }

        deinit { close(socket) }
    }

    static let body = #"{"addon": "kafka-sushi-12345", "app": "privatelink-vpc-endpoint-demo", "awsAccountIds": ["123456789101"]}"#

    static func head(length: Int) -> String {
        "POST /v1/validations HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: \(length)\r\n\r\n"
    }

    @Test func sigtermLetsTheRequestInFlightFinishAndExitsZero() throws {
        let server = try Server()
        defer { server.stop() }
        let connection = try #require(Connection(port: server.port))
        let body = Self.body
        connection.send(Self.head(length: body.utf8.count) + String(body.prefix(20)))
        Thread.sleep(forTimeInterval: 0.5)
        kill(server.process.processIdentifier, SIGTERM)
        Thread.sleep(forTimeInterval: 0.5)
        // Stopped accepting: a new client is refused while the first is still sending.
        #expect(Connection(port: server.port) == nil)
        #expect(server.process.isRunning)
        connection.send(String(body.dropFirst(20)))
        let answer = connection.receive()
        #expect(answer.hasPrefix("HTTP/1.1 200 OK"), "\(answer)")
        #expect(answer.contains("\"valid\" : true"))
        server.process.waitUntilExit()
        #expect(server.process.terminationReason == .exit)
        #expect(server.process.terminationStatus == 0)
    }

    @Test func sigintStopsAnIdleServerWithZero() throws {
        let server = try Server()
        kill(server.process.processIdentifier, SIGINT)
        server.process.waitUntilExit()
        #expect(server.process.terminationStatus == 0)
        server.stop()
    }

    @Test func aClientTooSlowForTheTimeLimitGets408() throws {
        let server = try Server(["--request-timeout", "1"])
        defer { server.stop() }
        let slow = try #require(Connection(port: server.port))
        slow.send(Self.head(length: Self.body.utf8.count) + String(Self.body.prefix(10)))
        // Meanwhile another client is answered at once.
        let quick = try #require(Connection(port: server.port))
        quick.send("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        #expect(quick.receive().hasPrefix("HTTP/1.1 200 OK"))
        let answer = slow.receive(seconds: 10)
        #expect(answer.hasPrefix("HTTP/1.1 408 Request Timeout"), "\(answer)")
        #expect(answer.contains("application/problem+json"))
    }
}
