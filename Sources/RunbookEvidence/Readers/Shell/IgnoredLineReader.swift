import RunbookCore

/// Lines that show nothing: blank lines, Markdown fences around a paste, the `^C` a terminal echoes
/// on an interrupt, and a prompt with nothing typed after it.
struct IgnoredLineReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        let content = paste.contents[index]
        guard content.isEmpty || content.hasPrefix("```") || content.hasPrefix("~~~") || content == "^C" || Self.isBarePrompt(content)
        else { return nil }
        return ReaderMatch()
    }

    /// `$`, `%`, `user@host:~/dir$`: one word ending in a prompt character.
    static func isBarePrompt(_ content: String) -> Bool {
        guard let last = content.last, "$%".contains(last) else { return false }
        return !content.contains(" ") && !content.contains("\t")
    }
}

/// Shell syntax around the runbook's commands (`for … do`, `echo "$STATE"`, `done`, `NAME=value`),
/// pasted with the commands themselves: part of the transcript, though it shows nothing.
struct ShellSyntaxReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        ShellWords.isShellSyntax(paste.contents[index]) ? ReaderMatch() : nil
    }
}
