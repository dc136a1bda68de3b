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
                word += "'" + text.split(separator: "'", omittingEmptySubsequences: false).joined(separator: #"'\''"#) + "'"
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

    /// Adjacent texts as one, so that a sentence is one quoted string between its variables.
    private static func merged(_ pieces: [Piece]) -> [Piece] {
        var result: [Piece] = []
        for piece in pieces {
            if case .text(let text) = piece, case .text(let previous)? = result.last {
                result[result.count - 1] = .text(previous + text)
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
