import RunbookCore

/// What a template is rendered with: text, lists and objects, typed, so that the renderer can tell
/// the view's shape (which keys, how many items) apart from its text.
enum MustacheView {
    case text(String)
    case list([MustacheView])
    case object(MustacheProperties)

    /// The form swift-mustache takes (dictionaries and arrays of `Any`).
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.mustacheValue)
        case .object(let properties): Dictionary(zip(properties.keys, properties.values.map(\.mustacheValue))) { $1 }
        }
    }
}

/// An object's properties in the order written (a dictionary literal): the order is part of the
/// shape, and no hashing is needed to build or read them.
struct MustacheProperties: ExpressibleByDictionaryLiteral {
    private(set) var keys: [String] = []
    private(set) var values: [MustacheView] = []

    init(dictionaryLiteral elements: (String, MustacheView)...) {
        keys.reserveCapacity(elements.count + 1)  // + 1: a section appends its role
        values.reserveCapacity(elements.count + 1)
        for (key, value) in elements { append(key, value) }
    }

    mutating func append(_ key: String, _ value: MustacheView) {
        keys.append(key)
        values.append(value)
    }
}
