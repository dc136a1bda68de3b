import Crypto
import Foundation
import HTTPTypes
import Hummingbird

/// The token a request must carry: `Authorization: Bearer TOKEN`, or HTTP Basic with the token as
/// the password (any user name), which lets a browser ask for it on the pages.
struct BearerToken: Sendable {
    private let digest: [UInt8]

    init(_ token: String) {
        digest = Array(SHA256.hash(data: Data(token.utf8)))
    }

    func allows(_ request: Request) -> Bool {
        guard let header = request.headers[.authorization] else { return false }
        let parts = header.split(separator: " ", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return false }
        switch parts[0].lowercased() {
        case "bearer":
            return matches(parts[1])
        case "basic":
            guard let data = Data(base64Encoded: parts[1]), let pair = String(data: data, encoding: .utf8),
                  let colon = pair.firstIndex(of: ":") else { return false }
            return matches(String(pair[pair.index(after: colon)...]))
        default:
            return false
        }
    }

    /// Compares digests of equal length byte by byte without stopping at the first difference, so
    /// the time taken says nothing about how much of the token was right.
    private func matches(_ candidate: String) -> Bool {
        let other = Array(SHA256.hash(data: Data(candidate.utf8)))
        var difference: UInt8 = 0
        for (a, b) in zip(digest, other) { difference |= a ^ b }
        return difference == 0
    }
}
