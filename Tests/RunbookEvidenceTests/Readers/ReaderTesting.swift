@testable import RunbookEvidence

/// Asks one reader about the first line of `text`, as the registry would.
func read(_ reader: some PasteReader, _ text: String, state: ReadingState = ReadingState()) -> (match: ReaderMatch?, state: ReadingState) {
    var state = state
    let match = reader.read(Paste(name: "paste", text: text), at: 0, state: &state)
    return (match, state)
}

/// What the first line of `text` shows to one reader; nil when the reader does not know it.
func kinds(_ reader: some PasteReader, _ text: String, state: ReadingState = ReadingState()) -> [Observation.Kind]? {
    read(reader, text, state: state).match?.observations.map(\.kind)
}
