/// What a template is rendered with: text, lists and objects, typed, so that the renderer can tell
/// the view's shape (which keys, how many items) apart from its text.
indirect enum MustacheView {
    case text(String)
    case list([MustacheView])
    case object([String: MustacheView])

    /// The form swift-mustache takes (dictionaries and arrays of `Any`).
    var mustacheValue: Any {
        switch self {
        case .text(let text): text
        case .list(let items): items.map(\.mustacheValue)
        case .object(let properties): properties.mapValues(\.mustacheValue)
        }
    }
}
