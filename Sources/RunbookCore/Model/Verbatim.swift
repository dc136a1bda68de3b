/// The contents of a fenced block: a command to paste or the output it prints. It is text exactly
/// as written, except for our own sentences (messages a command prints), which each language
/// renders in its own words: inside a command as one quoted shell word, inside an output as the
/// sentence itself. Everything else is decided once, for every language.
public struct Verbatim: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        case literal(String)
        /// One of our sentences, and where a command prints it (nil inside an expected output,
        /// which shows what the reader sees whichever stream it came on).
        case sentence(Text, printedTo: Stream?)
    }

    /// Where a command prints a sentence: what it reports, or why it stopped.
    public enum Stream: Sendable, Equatable {
        case standardOutput
        case standardError
    }

    public internal(set) var parts: [Part]
    /// The shell variables this command sets for the commands after it (`SECURITY_GROUP_ID`).
    public private(set) var exports: [ShellVariable] = []
    /// The shell variables this command needs from the commands before it.
    public private(set) var imports: [String] = []

    public init(_ text: String) {
        parts = [.literal(text)]
    }

    init(parts: [Part]) {
        self.parts = parts
    }

    /// The text with every sentence left out: what stays the same in every language.
    public var literalText: String {
        parts.map { if case .literal(let text) = $0 { text } else { "" } }.joined()
    }

    /// The blocks one after the other, a line each.
    static func lines(_ blocks: [Verbatim]) -> Verbatim {
        var parts: [Part] = []
        for (index, block) in blocks.enumerated() {
            if index > 0 { parts.append(.literal("\n")) }
            parts += block.parts
        }
        return Verbatim(parts: parts)
    }
}

extension Verbatim: ExpressibleByStringInterpolation {
    public init(stringLiteral value: String) {
        self.init(value)
    }

    public init(stringInterpolation: Interpolation) {
        parts = stringInterpolation.parts
    }

    /// `"echo \(Text("shell.done")) >&2"`: values are literal text, a `Text` is a sentence.
    public struct Interpolation: StringInterpolationProtocol {
        var parts: [Part] = []

        public init(literalCapacity: Int, interpolationCount: Int) {}

        public mutating func appendLiteral(_ literal: String) {
            append(literal)
        }

        public mutating func appendInterpolation(_ value: String) {
            append(value)
        }

        public mutating func appendInterpolation(_ value: Int) {
            append(String(value))
        }

        public mutating func appendInterpolation(_ sentence: Text) {
            parts.append(.sentence(sentence, printedTo: nil))
        }

        /// `echo SENTENCE`: what a command reports.
        public mutating func appendInterpolation(echo sentence: Text) {
            append("echo ")
            parts.append(.sentence(sentence, printedTo: .standardOutput))
        }

        /// `echo SENTENCE >&2`: why a command stopped.
        public mutating func appendInterpolation(echoError sentence: Text) {
            append("echo ")
            parts.append(.sentence(sentence, printedTo: .standardError))
            append(" >&2")
        }

        /// Another block's parts, e.g. a command inside a loop.
        public mutating func appendInterpolation(_ block: Verbatim) {
            for part in block.parts {
                if case .literal(let text) = part { append(text) } else { parts.append(part) }
            }
        }

        private mutating func append(_ text: String) {
            guard !text.isEmpty else { return }
            if case .literal(var previous)? = parts.last {
                // Taken out first, so that the text is appended to in place, not copied each time.
                parts.removeLast()
                previous += text
                parts.append(.literal(previous))
            } else {
                parts.append(.literal(text))
            }
        }
    }
}

extension Verbatim {
    /// The command, declaring the variables it sets for later commands and those it needs from
    /// earlier ones: a reply that starts at a later step repeats or names them (the tests check
    /// each declaration against the command's text).
    package func declaring(exports: [ShellVariable] = [], imports: [String] = []) -> Verbatim {
        var declared = self
        declared.exports = exports
        declared.imports = imports
        return declared
    }

    /// Every line indented by `prefix`, for a block nested in a loop or condition.
    func indented(by prefix: String) -> Verbatim {
        var parts: [Part] = [.literal(prefix)]
        for part in self.parts {
            if case .literal(let text) = part {
                parts.append(.literal(Self.indenting(text, by: prefix)))
            } else {
                parts.append(part)
            }
        }
        return Verbatim(parts: parts)
    }

    /// `text` with `prefix` after each line break. On UTF-8 bytes: a line break is one byte, never
    /// part of another character (splitting the text into Characters and joining it again cost
    /// the service 5 % of a runbook).
    private static func indenting(_ text: String, by prefix: String) -> String {
        let lineBreak = UInt8(ascii: "\n")
        guard text.utf8.contains(lineBreak) else { return text }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(text.utf8.count + 8 * prefix.utf8.count)
        for byte in text.utf8 {
            bytes.append(byte)
            if byte == lineBreak { bytes.append(contentsOf: prefix.utf8) }
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}
