import RunbookCore
import RunbookRender

/// Every paste reader, grouped by the source of what they read, in the order they are asked:
/// lines that show nothing first, then the Heroku CLI (`heroku addons` before the rest), command
/// lines and environment variables, the AWS CLI's JSON, tables, settings and one-line output, the
/// runbook's own messages, shell syntax around the commands, and last the customer's sentences.
struct PasteReaders: Sendable {
    let readers: [any PasteReader]

    /// The readers, recognising the runbook's own messages in the sentences of `templates`.
    init(templates: TemplateSet) {
        readers = [
            IgnoredLineReader(),
            HerokuAddonsReader(),
            HerokuOutputReader(),
            CommandLineReader(),
            EnvironmentReader(),
            AWSJSONReader(),
            AWSTableReader(),
            AWSConfigureReader(),
            AWSOutputReader(),
            RunbookMessageReader(templates: templates),
            ShellSyntaxReader(),
            ProseReader(),
        ]
    }

    /// Reads a paste line by line into observations, in any order and mixed with anything else.
    /// Lines that no reader knows are collected, so the diagnosis can say what it could not read.
    func read(_ paste: Paste) -> Reading {
        var reading = Reading(paste: paste)
        var state = ReadingState()
        var index = 0
        while index < paste.contents.count {
            guard let match = firstMatch(paste, at: index, state: &state) else {
                reading.unrecognised.append(paste.lines[index])
                index += 1
                continue
            }
            reading.observations += match.observations
            reading.unrecognised += match.unrecognised
            if match.isProse { reading.prose.append(paste.lines[index]) }
            index += max(1, match.lineCount)
        }
        return reading
    }

    /// The first reader's match, each reader asked once: a reader may change the state, and a
    /// lazy `compactMap(…).first` would ask the matching one twice.
    private func firstMatch(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        for reader in readers {
            if let match = reader.read(paste, at: index, state: &state) { return match }
        }
        return nil
    }
}

/// What one paste shows.
public struct Reading: Sendable {
    public let paste: Paste
    public var observations: [Observation] = []
    /// Non-blank lines that are not output of a command the runbook knows, nor sentences.
    public var unrecognised: [EvidenceLine] = []
    /// Sentences the customer wrote around the output.
    public var prose: [EvidenceLine] = []
}
