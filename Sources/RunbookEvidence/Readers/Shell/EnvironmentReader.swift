/// The region the AWS CLI uses when a command has no `--region`, set in the environment: the AWS
/// CLI reads `AWS_REGION`, then `AWS_DEFAULT_REGION` (AWS CLI User Guide, "Environment variables to
/// configure the AWS CLI"). Read as each shell sets it (`export NAME=value`, `NAME=value` as `env`
/// lists it, fish's `set -x NAME value`, PowerShell's `$env:NAME = "value"`, `cmd.exe`'s
/// `set NAME=value` and `setx NAME value`). A command line with the assignment in front of it
/// (`AWS_REGION=… aws ec2 …`) is the command line reader's.
struct EnvironmentReader: PasteReader {
    static let names: Set<String> = ["AWS_REGION", "AWS_DEFAULT_REGION"]
    /// The words shells use to set a variable (`export`, fish's `set -x`, `cmd.exe`'s `set`, `setx`).
    static let setters: Set<String> = ["export", "set", "setx", "declare", "typeset", "-x", "-gx", "-g", "-Ux", "-U"]

    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        guard let region = Self.region(in: paste.contents[index]) else { return nil }
        return ReaderMatch([.configuredRegion(region)], at: index, in: paste)
    }

    /// The region the line sets, if it sets one of `names`.
    static func region(in content: String) -> String? {
        guard content.contains("AWS_REGION") || content.contains("AWS_DEFAULT_REGION") else { return nil }
        let all = ShellWords.split(Prompt.separatingWindowsPrompt(content))
        // A prompt, then the shell's own word for setting a variable, then the name.
        guard let nameIndex = all.firstIndex(where: { $0.contains("AWS_REGION") || $0.contains("AWS_DEFAULT_REGION") }) else { return nil }
        var before = all[..<nameIndex]
        while let last = before.last, setters.contains(last) { before = before.dropLast() }
        guard before.isEmpty || Prompt.startsCommand(before) else { return nil }
        var words = all[nameIndex...]
        guard var name = words.first else { return nil }
        words = words.dropFirst()
        var value: String?
        if let equals = name.firstIndex(of: "=") {
            value = String(name[name.index(after: equals)...])
            name = String(name[..<equals])
        }
        // PowerShell's `$env:NAME` (any case).
        if name.lowercased().hasPrefix("$env:") { name = String(name.dropFirst(5)) }
        guard names.contains(name) else { return nil }
        if value == nil || value?.isEmpty == true {
            if words.first == "=" { words = words.dropFirst() }
            value = words.first
            words = words.dropFirst()
        }
        // Nothing else on the line: a command after it is the command line reader's.
        guard let value, !value.isEmpty, words.isEmpty else { return nil }
        return value
    }
}
