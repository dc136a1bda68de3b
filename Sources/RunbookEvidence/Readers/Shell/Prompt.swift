/// The prompts customers' shells print before a command, so that the command after one is read
/// whatever shell it came from: POSIX shells (`$`, `#`, `user@host:~$`, `[user@host dir]$`,
/// zsh's `%`, `bash-5.2$`), fish (`user@host ~/dir>`), starship and oh-my-zsh themes (`❯`, `➜  dir
/// git:(main) ✗`, `λ`, `»`), PowerShell (`PS C:\Users\me>`), Windows' `cmd.exe` (`C:\Users\me>`, with
/// no space before the command), and the `> ` continuation prompt, which `Paste` already drops.
enum Prompt {
    /// Characters that end a prompt.
    static let endings: Set<Character> = ["$", "%", "#", ">", "❯", "»", "➜", "λ", "→", "⟩", "❱"]

    /// Characters that start a theme's prompt, before the directory and the branch.
    static let leaders: Set<Character> = ["➜", "❯", "λ", "→", "»", "❱"]

    /// The line with a Windows `cmd.exe` prompt (`C:\dir>aws …`) split from its command, which it
    /// touches; any other line as it is.
    static func separatingWindowsPrompt(_ line: String) -> String {
        let scalars = Array(line.unicodeScalars)
        guard scalars.count > 3, scalars[0].properties.isAlphabetic, scalars[0].isASCII, scalars[1] == ":", scalars[2] == "\\",
              let close = line.firstIndex(of: ">") else { return line }
        let after = line.index(after: close)
        guard after < line.endIndex, line[after] != " " else { return line }
        return String(line[..<after]) + " " + String(line[after...])
    }

    /// Whether the words before a command leave it a command: nothing, a prompt, environment
    /// assignments (`CI=true`) or a command substitution (`STATE=$(`).
    static func startsCommand(_ before: ArraySlice<String>) -> Bool {
        var rest = before
        while let last = rest.last, isAssignment(last) { rest = rest.dropLast() }
        guard let last = rest.last else { return true }
        if last.hasSuffix("$(") { return true }
        if let end = last.last, endings.contains(end) { return true }
        // A theme's prompt: a leading glyph, then a few words of directory and branch.
        if let first = rest.first?.first, leaders.contains(first), rest.count <= 6, !rest.contains(where: { $0.contains("=") }) {
            return true
        }
        // A timestamp before a prompt (`[10:31:02]`) is part of it only with a prompt after.
        return false
    }

    /// `NAME=value` before a command.
    static func isAssignment(_ word: String) -> Bool {
        guard let equals = word.firstIndex(of: "="), equals != word.startIndex, !word.hasSuffix("$(") else { return false }
        return word[..<equals].allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
    }

    /// A continued line without the prompt its shell prints before it: `cmd.exe`'s `More? `
    /// (bash's `> ` and PowerShell's `>> ` are dropped with a ticket's quote markers, by `Paste`).
    static func withoutContinuationPrompt(_ line: String) -> String {
        line.hasPrefix("More? ") ? String(line.dropFirst("More? ".count)) : line
    }

    /// The character that continues a command on the next line in the shell that printed it: `\`
    /// (POSIX shells, fish), `` ` `` (PowerShell), `^` (`cmd.exe`), at the very end of the line.
    static func continues(_ line: String) -> Bool {
        guard let last = line.last else { return false }
        guard last == "\\" || last == "`" || last == "^" else { return false }
        // `\\` is an escaped backslash, not a continuation.
        if last == "\\", line.dropLast().last == "\\" { return false }
        return true
    }
}
