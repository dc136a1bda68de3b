/// Escaping for text and attribute values placed into HTML or SVG markup.
enum XML {
    /// `text` with the five characters that could end a text node or an attribute value replaced
    /// by entities: safe between tags and inside single- or double-quoted attributes. On UTF-8
    /// bytes (the five are ASCII, never part of another character), and a text that holds none of
    /// them is returned as it is: walking Characters cost a batch row 8 %.
    static func escaped(_ text: String) -> String {
        text.withUTF8Bytes { bytes in
            guard bytes.contains(where: isSpecial) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            for byte in bytes {
                if let entity = entity(for: byte) { result.append(contentsOf: entity.utf8) } else { result.append(byte) }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// Whether `byte` is one of the five (the same five swift-mustache escapes in HTML).
    static func isSpecial(_ byte: UInt8) -> Bool { entity(for: byte) != nil }

    private static func entity(for byte: UInt8) -> String? {
        switch byte {
        case UInt8(ascii: "&"): "&amp;"
        case UInt8(ascii: "<"): "&lt;"
        case UInt8(ascii: ">"): "&gt;"
        case UInt8(ascii: "\""): "&quot;"
        case UInt8(ascii: "'"): "&#39;"
        default: nil
        }
    }
}
