extension Verbatim {
    /// The same block with each of our sentences replaced by `transform`'s (a ticket reply words a
    /// few sentences for the customer), keeping the variables it declares.
    package func mappingSentences(_ transform: (Text) -> Text) -> Verbatim {
        var mapped = self
        mapped.parts = parts.map { part in
            if case .sentence(let text, let stream) = part { return .sentence(transform(text), printedTo: stream) }
            return part
        }
        return mapped
    }

    /// The same block with its literal text (not its sentences) passed through `transform`,
    /// keeping the variables it declares.
    package func mappingLiterals(_ transform: (String) -> String) -> Verbatim {
        var mapped = self
        mapped.parts = parts.map { part in
            if case .literal(let text) = part { return .literal(transform(text)) }
            return part
        }
        return mapped
    }
}
