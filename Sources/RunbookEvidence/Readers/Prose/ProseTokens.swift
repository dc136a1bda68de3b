/// A sentence split into tokens for reading values out of it. Japanese writes no spaces between
/// words, so a token ends wherever ASCII meets other scripts (`アドオンはkafka-x-1です` gives
/// `アドオンは`, `kafka-x-1`, `です`), besides spaces and punctuation of either language. Backticks
/// and quotes around a value mark it as one.
struct ProseTokens {
    struct Token: Equatable {
        let text: String
        /// ASCII: a candidate value or an English word; otherwise Japanese (or other) text.
        let isASCII: Bool
        /// Written between backticks or quotes.
        let isQuoted: Bool
    }

    let tokens: [Token]

    /// Characters that separate tokens in either language.
    private static let separators: Set<Character> = [
        " ", "\t", ",", ";", "(", ")", "[", "]", "{", "}", "<", ">", "!", "?", "*",
        "、", "。", "「", "」", "『", "』", "（", "）", "：", "，", "！", "？", "・", "　", "【", "】", "〜", "～", "→",
    ]
    private static let quotes: Set<Character> = ["`", "\"", "'", "“", "”", "‘", "’"]

    init(_ line: String) {
        var tokens: [Token] = []
        var current = ""
        var currentIsASCII = true
        var quoted = false
        var inQuote = false
        func flush() {
            // Sentence punctuation after a value is not part of it (`vpc-0abc.`, `kafka-x:`).
            var text = current
            while let last = text.last, currentIsASCII, ".:".contains(last) { text.removeLast() }
            if !text.isEmpty { tokens.append(Token(text: text, isASCII: currentIsASCII, isQuoted: quoted)) }
            current = ""
            quoted = false
        }
        let characters = Array(line)
        for (offset, character) in characters.enumerated() {
            // An apostrophe inside a word (`don't`, `app's`) is no quote.
            let inWord = offset > 0 && offset + 1 < characters.count && characters[offset - 1].isLetter && characters[offset + 1].isLetter
            if Self.quotes.contains(character), !((character == "'" || character == "’") && inWord) {
                flush()
                inQuote.toggle()
                continue
            }
            if Self.separators.contains(character) {
                flush()
                continue
            }
            let isASCII = character.isASCII
            if !current.isEmpty, isASCII != currentIsASCII { flush() }
            if current.isEmpty { quoted = inQuote }
            currentIsASCII = isASCII
            current.append(character)
        }
        flush()
        self.tokens = tokens
    }
}
