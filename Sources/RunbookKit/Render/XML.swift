/// Escaping for text and attribute values placed into HTML or SVG markup.
enum XML {
    /// `text` with the five characters that could end a text node or an attribute value replaced
    /// by entities: safe between tags and inside single- or double-quoted attributes.
    static func escaped(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
