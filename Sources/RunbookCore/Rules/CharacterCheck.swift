/// The check every value passes before its own rules: values are taken exactly as typed, so a
/// space, control character, shell or HTML metacharacter, or non-ASCII look-alike is refused and
/// reported by position rather than cleaned up.
package enum CharacterCheck {
    static let metacharacters = Set("`$&|;<>()\"'\\*?[]{}!#~%^".unicodeScalars)

    /// The first character that no rule accepts, with details for its message; nil when all are fine.
    static func firstProblem(in value: String) -> (kind: String, details: [String: String])? {
        for (offset, scalar) in value.unicodeScalars.enumerated() {
            // The details are built for the one character reported, not for every character checked.
            guard let kind = problem(with: scalar) else { continue }
            return (kind, ["character": describe(scalar), "position": String(offset + 1), "codepoint": codePoint(scalar)])
        }
        return nil
    }

    private static func problem(with scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x20: "space"
        case 0..<0x20, 0x7F: "control"
        case 0x80...: "non-ascii"
        default: metacharacters.contains(scalar) ? "metacharacter" : nil
        }
    }

    static func codePoint(_ scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    private static func describe(_ scalar: Unicode.Scalar) -> String {
        scalar.properties.isWhitespace || scalar.value < 0x20 || scalar.value == 0x7F
            || scalar.properties.generalCategory == .format
            ? codePoint(scalar) : String(scalar)
    }
}
