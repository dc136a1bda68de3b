import Foundation
import RunbookCore

/// What a customer pasted from a terminal, split into lines that can be quoted back as evidence.
///
/// Real pastes are messy, so reading one never fails: bytes that are not UTF-8 become U+FFFD,
/// CRLF, CR and LF all end a line, terminal escapes (colours, cursor moves, titles) are removed,
/// and any other control or invisible formatting character becomes U+FFFD so that a quoted line
/// cannot disturb a terminal or hide text. Secrets (AWS secret keys and session tokens, private
/// keys, passwords in URLs) are masked before anything else reads a line (`SecretMask`), so that no
/// reply, note or report can echo one. Parsers match `content`, which also drops a ticket's quote
/// markers (`>`) and indentation and reads non-breaking spaces as spaces.
public struct Paste: Sendable {
    /// Pastes larger than this are refused before they are read: 1 MiB is far more than the
    /// output of every command of a runbook, and keeps a diagnosis quick.
    public static let maximumBytes = 1 << 20

    /// The name the paste is known by in findings: its file path, or `-` for standard input.
    public let name: String
    /// Every line, numbered from 1, as the customer's terminal showed it.
    public let lines: [EvidenceLine]
    /// Each line as parsers read it: quote markers, indentation and trailing spaces removed.
    let contents: [String]
    /// The secrets that were masked, in paste order.
    public let secrets: [MaskedSecret]

    public init(name: String, text: String) {
        self.name = name
        var lines: [EvidenceLine] = []
        var contents: [String] = []
        var secrets: [MaskedSecret] = []
        var masking = SecretMask()
        for (index, raw) in Self.splitLines(text).enumerated() {
            let (visible, found) = masking.mask(TerminalText.visible(raw))
            let line = EvidenceLine(paste: name, number: index + 1, text: visible)
            lines.append(line)
            contents.append(Self.content(of: visible))
            secrets += found.map { MaskedSecret(kind: $0, line: line) }
        }
        // A final line break does not start another line.
        if lines.count > 1, contents.last == "", lines.last?.text == "" {
            lines.removeLast()
            contents.removeLast()
        }
        self.lines = lines
        self.contents = contents
        self.secrets = secrets
    }

    /// Reads bytes as UTF-8, replacing what is not UTF-8 rather than refusing the paste.
    public init(name: String, data: Data) {
        self.init(name: name, text: String(decoding: data, as: UTF8.self))
    }

    /// True when no line has anything on it.
    public var isBlank: Bool { contents.allSatisfy(\.isEmpty) }

    private static func splitLines(_ text: String) -> [Substring] {
        var lines: [Substring] = []
        var start = text.unicodeScalars.startIndex
        var index = start
        let scalars = text.unicodeScalars
        while index < scalars.endIndex {
            let scalar = scalars[index]
            if scalar == "\n" || scalar == "\r" {
                lines.append(Substring(scalars[start..<index]))
                var next = scalars.index(after: index)
                if scalar == "\r", next < scalars.endIndex, scalars[next] == "\n" { next = scalars.index(after: next) }
                start = next
                index = next
            } else {
                index = scalars.index(after: index)
            }
        }
        lines.append(Substring(scalars[start..<scalars.endIndex]))
        return lines
    }

    /// The line without a ticket's quote markers and indentation, with spaces made plain.
    static func content(of line: String) -> String {
        var scalars = Substring(line).unicodeScalars[...]
        while let first = scalars.first, first == ">" || TerminalText.isSpace(first) {
            scalars = scalars.dropFirst()
        }
        while let last = scalars.last, TerminalText.isSpace(last) { scalars = scalars.dropLast() }
        var result = String.UnicodeScalarView()
        for scalar in scalars { result.append(TerminalText.isSpace(scalar) && scalar != "\t" ? " " : scalar) }
        return String(result)
    }
}

/// A line of a paste: where it is and what it says, for quoting in a finding.
public struct EvidenceLine: Sendable, Equatable, Hashable, Codable {
    /// The paste's name (its file path, or `-` for standard input).
    public let paste: String
    /// 1-based.
    public let number: Int
    /// The line with terminal escapes removed and control characters replaced.
    public let text: String

    public init(paste: String, number: Int, text: String) {
        self.paste = paste
        self.number = number
        self.text = text
    }

    private enum CodingKeys: String, CodingKey {
        case paste
        case number = "line"
        case text
    }
}
