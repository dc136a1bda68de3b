/// A view for a template written as its shape and its texts, without building a tree: which keys,
/// how many items, where each text goes (the shape, bytes), and the texts in order. The shape is
/// the layout cache's key; on a miss the view is read back from it (`value(markingTexts:)`) for
/// swift-mustache. A runbook's Markdown is written this way, straight from the runbook: building
/// its `MustacheView` tree, describing it and releasing it was a sixth of a request to the service.
///
/// Bytes of the shape: `{` key bytes, `0`, value … `}` for an object; `[` values `]` for a list; `e`
/// for an empty text, `t` for a text, `n` for a text that ends with a line break (a partial indents
/// the line after it). Keys are the renderers' own names: no `0` byte, never starting with `}`.
struct ViewShape {
    private(set) var bytes: [UInt8]
    private(set) var texts: [String] = []
    /// The template's name, which the shape starts with: a shape is a layout of one template.
    private let start: Int

    init(template: String, capacity: Int = 4096) {
        bytes = Array(template.utf8)
        bytes.append(0)
        start = bytes.count
        bytes.reserveCapacity(capacity)
    }

    mutating func text(_ text: String) {
        if text.isEmpty {
            bytes.append(UInt8(ascii: "e"))
        } else {
            bytes.append(text.utf8.last == UInt8(ascii: "\n") ? UInt8(ascii: "n") : UInt8(ascii: "t"))
            texts.append(text)
        }
    }

    /// The next property's name, in an object; its value follows.
    mutating func key(_ key: String) {
        bytes.append(contentsOf: key.utf8)
        bytes.append(0)
    }

    mutating func text(_ key: String, _ text: String) {
        self.key(key)
        self.text(text)
    }

    /// An object: `properties` writes each property, a `key` and its value.
    mutating func object(_ properties: (inout ViewShape) -> Void) {
        bytes.append(UInt8(ascii: "{"))
        properties(&self)
        bytes.append(UInt8(ascii: "}"))
    }

    mutating func object(_ key: String, _ properties: (inout ViewShape) -> Void) {
        self.key(key)
        object(properties)
    }

    /// A list: `item` writes each of `items` as one value.
    mutating func list<Items: Sequence>(_ items: Items, _ item: (inout ViewShape, Items.Element) -> Void) {
        bytes.append(UInt8(ascii: "["))
        for element in items { item(&self, element) }
        bytes.append(UInt8(ascii: "]"))
    }

    mutating func list<Items: Sequence>(_ key: String, _ items: Items, _ item: (inout ViewShape, Items.Element) -> Void) {
        self.key(key)
        list(items, item)
    }

    /// A typed view (the smaller pages build one), written the same way.
    mutating func write(_ view: MustacheView) {
        switch view {
        case .text(let text):
            self.text(text)
        case .list(let items):
            list(items) { $0.write($1) }
        case .object(let properties):
            object { shape in
                for entry in properties.entries {
                    shape.key(entry.key)
                    shape.write(entry.value)
                }
            }
        }
    }

    /// The view as swift-mustache takes it (dictionaries and arrays of `Any`): with its texts, or
    /// with `marker(index, endsWithLineBreak)` in place of the index-th non-empty text.
    func value(marker: ((Int, Bool) -> String)? = nil) -> Any {
        var cursor = start, textIndex = 0
        return value(at: &cursor, textIndex: &textIndex, marker: marker)
    }

    private func value(at cursor: inout Int, textIndex: inout Int, marker: ((Int, Bool) -> String)?) -> Any {
        let byte = bytes[cursor]
        cursor += 1
        switch byte {
        case UInt8(ascii: "e"):
            return ""
        case UInt8(ascii: "t"), UInt8(ascii: "n"):
            defer { textIndex += 1 }
            return marker?(textIndex, byte == UInt8(ascii: "n")) ?? texts[textIndex]
        case UInt8(ascii: "["):
            var items: [Any] = []
            while bytes[cursor] != UInt8(ascii: "]") { items.append(value(at: &cursor, textIndex: &textIndex, marker: marker)) }
            cursor += 1
            return items
        default:  // "{": an object; a later property of the same name wins, as in a dictionary literal
            var properties: [String: Any] = [:]
            while bytes[cursor] != UInt8(ascii: "}") {
                let keyEnd = bytes[cursor...].firstIndex(of: 0)!  // written by `key`
                let key = String(decoding: bytes[cursor..<keyEnd], as: UTF8.self)
                cursor = keyEnd + 1
                properties[key] = value(at: &cursor, textIndex: &textIndex, marker: marker)
            }
            cursor += 1
            return properties
        }
    }
}
