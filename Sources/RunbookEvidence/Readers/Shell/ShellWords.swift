/// Splits a pasted command line into words as a POSIX shell would for the simple commands the
/// runbook prints: single and double quotes, backslash escapes, and `|`, `;`, `&&` ending the
/// command. An unterminated quote runs to the end of the line rather than failing.
enum ShellWords {
    static func split(_ line: String) -> [String] {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quote: Character?
        var escaped = false
        for character in line {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if let open = quote {
                if character == open {
                    quote = nil
                } else if character == "\\", open == "\"" {
                    escaped = true
                } else {
                    current.append(character)
                }
                continue
            }
            switch character {
            case "'", "\"":
                quote = character
                inWord = true
            case "\\":
                escaped = true
                inWord = true
            case " ", "\t":
                if inWord { words.append(current) }
                current = ""
                inWord = false
            case "|", ";", "&":
                // The pasted command ends here; what follows (`| grep …`) is another command.
                if inWord { words.append(current) }
                return words
            default:
                current.append(character)
                inWord = true
            }
        }
        if inWord { words.append(current) }
        return words
    }

    /// Shell syntax around the runbook's commands (`for … do`, `echo "$STATE"`, `done`, `NAME=value`,
    /// a `case` clause `PATTERN|PATTERN) … ;;`), as pasted with the commands themselves: part of the
    /// transcript, though it shows nothing. A clause's patterns (the principal check's
    /// `"arn:aws:iam::ID:"*`) are not values.
    static func isShellSyntax(_ content: String) -> Bool {
        var words = split(content)[...]
        if let first = words.first, first.last.map({ "$%#".contains($0) }) == true { words = words.dropFirst() }
        guard let command = words.first else { return false }
        let keywords: Set<String> = ["for", "do", "done", "while", "if", "then", "else", "fi", "case", "esac", "echo", "printf",
                                     "test", "sleep", "export"]
        if keywords.contains(command) { return true }
        let clause = content.trimmingPrefix(while: \.isWhitespace)
        if clause.hasSuffix(";;"), let close = clause.firstIndex(of: ")"), !clause[..<close].contains(" ") { return true }
        guard let equals = command.firstIndex(of: "="), equals != command.startIndex else { return false }
        return command[..<equals].allSatisfy { $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }
    }
}
