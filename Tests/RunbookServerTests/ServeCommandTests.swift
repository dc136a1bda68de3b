import Foundation
import Testing

/// `serve`'s own refusals, before it listens: another address needs a token or `--no-auth`, and a
/// token must be long enough to stand between the network and the customers' values.
@Suite struct ServeCommandTests {
    @Test func anotherAddressWithoutATokenIsAUsageError() throws {
        let result = try Command.run(["serve", "--host", "0.0.0.0", "--port", "0"])
        #expect(result.status == 64)
    }

    @Test func bothTokenAndNoAuthIsAUsageError() throws {
        let result = try Command.run(["serve", "--host", "0.0.0.0", "--no-auth", "--token-file", "/dev/null"])
        #expect(result.status == 64)
    }

    @Test func aShortTokenIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("token-\(UUID().uuidString)")
        try Data("short\n".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        #expect(try Command.run(["serve", "--port", "0", "--token-file", file.path]).status == 65)
        #expect(try Command.run(["serve", "--port", "0", "--token-file", file.path + ".missing"]).status == 66)
    }
}
