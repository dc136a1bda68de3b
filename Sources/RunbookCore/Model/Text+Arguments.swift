extension Text {
    /// The values a sentence mentions, by the names its catalog entry gives them in braces.
    ///
    /// Written like a dictionary (`["addon": .code(addon)]`), and kept as the literal's own list of
    /// pairs: a sentence mentions one to four values, so finding a name by comparing it is cheaper
    /// than hashing it, and a runbook builds and renders hundreds of sentences (a service request
    /// spent a tenth of its instructions on these dictionaries, hashing, allocating and copying).
    ///
    /// A name holds one value: setting a name again replaces its value, and a literal naming one
    /// twice is a mistake, as it is for a `Dictionary` (checked in debug builds). Two lists are
    /// equal when they hold the same names with the same values, in any order.
    public struct Arguments: Sendable, Equatable, ExpressibleByDictionaryLiteral {
        /// Name and value; the literal's array as it is, so that making one allocates nothing more.
        private var pairs: [(String, Argument)]

        public init() { pairs = [] }

        public init(dictionaryLiteral elements: (String, Argument)...) {
            pairs = elements
            assert(Set(pairs.map(\.0)).count == pairs.count, "a name given twice in \(elements)")
        }

        /// The value named `name`, or nil; setting nil removes the name.
        public subscript(name: String) -> Argument? {
            get {
                for (named, argument) in pairs where named == name { return argument }
                return nil
            }
            set {
                let index = pairs.firstIndex { $0.0 == name }
                switch (index, newValue) {
                case let (index?, argument?): pairs[index].1 = argument
                case let (index?, nil): pairs.remove(at: index)
                case let (nil, argument?): pairs.append((name, argument))
                case (nil, nil): break
                }
            }
        }

        public var isEmpty: Bool { pairs.isEmpty }
        /// The names, in the order they were given.
        public var names: [String] { pairs.map(\.0) }
        /// The values, in the order they were given.
        public var values: [Argument] { pairs.map(\.1) }

        /// The same names, each value transformed.
        public func mapValues(_ transform: (Argument) throws -> Argument) rethrows -> Arguments {
            var mapped = self
            for index in mapped.pairs.indices { mapped.pairs[index].1 = try transform(mapped.pairs[index].1) }
            return mapped
        }

        /// These values and `other`'s; where both name a value, `combine` says which it is.
        public func merging(_ other: Arguments, uniquingKeysWith combine: (Argument, Argument) -> Argument) -> Arguments {
            var merged = self
            for (name, argument) in other.pairs { merged[name] = merged[name].map { combine($0, argument) } ?? argument }
            return merged
        }

        public static func == (lhs: Arguments, rhs: Arguments) -> Bool {
            lhs.pairs.count == rhs.pairs.count && lhs.pairs.allSatisfy { rhs[$0.0] == $0.1 }
        }
    }
}
