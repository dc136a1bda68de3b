/// Reads one kind of output in a paste: a line it knows, and the lines that belong with it.
/// Readers are asked in the order of `PasteReaders`; the first that knows a line reads it.
protocol PasteReader: Sendable {
    /// What the lines from `index` on show, or nil when the line at `index` is not this reader's.
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch?
}

/// What a reader took from a paste.
struct ReaderMatch: Equatable {
    /// What the lines show, each with the line that shows it.
    var observations: [Observation] = []
    /// How many lines the reader took, from the one it was asked about (at least one).
    var lineCount = 1
    /// Lines the reader took as a whole but could not read (JSON that is no AWS answer).
    var unrecognised: [EvidenceLine] = []
    /// The line is a sentence the customer wrote, not output of a tool.
    var isProse = false

    /// The observations `kinds`, all shown by the line at `index`.
    init(_ kinds: [Observation.Kind], at index: Int, in paste: Paste, source: Observation.Source = .output) {
        observations = kinds.map { Observation($0, paste.lines[index], source: source) }
    }

    init(observations: [Observation] = [], lineCount: Int = 1, unrecognised: [EvidenceLine] = [], isProse: Bool = false) {
        self.observations = observations
        self.lineCount = lineCount
        self.unrecognised = unrecognised
        self.isProse = isProse
    }
}

/// What the readers remember between the lines of one paste.
struct ReadingState: Equatable {
    /// Inside the `KEY: value` listing that `heroku config` prints under its header.
    var inConfigListing = false
    /// The last command line, for errors that do not name their command (`Couldn't find that addon.`).
    var lastCommand: RunbookCommand?
    /// The endpoint the last command line named, for the states it prints alone.
    var lastEndpoint: String?
    /// The `--region` the last AWS command line gave, for the errors it prints.
    var lastCommandRegion: String?
    /// Inside a table `heroku addons` prints, and which of its two layouts.
    var addonsTable: AddonsTable?
    /// The add-on `heroku addons:info` named in its header, for the `Plan:` line under it.
    var addonInfoName: String?
    /// The bytes of this paste read as the customer's own words so far (ProseReader's budget).
    var proseBytes = 0

    enum AddonsTable: Equatable {
        /// `heroku addons --app APP`: `service (name)` rows with attachment lines under them.
        case app
        /// `heroku addons --all`: `Owning App  Add-on  Plan …` rows.
        case all
    }
}
