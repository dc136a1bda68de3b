import RunbookCore

/// Phrases the reply and the notes build from several values.
enum ReplyText {
    /// Items as one phrase of the language: "a and b", "a, b and c" (`list.pair`, `list.more`).
    static func list(_ items: [Text.Argument]) -> Text.Argument {
        switch items.count {
        case 0: .plain("")
        case 1: items[0]
        case 2: .sentence(Text("list.pair", ["first": items[0], "second": items[1]]))
        default: .sentence(Text("list.more", ["first": items[0], "rest": list(Array(items.dropFirst()))]))
        }
    }

    /// A quoted line longer than this is cut: the reply stays readable whatever was pasted.
    static let quoteLimit = 500

    static func quoted(_ line: EvidenceLine) -> String {
        line.text.count <= quoteLimit ? line.text : String(line.text.prefix(quoteLimit)) + " …"
    }
}
