import RunbookBuilders
import RunbookCore
import RunbookRender

/// Reads a paste line by line into observations: command lines, Heroku CLI output, AWS CLI JSON,
/// AWS error lines and single values, in any order and mixed with anything else. Lines that none
/// of the readers recognise are collected, so the diagnosis can say what it could not read.
public enum EvidenceReader {
    public struct Reading: Sendable {
        public let paste: Paste
        public var observations: [Observation] = []
        /// Non-blank lines that are not output of a command the runbook knows.
        public var unrecognised: [EvidenceLine] = []
    }

    public static func read(_ paste: Paste) -> Reading {
        var reading = Reading(paste: paste)
        var heroku = HerokuOutputReader.Context()
        /// The last command line, for errors that do not name their command (`Couldn't find that addon.`).
        var lastCommand: RunbookCommand?
        /// The endpoint the last command line named, for the states it prints alone.
        var lastEndpoint: String?
        let contents = paste.contents
        var index = 0
        func record(_ kinds: [Observation.Kind], at index: Int) {
            for kind in kinds { reading.observations.append(Observation(kind, paste.lines[index])) }
        }
        while index < contents.count {
            let content = contents[index]
            // Blank lines, Markdown fences around a paste, the `^C` a terminal echoes on an interrupt,
            // and a prompt with nothing typed after it.
            if content.isEmpty || content.hasPrefix("```") || content.hasPrefix("~~~") || content == "^C" || isBarePrompt(content) {
                index += 1
                continue
            }
            if let kinds = HerokuOutputReader.read(content, context: &heroku) {
                record(kinds.map { kind in
                    guard case .herokuError(let error, .none) = kind else { return kind }
                    return .herokuError(error, after: lastCommand)
                }, at: index)
                index += 1
                continue
            }
            if let command = CommandLineReader.read(content) {
                lastCommand = command.command
                let named = command.observations.compactMap { kind -> String? in
                    if case .value(.endpointID, let id) = kind { return id }
                    return nil
                }
                lastEndpoint = named.count == 1 ? named[0] : nil
                record([.ran(command.command)] + command.observations, at: index)
                index += 1
                continue
            }
            if AWSJSONReader.opensBlock(content) {
                let end = endOfJSONBlock(contents, from: index)
                if let found = AWSJSONReader.read(Array(contents[index..<end]), lines: Array(paste.lines[index..<end])) {
                    reading.observations += found
                } else {
                    reading.unrecognised += paste.lines[index..<end].filter { !$0.text.trimmingSpaces.isEmpty }
                }
                index = end
                continue
            }
            let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            if let kinds = AWSOutputReader.read(content, words: words) {
                record(kinds.map { kind in
                    guard case .endpointState(let state, .none) = kind else { return kind }
                    return .endpointState(state, endpointID: lastEndpoint)
                }, at: index)
            } else if let message = RunbookMessages.message(in: content) {
                record([.runbookMessage(key: message.key, step: message.step, isFailure: message.isFailure)], at: index)
            } else if !ShellWords.isShellSyntax(content) {
                reading.unrecognised.append(paste.lines[index])
            }
            index += 1
        }
        return reading
    }

    /// `$`, `%`, `user@host:~/dir$`: one word ending in a prompt character.
    static func isBarePrompt(_ content: String) -> Bool {
        guard let last = content.last, "$%".contains(last) else { return false }
        return !content.contains(" ") && !content.contains("\t")
    }

    /// The index after a JSON block opened at `start`: where its brackets close, or, for JSON cut
    /// off in the paste, the first line that cannot be JSON.
    private static func endOfJSONBlock(_ contents: [String], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < contents.count {
            if index > start, depth > 0, !AWSJSONReader.continuesBlock(contents[index]) { return index }
            // JSON strings never span lines, so a stray quote cannot hide the rest of the paste.
            var inString = false
            depth = AWSJSONReader.depth(after: contents[index], from: depth, inString: &inString)
            index += 1
            if depth <= 0 { return index }
        }
        return index
    }
}
