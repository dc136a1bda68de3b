/// Values people give where an AWS account id belongs, each with the correction its message says
/// (facts file, sections 1 and 2: `ID`, `ID:user/NAME`, `ID:role/NAME`; Heroku lists them as IAM
/// ARNs; the AWS console shows account ids as `1234-5678-9012`).
enum AccountMistakes {
    static let rules: [Rule] = [
        .mistake(.arn, recognises: { $0.hasPrefix("arn:") }, suggest: argument(fromARN:)),
        .mistake(.hyphens, recognises: { withoutHyphens($0) != nil }, suggest: withoutHyphens),
        .mistake(.list, recognises: { listed($0) != nil }, suggest: { value in
            guard let accounts = listed(value), accounts.count > 1 else { return nil }
            return accounts.map { "--aws-account-id \($0)" }.joined(separator: " ")
        }),
    ]

    /// The accounts of `210987654321,123456789012` (spaces around the commas too, and the
    /// `210987654321,` a CSV cell `210987654321, 123456789012` splits into); nil when a part after
    /// a comma is not an account, as in an IAM name, which may hold commas (`user/a,b`).
    static func listed(_ value: String) -> [String]? {
        guard value.contains(",") else { return nil }
        let parts = value.split(separator: ",", omittingEmptySubsequences: false).map { String($0.filter { $0 != " " }) }
        let accounts = parts.filter { !$0.isEmpty }
        guard !accounts.isEmpty, accounts.allSatisfy({ isAccountID(String($0.prefix(12))) }) else { return nil }
        return accounts
    }

    /// `arn:aws:iam::ID:root` → `ID`, `…:user/NAME` → `ID:user/NAME`, `…:role/NAME` →
    /// `ID:role/NAME`, and an STS session `arn:aws:sts::ID:assumed-role/NAME/SESSION` → `ID:role/NAME`.
    static func argument(fromARN arn: String) -> String? {
        let parts = arn.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, isAccountID(parts[4]) else { return nil }
        let id = parts[4], resource = parts[5]
        if resource == "root" { return id }
        for kind in ["user/", "role/"] where resource.hasPrefix(kind) {
            return "\(id):\(kind.dropLast())/\(resource.dropFirst(kind.count).split(separator: "/").last ?? "")"
        }
        if resource.hasPrefix("assumed-role/"), let role = resource.dropFirst("assumed-role/".count).split(separator: "/").first {
            return "\(id):role/\(role)"
        }
        return id
    }

    /// `1234-5678-9012` (and `1234-5678-9012:user/NAME`) without the hyphens; nil for anything else.
    static func withoutHyphens(_ value: String) -> String? {
        let parts = value.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        let groups = parts[0].split(separator: "-", omittingEmptySubsequences: false)
        guard groups.count == 3, groups.allSatisfy({ $0.count == 4 && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }) else { return nil }
        return groups.joined() + (parts.count == 2 ? ":" + parts[1] : "")
    }

    static func isAccountID(_ word: String) -> Bool {
        word.utf8.count == 12 && word.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}
