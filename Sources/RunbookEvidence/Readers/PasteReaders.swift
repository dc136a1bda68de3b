import RunbookCore
import RunbookRender

/// Every paste reader, grouped by the source of what they read, in the order they are asked:
/// lines that show nothing first, then the Heroku CLI, command lines, the AWS CLI's JSON and
/// one-line output, the runbook's own messages, and shell syntax around the commands.
struct PasteReaders: Sendable {
    let readers: [any PasteReader]

    /// The readers, recognising the runbook's own messages in the sentences of `templates`.
    init(templates: TemplateSet) {
        readers = [
            IgnoredLineReader(),
            HerokuOutputReader(),
            CommandLineReader(),
            AWSJSONReader(),
            AWSOutputReader(),
            RunbookMessageReader(templates: templates),
            ShellSyntaxReader(),
        ]
    }

    /// Reads a paste line by line into observations, in any order and mixed with anything else.
    /// Lines that no reader knows are collected, so the diagnosis can say what it could not read.
    func read(_ paste: Paste) -> Reading {
        var reading = Reading(paste: paste)
        var state = ReadingState()
        var index = 0
        while index < paste.contents.count {
            guard let match = readers.lazy.compactMap({ $0.read(paste, at: index, state: &state) }).first else {
                reading.unrecognised.append(paste.lines[index])
                index += 1
                continue
            }
            reading.observations += match.observations
            reading.unrecognised += match.unrecognised
            index += max(1, match.lineCount)
        }
        return reading
    }
}

/// What one paste shows.
public struct Reading: Sendable {
    public let paste: Paste
    public var observations: [Observation] = []
    /// Non-blank lines that are not output of a command the runbook knows.
    public var unrecognised: [EvidenceLine] = []
}
