import RunbookCore

/// What a template is rendered with: text, lists and objects, typed, so that the renderer can tell
/// the view's shape (which keys, how many items) apart from its text.
enum MustacheView: Sendable {
    case text(String)
    case list([MustacheView])
    case object(MustacheProperties)

    /// The form swift-mustache takes (dictionaries and arrays of `Any`).
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.mustacheValue)
        case .object(let properties): Dictionary(properties.entries.map { ($0.key, $0.value.mustacheValue) }) { $1 }
        }
    }
}

/// An object's properties in the order written (a dictionary literal): the order is part of the
/// shape, and no hashing is needed to build or read them. One array of pairs: one allocation an
/// object (a runbook's view has thousands of objects).
struct MustacheProperties: ExpressibleByDictionaryLiteral, Sendable {
    struct Entry: Sendable {
        let key: String
        let value: MustacheView
    }

    private(set) var entries: [Entry] = []

    init(dictionaryLiteral elements: (String, MustacheView)...) {
        entries.reserveCapacity(elements.count + 1)  // + 1: room for a property appended afterwards
        for (key, value) in elements { append(key, value) }
    }

    mutating func append(_ key: String, _ value: MustacheView) {
        entries.append(Entry(key: key, value: value))
    }
}
