import Foundation

/// A secret found in a paste. The secret itself is never kept: only what kind it was and where.
public struct MaskedSecret: Sendable, Equatable {
    public enum Kind: String, Sendable, CaseIterable, Codable {
        /// An AWS secret access key (40 characters; the half of an access key pair that signs requests).
        case awsSecretAccessKey = "aws-secret-access-key"
        /// The session token of temporary AWS credentials.
        case awsSessionToken = "aws-session-token"
        /// A private key in PEM form (`-----BEGIN … PRIVATE KEY-----`), e.g. `KAFKA_CLIENT_CERT_KEY`.
        case privateKey = "private-key"
        /// The password in a URL (`scheme://user:password@host`), e.g. `DATABASE_URL`.
        case urlPassword = "url-password"
        /// A Heroku API key or OAuth token (`HEROKU_API_KEY`, `heroku auth:token`).
        case herokuAPIKey = "heroku-api-key"
    }

    public let kind: Kind
    /// The line it was on, as shown after masking.
    public let line: EvidenceLine
}

/// Finds secrets in the lines of a paste and replaces them with `SecretMask.mask`, so that no
/// secret reaches a reply, the notes or the JSON report. Masking is done before any reader sees
/// a line: what is masked can be neither quoted nor learned.
///
/// What is a secret (AWS IAM User Guide, "Manage access keys for IAM users": an access key is an
/// access key id and a secret access key, and the secret "can't be retrieved later"; AWS STS
/// temporary credentials add a session token; the Heroku CLI's `KAFKA_CLIENT_CERT_KEY` holds the
/// client certificate's private key, facts file section 7). An access key id (`AKIA…`) alone signs
/// nothing and is left as it is, as `aws configure list` shows its last four characters.
struct SecretMask {
    static let mask = "********"

    /// Names under which a secret's value follows (`NAME=value`, `"Name": "value"`, `name: value`,
    /// the `aws configure` prompt), lower-cased, without `_`, `-` or spaces.
    private static let keys: [(name: String, kind: MaskedSecret.Kind)] = [
        ("awssecretaccesskey", .awsSecretAccessKey), ("secretaccesskey", .awsSecretAccessKey),
        ("awssessiontoken", .awsSessionToken), ("awssecuritytoken", .awsSessionToken), ("sessiontoken", .awsSessionToken),
        ("herokuapikey", .herokuAPIKey), ("kafkaclientcertkey", .privateKey),
    ]

    /// Inside a PEM private key block, until its END line.
    private var inPrivateKey = false

    /// The line with every secret in it masked, and the kinds found.
    mutating func mask(_ line: String) -> (line: String, found: [MaskedSecret.Kind]) {
        var found: [MaskedSecret.Kind] = []
        var text = line
        if inPrivateKey {
            if text.contains("-----END"), text.contains("PRIVATE KEY") {
                inPrivateKey = false
                return (maskingBefore(marker: "-----END", in: text), [.privateKey])
            }
            // A base64 line of the key; anything else ends the block without being a key line.
            if Self.isBase64Line(text) { return (Self.mask, [.privateKey]) }
            inPrivateKey = false
        }
        if let begin = text.range(of: "-----BEGIN"), text[begin.lowerBound...].contains("PRIVATE KEY-----") {
            found.append(.privateKey)
            let afterMarker = text[begin.lowerBound...].range(of: "PRIVATE KEY-----")!.upperBound
            let rest = text[afterMarker...]
            if rest.contains("-----END") {
                // The whole key on one line (a config var shown with `\n` escapes, or `--json`).
                let end = rest.range(of: "-----END")!.lowerBound
                text = String(text[..<afterMarker]) + Self.mask + String(text[end...])
            } else {
                text = String(text[..<afterMarker]) + (String(rest).trimmingSpaces.isEmpty ? "" : " " + Self.mask)
                inPrivateKey = true
            }
        }
        let (keyed, keyedKinds) = Self.maskKeyedValues(text)
        text = keyed
        found += keyedKinds
        let (urls, urlFound) = Self.maskURLPasswords(text)
        text = urls
        if urlFound { found.append(.urlPassword) }
        let (bare, bareKinds) = Self.maskBareTokens(text)
        text = bare
        found += bareKinds
        return (text, found)
    }

    private func maskingBefore(marker: String, in text: String) -> String {
        guard let range = text.range(of: marker) else { return text }
        let before = text[..<range.lowerBound]
        return (String(before).trimmingSpaces.isEmpty ? "" : Self.mask + " ") + String(text[range.lowerBound...])
    }

    /// A line of base64 (a PEM body line), possibly indented or quoted.
    static func isBase64Line(_ text: String) -> Bool {
        let body = text.trimmingSpaces.trimming("\"',")
        guard body.count >= 16 else { return false }
        return body.unicodeScalars.allSatisfy { isBase64($0) }
    }

    static func isBase64(_ scalar: Unicode.Scalar) -> Bool {
        ("A"..."Z").contains(scalar) || ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) || scalar == "+" || scalar == "/" || scalar == "="
    }

    /// `NAME=value`, `NAME: value`, `"Name": "value"`, `Name [****]: value` for the names in `keys`.
    private static func maskKeyedValues(_ text: String) -> (String, [MaskedSecret.Kind]) {
        // Every name in `keys` ends with "key" or "token": a line with neither holds no keyed secret,
        // and is not read name by name (which costs time in proportion to its words).
        let lower = text.lowercased()
        guard lower.contains("key") || lower.contains("token") else { return (text, []) }
        var result = ""
        var found: [MaskedSecret.Kind] = []
        var rest = Substring(text)
        while let (nameRange, kind) = nextKey(in: rest) {
            // The separator: spaces, quotes, `[…]` (the prompt's current value), then `=` or `:`.
            var index = nameRange.upperBound
            var sawSeparator = false
            while index < rest.endIndex {
                let character = rest[index]
                if character == "[" , let close = rest[index...].firstIndex(of: "]") { index = rest.index(after: close); continue }
                if character == "=" || character == ":" { sawSeparator = true; index = rest.index(after: index); continue }
                if character == " " || character == "\"" || character == "'" || character == "\t" { index = rest.index(after: index); continue }
                break
            }
            guard sawSeparator else {
                result += rest[..<nameRange.upperBound]
                rest = rest[nameRange.upperBound...]
                continue
            }
            var end = index
            while end < rest.endIndex, !" \t\"',;".contains(rest[end]) { end = rest.index(after: end) }
            let value = rest[index..<end]
            result += rest[..<index]
            // An empty value, `None` or one already masked by the tool that printed it shows nothing.
            if value.isEmpty || value == "None" || value.hasPrefix("****") || value.hasPrefix("$") || value.hasPrefix("<") {
                result += value
            } else if kind == .privateKey, value.hasPrefix("-----BEGIN") {
                result += value  // the PEM block is masked by its own rule
            } else {
                result += mask
                found.append(kind)
            }
            rest = rest[end...]
        }
        return (result + rest, found)
    }

    /// The first of `keys` in `text`, as a whole name (not part of a longer identifier).
    private static func nextKey(in text: Substring) -> (Range<Substring.Index>, MaskedSecret.Kind)? {
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            guard character.isLetter, character.isASCII, index == text.startIndex || !isNameCharacter(text[text.index(before: index)]) else {
                index = text.index(after: index)
                continue
            }
            // Read a name of letters, `_`, `-` and single spaces (the `aws configure` prompt's
            // "AWS Secret Access Key"), folded to compare with the keys.
            var end = index
            var folded = ""
            var lastKey: (Substring.Index, MaskedSecret.Kind)?
            while end < text.endIndex {
                let next = text[end]
                if next.isLetter, next.isASCII {
                    folded.append(Character(next.lowercased()))
                } else if next == "_" || next == "-" || (next == " " && folded.count < 24) {
                    // separators inside the name
                } else {
                    break
                }
                end = text.index(after: end)
                if let key = keys.first(where: { $0.name == folded }) { lastKey = (end, key.kind) }
                if folded.count > 24 { break }
            }
            if let (keyEnd, kind) = lastKey { return (index..<keyEnd, kind) }
            index = text.index(after: index)
        }
        return nil
    }

    private static func isNameCharacter(_ character: Character) -> Bool {
        character.isLetter || character.isNumber || character == "_"
    }

    /// `scheme://user:password@host`: the password masked, the rest kept.
    private static func maskURLPasswords(_ text: String) -> (String, Bool) {
        var result = ""
        var rest = Substring(text)
        var found = false
        while let scheme = rest.range(of: "://") {
            result += rest[..<scheme.upperBound]
            rest = rest[scheme.upperBound...]
            // The authority ends at the first `/`, `?`, `#` or space.
            let authorityEnd = rest.firstIndex(where: { "/?# \t\"'".contains($0) }) ?? rest.endIndex
            let authority = rest[..<authorityEnd]
            guard let at = authority.lastIndex(of: "@"), let colon = authority[..<at].firstIndex(of: ":") else { continue }
            let password = authority[authority.index(after: colon)..<at]
            guard !password.isEmpty, !password.hasPrefix("****") else { continue }
            result += authority[...colon] + mask
            rest = rest[at...]
            found = true
        }
        return (result + rest, found)
    }

    /// Secrets printed without a name: a 40-character AWS secret access key, a session token
    /// (hundreds of base64 characters), a Heroku API key as `heroku auth:token` prints it.
    private static func maskBareTokens(_ text: String) -> (String, [MaskedSecret.Kind]) {
        var result = ""
        var found: [MaskedSecret.Kind] = []
        var index = text.startIndex
        while index < text.endIndex {
            guard text[index].unicodeScalars.allSatisfy(isBase64) else {
                result.append(text[index])
                index = text.index(after: index)
                continue
            }
            var end = index
            while end < text.endIndex, text[end].unicodeScalars.allSatisfy(isBase64) { end = text.index(after: end) }
            let token = text[index..<end]
            // Part of a longer URL-safe token (an encoded authorization failure message is not a secret).
            let joined = (index > text.startIndex && "-_".contains(text[text.index(before: index)])) || (end < text.endIndex && "-_".contains(text[end]))
            if !joined, let kind = bareKind(token) {
                result += mask
                found.append(kind)
            } else {
                result += token
            }
            index = end
        }
        return (result, found)
    }

    /// AWS secret access keys are 40 characters of base64 (IAM User Guide's example:
    /// `wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY`); session tokens are far longer. A token of
    /// mixed case and digits that long is masked: hex ids and words are never both.
    private static func bareKind(_ token: Substring) -> MaskedSecret.Kind? {
        let scalars = token.unicodeScalars
        let hasUpper = scalars.contains { ("A"..."Z").contains($0) }
        let hasLower = scalars.contains { ("a"..."z").contains($0) }
        let hasDigit = scalars.contains { ("0"..."9").contains($0) }
        guard hasUpper, hasLower, hasDigit else { return nil }
        let body = token.trimming("=")
        if body.count == 40 { return .awsSecretAccessKey }
        if body.count >= 100 { return .awsSessionToken }
        return nil
    }
}

extension StringProtocol {
    /// Without the given characters at either end.
    func trimming(_ set: String) -> String {
        var slice = Substring(self)
        while let first = slice.first, set.contains(first) { slice = slice.dropFirst() }
        while let last = slice.last, set.contains(last) { slice = slice.dropLast() }
        return String(slice)
    }
}
