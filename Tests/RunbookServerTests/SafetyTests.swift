import Crypto
import Foundation
import Hummingbird
import RunbookKit
@testable import RunbookServer
import Testing

/// The token, the headers every answer carries, and logs that never hold what a client sent.
@Suite struct SafetyTests {
    static let token = "correct-horse-battery-staple-0123456789"

    @Test func aTokenIsRequiredWhenConfigured() async throws {
        let configuration = ServiceConfiguration(token: Self.token)
        let basic = "Basic " + Data("support:\(Self.token)".utf8).base64EncodedString()
        let wrongBasic = "Basic " + Data("\(Self.token):wrong".utf8).base64EncodedString()
        try await Service.test(configuration) { client in
            for header in [nil, "Bearer wrong", "Bearer \(Self.token)x", "Bearer " + Self.token.dropLast(), "Token \(Self.token)",
                           wrongBasic, "Basic !!!"] as [String?] {
                var headers: HTTPFields = [:]
                headers[.authorization] = header
                for path in ["/", "/v1/rules", "/openapi.json", "/nope"] {
                    try await client.execute(uri: path, method: .get, headers: headers) { response in
                        _ = ProblemTests.problem(response, .unauthorized)
                        #expect(response.headers[.wwwAuthenticate]?.hasPrefix("Bearer") == true)
                    }
                }
            }
            for header in ["Bearer \(Self.token)", "bearer \(Self.token)", basic] {
                try await client.execute(uri: "/v1/rules", method: .get, headers: [.authorization: header]) { #expect($0.status == .ok) }
            }
            // The load balancer's check needs no token and tells nothing.
            try await client.execute(uri: "/health", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == "ok\n")
            }
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let values = Service.json(try Service.exampleValues())
        try await Service.test { client in
            let requests: [(String, HTTPRequest.Method, HTTPFields, ByteBuffer?)] = [
                ("/", .get, [:], nil), ("/diagnose", .get, [:], nil), ("/v1/rules", .get, [:], nil), ("/nope", .get, [:], nil),
                ("/v1/runbooks", .post, Service.jsonHeaders, values), ("/openapi.json", .get, [:], nil),
            ]
            for (path, method, headers, body) in requests {
                try await client.execute(uri: path, method: method, headers: headers, body: body) { response in
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(path)")
                    #expect(response.headers[.referrerPolicy] == "no-referrer", "\(path)")
                    #expect(response.headers[.cacheControl] == "no-store", "\(path)")
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.contains("frame-ancestors 'none'"), "\(path)")
                    #expect(policy.hasPrefix("default-src 'none'"), "\(path)")
                }
            }
        }
    }

    /// A page's inline style and script run because the policy names their hashes, and nothing else could.
    @Test(arguments: ["/", "/diagnose"])
    func pagePolicyHashesItsOwnStyleAndScript(path: String) async throws {
        try await Service.test { client in
            try await client.execute(uri: path, method: .get) { response in
                let html = String(buffer: response.body)
                let policy = response.headers[.contentSecurityPolicy] ?? ""
                for tag in ["style", "script"] {
                    let start = try #require(html.range(of: "<\(tag)>"))
                    let end = try #require(html.range(of: "</\(tag)>", range: start.upperBound..<html.endIndex))
                    let source = String(html[start.upperBound..<end.lowerBound])
                    let hash = "'sha256-" + Data(SHA256.hash(data: Data(source.utf8))).base64EncodedString() + "'"
                    #expect(policy.contains("\(tag)-src \(hash)"))
                    #expect(html.components(separatedBy: "<\(tag)").count == 2, "one \(tag) element only")
                }
                #expect(!policy.contains("unsafe"))
                #expect(!html.contains("http://") && !html.contains("https://"), "no address of another host")
            }
        }
    }

    /// One line per request, with method, route, status, duration and request id; never a value,
    /// a paste or a reply, whatever the outcome.
    @Test func logsHoldNoValuePasteOrReply() async throws {
        let log = LogLines()
        let secret = "kafka-secret-4711"
        var values = try Service.exampleValues()
        values["addon"] = secret
        let valid = Service.json(values)
        values["app"] = "Secret_App_4711"
        let invalid = Service.json(values)
        let paste = "$ heroku data:privatelink:create \(secret) --aws-account-ids 123456789101 --app secret-app-4711\n"
        try await Service.test(log: log) { client in
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: Service.jsonHeaders, body: valid) { #expect($0.status == .ok) }
            try await client.execute(uri: "/v1/runbooks", method: .post, headers: Service.jsonHeaders, body: invalid) { #expect($0.status == .unprocessableContent) }
            try await client.execute(uri: "/v1/diagnoses", method: .post, headers: [.contentType: "text/plain", .accept: "text/markdown"],
                                     body: ByteBuffer(string: paste)) { #expect(String(buffer: $0.body).contains(secret)) }
            try await client.execute(uri: "/diagnose", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"],
                                     body: ByteBuffer(string: "paste=" + (paste.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""))) {
                #expect($0.status == .ok)
            }
            try await client.execute(uri: "/\(secret)?app=\(secret)", method: .get) { #expect($0.status == .notFound) }
        }
        let lines = log.all
        #expect(lines.count == 5)
        for line in lines {
            #expect(!line.contains(secret) && !line.contains("4711"), "\(line)")
            for key in ["method=", "route=", "status=", "duration_ms=", "request_id="] { #expect(line.contains(key), "\(line)") }
        }
        #expect(lines.last?.contains("route=(none)") == true)
    }
}
