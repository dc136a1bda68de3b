import RunbookCore

/// One of our sentences as one word of a shell command, so that a command can print it in the
/// reader's language. Text goes in single quotes, where nothing is expanded (not even `!` in an
/// interactive shell); a shell variable the sentence mentions is spliced in double quotes.
enum ShellWord {
    enum Piece: Equatable {
        case text(String)
        case variable(String)
    }

    static func quoting(_ pieces: [Piece]) -> String {
        var word = ""
        for piece in merged(pieces) {
            switch piece {
            case .text(let text) where !text.isEmpty:
                word += singleQuoted(text)
            case .variable(let name) where isVariableName(name):
                word += "\"$\(name)\""
            case .variable(let name):
                word += quoting([.text(name)])
            case .text:
                break
            }
        }
        return word.isEmpty ? "''" : word
    }

    /// `'text'`, each `'` in it written `'\''`. On UTF-8 bytes: `'` is one byte and never part of
    /// another character, and splitting Characters cost a batch row 14 %.
    private static func singleQuoted(_ text: String) -> String {
        if text.withUTF8Bytes({ $0.offset(of: UInt8(ascii: "'"), from: 0) }) == nil { return "'\(text)'" }
        var bytes: [UInt8] = [UInt8(ascii: "'")]
        bytes.reserveCapacity(text.utf8.count + 8)
        for byte in text.utf8 {
            if byte == UInt8(ascii: "'") {
                bytes += [UInt8(ascii: "'"), UInt8(ascii: "\\"), UInt8(ascii: "'"), UInt8(ascii: "'")]
            } else {
                bytes.append(byte)
            }
        }
        bytes.append(UInt8(ascii: "'"))
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Adjacent texts as one, so that a sentence is one quoted string between its variables.
    private static func merged(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        for piece in pieces {
            if case .text(let text) = piece, case .text(var previous)? = result.last {
                result.removeLast()  // so that the text is appended to in place
                previous += text
                result.append(.text(previous))
            } else {
                result.append(piece)
            }
        }
        return result
    }

    /// Names the builders give their variables (`STATE`): nothing else is spliced unquoted.
    static func isVariableName(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first == "_" || ("A"..."Z").contains(first) else { return false }
        return name.unicodeScalars.allSatisfy { $0 == "_" || ("A"..."Z").contains($0) || ("0"..."9").contains($0) }
    }
}
