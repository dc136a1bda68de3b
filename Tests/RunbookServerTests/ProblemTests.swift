import Foundation
import Hummingbird
import RunbookKit
@testable import RunbookServer
import Testing

/// Every error status, as `application/problem+json` in the client's language.
@Suite struct ProblemTests {
    static func problem(_ response: TestResponse, _ status: HTTPResponse.Status,
                        sourceLocation: SourceLocation = #_sourceLocation) -> [String: Any] {
        #expect(response.status == status, sourceLocation: sourceLocation)
        #expect(response.headers[.contentType] == "application/problem+json; charset=utf-8", sourceLocation: sourceLocation)
        let object = Service.decode(response.body)
        #expect(object["status"] as? Int == Int(status.code), sourceLocation: sourceLocation)
        #expect(object["type"] as? String == "about:blank", sourceLocation: sourceLocation)
        #expect(object["title"] as? String == status.reasonPhrase, sourceLocation: sourceLocation)
        #expect((object["detail"] as? String)?.isEmpty == false, sourceLocation: sourceLocation)
        return object
    }

    /// JSON with sorted keys, to compare decoded objects.
    static func canonical(_ object: Any) -> String {
        String(decoding: (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data(), as: UTF8.self)
    }

    @Test func malformedJSONIs400() async throws {
        try await Service.test { client in
            for path in ["/v1/runbooks", "/v1/validations", "/v1/diagnoses"] {
                try await client.execute(uri: path, method: .post, headers: Service.jsonHeaders, body: ByteBuffer(string: "{\"addon\": ")) {
                    _ = Self.problem($0, .badRequest)
                }
                try await client.execute(uri: path, method: .post, headers: Service.jsonHeaders, body: ByteBuffer(string: "[1, 2]")) {
                    _ = Self.problem($0, .badRequest)
                }
            }
        }
    }

    /// Values that break the rules: every problem exactly as `validate --json` lists it.
    @Test func invalidValuesAre422WithTheProblemsOfValidate() async throws {
        let expected = try Command.run(["validate", "--json", "--lang", "ja", "--addon", "kafka-sushi-12345", "--app", "Bad_App",
                                        "--aws-account-id", "12345"])
        let problems = (try JSONSerialization.jsonObject(with: expected.stdout) as? [String: Any])?["problems"] as? [[String: Any]]
        #expect(problems?.count == 2)
        let expectedProblems = Self.canonical(problems ?? [])
        let body = Service.json(["addon": "kafka-sushi-12345", "app": "Bad_App", "awsAccountIds": ["12345"]])
        try await Service.test { client in
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: [.contentType: "application/json", .acceptLanguage: "ja"],
                                     body: body) { response in
                let object = Self.problem(response, .unprocessableContent)
                #expect(Self.canonical(object["problems"] as? [[String: Any]] ?? []) == expectedProblems)
                #expect(object["detail"] as? String == "値が problems に挙げたルールに合っていないため、何も作成していません。")
            }
        }
    }

    @Test func unknownAndMistypedPropertiesAreRequestProblems() async throws {
        var body = try Service.exampleValues()
        body["customer"] = "x"
        body["app"] = 42
        body["format"] = "pdf"
        let buffer = Service.json(body)
        try await Service.test { client in
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: Service.jsonHeaders, body: buffer) { response in
                let object = Self.problem(response, .unprocessableContent)
                let rules = (object["requestProblems"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
                #expect(rules == ["row.not-string", "row.unknown-property", "request.choice"])
                // The app is missing once its number is set aside: the rules say so too.
                let fields = (object["problems"] as? [[String: Any]])?.compactMap { $0["rule"] as? String }
                #expect(fields == ["app.required"])
            }
        }
    }

    @Test func bodiesOverTheLimitAre413() async throws {
        let big = ByteBuffer(repeating: UInt8(ascii: "a"), count: Paste.maximumBytes + 1)
        try await Service.test { client in
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: [.contentType: "text/plain"], body: big) {
                _ = Self.problem($0, .contentTooLarge)
            }
            // Exactly the limit is read.
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: [.contentType: "text/plain"],
                                     body: ByteBuffer(repeating: UInt8(ascii: "a"), count: Paste.maximumBytes)) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/v1/validations", method: .post, headers: Service.jsonHeaders, body: big) {
                _ = Self.problem($0, .contentTooLarge)
            }
            // One paste over 1 MiB inside a JSON body that is itself within its own limit.
            let body: [String: Any] = ["pastes": [["text": String(repeating: "a", count: Paste.maximumBytes + 1)]]]
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: Service.jsonHeaders, body: Service.json(body)) {
                let object = Self.problem($0, .contentTooLarge)
                #expect((object["detail"] as? String)?.contains("paste-1") == true)
            }
        }
    }

    @Test func wrongContentTypeIs415() async throws {
        try await Service.test { client in
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: [.contentType: "text/plain"], body: ByteBuffer(string: "{}")) {
                _ = Self.problem($0, .unsupportedMediaType)
                #expect($0.headers[.accept] == "application/json")
            }
            try await client.execute(uri: "/v1/validations", method: .post, body: ByteBuffer(string: "{}")) {
                _ = Self.problem($0, .unsupportedMediaType)
            }
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: [.contentType: "application/xml"], body: ByteBuffer(string: "<a/>")) {
                _ = Self.problem($0, .unsupportedMediaType)
            }
        }
    }

    @Test func unknownPathIs404AndWrongMethodIs405() async throws {
        try await Service.test { client in
            for path in ["/nope", "/v1", "/v1/runbooks/1", "/openapi.yaml", "/../etc/passwd"] {
                try await client.execute(uri: path, method: .get) { _ = Self.problem($0, .notFound) }
            }
            try await client.execute(uri: "/v1/runbooks", method: .get) {
                _ = Self.problem($0, .methodNotAllowed)
                #expect($0.headers[.allow] == "POST")
            }
            try await client.execute(uri: "/v1/rules", method: .delete) {
                _ = Self.problem($0, .methodNotAllowed)
                #expect($0.headers[.allow] == "GET, HEAD")
            }
        }
    }

    @Test func unacceptableTypeIs406() async throws {
        var object = try Service.exampleValues()
        let values = Service.json(object)
        object["format"] = "md"
        let asMarkdown = Service.json(object)
        try await Service.test { client in
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: [.contentType: "application/json", .accept: "image/png"],
                                     body: values) { _ = Self.problem($0, .notAcceptable) }
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: [.contentType: "application/json", .accept: "text/html"],
                                     body: asMarkdown) { _ = Self.problem($0, .notAcceptable) }
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: [.contentType: "text/plain", .accept: "text/html"],
                                     body: ByteBuffer(string: "x")) { _ = Self.problem($0, .notAcceptable) }
        }
    }

    @Test func diagnosisRequestsAreChecked() async throws {
        let cases: [(ByteBuffer, [String])] = [
            (Service.json(["pastes": []]), ["request.pastes"]),
            (Service.json(["pastes": [["text": 1]], "task": "teardown"]), ["request.task-create", "request.paste"]),
            (Service.json(["pastes": [["text": "x", "extra": 1]], "language": "fr"]), ["request.choice", "request.paste"]),
        ]
        try await Service.test { client in
            for (body, rules) in cases {
                try await client.execute(uri: "/v1/diagnoses", method: .post, headers: Service.jsonHeaders, body: body) {
                    let object = Self.problem($0, .unprocessableContent)
                    #expect((object["requestProblems"] as? [[String: Any]])?.compactMap { $0["rule"] as? String } == rules)
                }
            }
            // A known value that breaks a rule: 422 as `diagnose` exits 65.
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: Service.jsonHeaders,
                                     body: Service.json(["pastes": [["text": ""]], "app": "Bad_App"])) {
                let object = Self.problem($0, .unprocessableContent)
                #expect((object["problems"] as? [[String: Any]])?.first?["rule"] as? String == "app.pattern")
            }
        }
    }

    @Test func tooManyRequestsAtOnceAre503() async throws {
        var configuration = ServiceConfiguration()
        configuration.limits.concurrentRequests = 0
        try await Service.test(configuration) { client in
            try await client.execute(uri: "/v1/rules", method: .get) {
                _ = Self.problem($0, .serviceUnavailable)
                #expect($0.headers[.retryAfter] == "1")
            }
        }
    }

    /// Whatever arrives, the answer is never a 500: random bytes and random JSON to every route.
    @Test func noInputGivesA500() async throws {
        // The requests are drawn first: the client's closure may not share the generator.
        var generator = SystemRandomNumberGenerator()
        let types = ["application/json", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data", ""]
        let fragments = ["{", "}", "[", "]", "\"", ":", ",", "null", "true", "1e999", "-0", "\"addon\"", "\"pastes\"", "\"text\"",
                         "\"awsAccountIds\"", "\"language\"", "\"format\"", "\"zip\"", "\"ja\"", "\\u0000", "\u{FFFF}", "%", "&", "=",
                         "paste", "addon", "kafka-sushi-12345", "\u{1B}[31m", "\r\n", "\u{00}"]
        var requests: [(Route, HTTPRequest.Method, HTTPFields, String)] = []
        for _ in 0..<400 {
            let route = Route.allCases.randomElement(using: &generator)!
            let method: HTTPRequest.Method = [.get, .post, .put, .head].randomElement(using: &generator)!
            var body = ""
            for _ in 0..<Int.random(in: 0...20, using: &generator) { body += fragments.randomElement(using: &generator)! }
            var headers: HTTPFields = [:]
            let type = types.randomElement(using: &generator)!
            if !type.isEmpty { headers[.contentType] = type }
            if Bool.random(using: &generator) { headers[.accept] = ["text/html", "application/zip", "*/*", "text/*;q=0", "x"].randomElement(using: &generator)! }
            requests.append((route, method, headers, body))
        }
        let drawn = requests
        try await Service.test { client in
            for (route, method, headers, body) in drawn {
                try await client.execute(uri: route.path, method: method, headers: headers, body: ByteBuffer(string: body)) { response in
                    #expect(response.status.code < 500, "\(method) \(route.path) \(headers) \(body)")
                }
            }
        }
    }
}
