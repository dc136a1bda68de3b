import Foundation
import Hummingbird
import RunbookKit
@testable import RunbookServer
import Testing

/// `openapi.json` is the one definition of the API: its paths and methods are the route table's,
/// its values objects have exactly the properties of `rules --json`, and every answer of the API
/// tests validates against its schema (an independent validator: Python's jsonschema).
@Suite struct OpenAPITests {
    static var document: [String: Any] {
        (try? JSONSerialization.jsonObject(with: Data(OpenAPIDocument.text.utf8))) as? [String: Any] ?? [:]
    }

    @Test func pathsAndMethodsAreTheRouteTable() {
        let paths = Self.document["paths"] as? [String: [String: Any]] ?? [:]
        #expect(Set(paths.keys) == Set(Route.allCases.filter(\.isAPI).map(\.path)))
        for route in Route.allCases where route.isAPI {
            let documented = Set(paths[route.path]?.keys.map { $0.uppercased() } ?? [])
            #expect(documented == Set(route.methods.filter { $0 != .head }.map(\.rawValue)), "\(route.path)")
        }
        #expect(Self.document["openapi"] as? String == "3.1.0")
    }

    @Test(arguments: ["Values", "RunbookRequest", "DiagnosisRequest"])
    func valuesObjectsHaveThePropertiesOfRulesJSON(schema: String) {
        let schemas = (Self.document["components"] as? [String: Any])?["schemas"] as? [String: [String: Any]] ?? [:]
        let properties = Set((schemas[schema]?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
        let extras: [String: Set<String>] = ["Values": [], "RunbookRequest": ["language", "format"], "DiagnosisRequest": ["language", "pastes"]]
        #expect(properties == Set(RuleSet.standard.fields.map(\.field.jsonKey)).union(extras[schema]!))
    }

    @Test func theDocumentIsServed() async throws {
        try await Service.test { client in
            try await client.execute(uri: "/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == OpenAPIDocument.text)
            }
        }
    }

    /// Each answer, validated by jsonschema against the schema openapi.json gives for its route,
    /// status and type; the statuses must be documented.
    @Test func answersMatchTheirSchemas() async throws {
        let values = try Service.exampleValues()
        let paste = try String(contentsOf: Service.fixture("pastes/create-2.0.txt"), encoding: .utf8)
        let samples = Samples()
        let cases: [(String, HTTPRequest.Method, HTTPFields, ByteBuffer?)] = [
            ("/v1/validations", .post, Service.jsonHeaders, Service.json(values)),
            ("/v1/validations", .post, Service.jsonHeaders, Service.json(["app": "Bad_App", "awsAccountIds": ["1"]])),
            ("/v1/validations", .post, Service.jsonHeaders, ByteBuffer(string: "{")),
            ("/v1/runbooks", .post, Service.jsonHeaders, Service.json(["addon": "a"])),
            ("/v1/runbooks", .post, [.contentType: "text/plain"], ByteBuffer(string: "x")),
            ("/v1/runbooks", .post, [.contentType: "application/json", .accept: "image/png"], Service.json(values)),
            ("/v1/diagnoses", .post, [.contentType: "text/plain"], ByteBuffer(string: paste)),
            ("/v1/diagnoses", .post, Service.jsonHeaders, Service.json(["pastes": [["name": "t.txt", "text": paste]], "addon": "kafka-sushi-12345"])),
            ("/v1/diagnoses", .post, Service.jsonHeaders, Service.json(["pastes": []])),
            ("/v1/diagnoses", .post, [.contentType: "text/plain"], ByteBuffer(repeating: 0x61, count: Paste.maximumBytes + 1)),
            ("/v1/rules", .get, [:], nil),
            ("/openapi.json", .get, [:], nil),
        ]
        try await Service.test { client in
            for (path, method, headers, body) in cases {
                try await client.execute(uri: path, method: method, headers: headers, body: body) { response in
                    let type = response.headers[.contentType]?.split(separator: ";").first.map(String.init) ?? ""
                    samples.append(["path": path, "method": method.rawValue.lowercased(), "status": String(response.status.code),
                                    "type": type, "body": String(buffer: response.body)])
                }
            }
        }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("openapi-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let samplesFile = folder.appendingPathComponent("samples.json")
        try JSONSerialization.data(withJSONObject: samples.all).write(to: samplesFile)
        let specFile = folder.appendingPathComponent("openapi.json")
        try Data(OpenAPIDocument.text.utf8).write(to: specFile)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", Service.packageRoot.appendingPathComponent("Scripts/openapi_check.py").path, specFile.path, samplesFile.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(text)")
        #expect(text.contains("\(cases.count) answers match"), "\(text)")
    }
}

/// The answers collected in the test client's callbacks.
final class Samples: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [[String: String]] = []

    func append(_ sample: [String: String]) { lock.withLock { stored.append(sample) } }
    var all: [[String: String]] { lock.withLock { stored } }
}
