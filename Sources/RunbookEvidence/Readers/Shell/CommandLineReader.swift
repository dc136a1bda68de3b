import Foundation
import RunbookCore

/// Reads a pasted command line (`$ heroku data:privatelink:create …`, `user@host:~$ aws ec2 …`,
/// `PS C:\> aws …`, or the command alone; see `Prompt`) into the runbook command it is and the
/// values its flags carry. A command continued over several lines (`\`, PowerShell's `` ` ``,
/// `cmd.exe`'s `^`) is read whole. Flags are read as the tools read them: oclif's
/// `--aws-account-id` takes every bare word after it (facts file, section 1), and the AWS CLI's
/// list options take every word up to the next option.
struct CommandLineReader: PasteReader {
    struct Reading {
        let command: RunbookCommand
        let observations: [Observation.Kind]
    }

    /// At most this many lines are joined into one command.
    static let continuationLimit = 40

    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        var line = paste.contents[index]
        var count = 1
        while Prompt.continues(line), index + count < paste.contents.count, count < Self.continuationLimit {
            line = String(line.dropLast()) + " " + Prompt.withoutContinuationPrompt(paste.contents[index + count])
            count += 1
        }
        guard let command = Self.read(line) else { return nil }
        state.lastCommand = command.command
        let named = command.observations.compactMap { kind -> String? in
            if case .value(.endpointID, let id) = kind { return id }
            return nil
        }
        state.lastEndpoint = named.count == 1 ? named[0] : nil
        state.lastCommandRegion = command.observations.lazy.compactMap { kind -> String? in
            if case .awsRegion(let region) = kind { return region }
            return nil
        }.first
        let evidence = paste.lines[index]
        let observations = ([.ran(command.command)] + command.observations).map { Observation($0, evidence, source: .command) }
        return ReaderMatch(observations: observations, lineCount: count)
    }

    /// The command on `content`, or nil when the line runs neither a runbook `heroku` nor `aws` command.
    static func read(_ content: String) -> Reading? {
        let words = ShellWords.split(Prompt.separatingWindowsPrompt(content)).flatMap(splitAtSubstitution)
        guard let start = words.indices.first(where: { index in
            (words[index] == "heroku" || words[index] == "aws") && Prompt.startsCommand(words[..<index])
        }) else { return nil }
        let arguments = Array(words[(start + 1)...])
        return words[start] == "heroku" ? heroku(arguments) : aws(arguments)
    }

    /// `STATE=$(aws` → `STATE=$(`, `aws`: the command inside a substitution starts a word of its own.
    private static func splitAtSubstitution(_ word: String) -> [String] {
        guard let open = word.range(of: "$("), open.upperBound < word.endIndex else { return [word] }
        return [String(word[..<open.upperBound]), String(word[open.upperBound...])]
    }

    // MARK: Heroku CLI

    private static func heroku(_ arguments: [String]) -> Reading? {
        guard let topic = arguments.first else { return nil }
        let rest = Array(arguments.dropFirst())
        if topic == "plugins:install" {
            return rest.contains(where: { $0.hasSuffix("data-privatelink") }) ? Reading(command: .installPlugin, observations: []) : nil
        }
        if topic == "config" || topic == "config:get" {
            let parsed = OclifArguments(rest)
            return Reading(command: .config, observations: parsed.app.map { [appValue($0)] } ?? [])
        }
        // `heroku addons [--app APP]`, `heroku addons:info ADDON [--app APP]`.
        if topic == "addons" || topic == "addons:info" {
            let parsed = OclifArguments(rest)
            var values = parsed.app.map { [appValue($0)] } ?? []
            if topic == "addons:info", let addon = parsed.positional.first { values.insert(value(.addon, addon), at: 0) }
            return Reading(command: .addons, observations: values)
        }
        guard let command = privateLinkCommand(topic) else { return nil }
        return Reading(command: command, observations: privateLinkValues(OclifArguments(rest), command: command))
    }

    /// `data:privatelink…`, and the hidden aliases `kafka:privatelink…` (and `pg:`, `redis:`) that still run.
    private static func privateLinkCommand(_ topic: String) -> RunbookCommand? {
        var parts = topic.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        guard parts.count >= 2, ["data", "kafka", "pg", "redis"].contains(parts[0]), parts[1] == "privatelink" else { return nil }
        parts.removeFirst(2)
        switch parts {
        case []: return .status
        case ["create"]: return .create
        case ["wait"]: return .wait
        case ["access"]: return .access
        case ["access", "add"]: return .accessAdd
        case ["access", "remove"]: return .accessRemove
        case ["destroy"]: return .destroy
        default: return nil
        }
    }

    static func privateLinkValues(_ parsed: OclifArguments, command: RunbookCommand) -> [Observation.Kind] {
        var values: [Observation.Kind] = []
        if let addon = parsed.positional.first { values.append(value(.addon, addon)) }
        if let app = parsed.app { values.append(appValue(app)) }
        // Accounts being removed are the accounts of the task too (remove-accounts).
        if command == .create || command == .accessAdd || command == .accessRemove {
            values += parsed.accounts.map { value(.awsAccountID, $0) }
        }
        return values
    }

    /// A value, or the article's placeholder typed where the value belongs.
    static func value(_ field: Field, _ word: String) -> Observation.Kind {
        ArticleExample.isPlaceholder(field, word) ? .placeholder(field, word) : .value(field, word)
    }

    /// The app as the CLI prints it: `⬢ ` is the colour theme's mark for an app (heroku-cli-util
    /// 10.x, `color.app`), not part of its name.
    static func appValue(_ word: String) -> Observation.Kind {
        value(.app, word.hasPrefix("⬢") ? String(word.dropFirst()).trimmingSpaces : word)
    }

    // MARK: AWS CLI

    /// Options that take one value (global ones included) and options that take a list.
    private static let listOptions: Set<String> = ["--subnet-ids", "--security-group-ids", "--vpc-endpoint-ids", "--group-ids",
                                                   "--service-names", "--vpc-ids", "--add-security-group-ids"]
    private static let switchOptions: Set<String> = ["--dry-run", "--no-dry-run", "--no-paginate", "--no-cli-pager", "--debug",
                                                     "--no-verify-ssl", "--no-sign-request", "--private-dns-enabled",
                                                     "--no-private-dns-enabled"]

    private static func aws(_ arguments: [String]) -> Reading? {
        var options: [String: [String]] = [:]
        var positional: [String] = []
        var index = 0
        while index < arguments.count {
            let word = arguments[index]
            index += 1
            guard word.hasPrefix("--") else { positional.append(word); continue }
            if let equals = word.firstIndex(of: "=") {
                options[String(word[..<equals]), default: []].append(String(word[word.index(after: equals)...]))
                continue
            }
            if switchOptions.contains(word) { continue }
            var values: [String] = []
            var substituted = false
            while index < arguments.count, !arguments[index].hasPrefix("--") {
                let value = arguments[index]
                index += 1
                // `--subnet-ids $(aws ec2 …)`: the shell computes the value; skip the substitution whole.
                if value.hasPrefix("$(") {
                    substituted = true
                    var depth = 1
                    while index < arguments.count, depth > 0 {
                        depth += arguments[index].filter { $0 == "(" }.count - arguments[index].filter { $0 == ")" }.count
                        index += 1
                    }
                    break
                }
                values.append(value)
                if !listOptions.contains(word) { break }
            }
            if !substituted { options[word, default: []] += values }
        }
        if positional == ["configure"] { return Reading(command: .configure, observations: []) }
        guard positional.count >= 2, let command = awsCommand(service: positional[0], operation: positional[1]) else { return nil }
        var observations: [Observation.Kind] = []
        if command == .configure { return Reading(command: .configure, observations: []) }
        observations += (options["--region"] ?? []).map { .awsRegion($0) }
        observations += (options["--vpc-id"] ?? []).map { .value(.vpcID, $0) }
        observations += (options["--subnet-ids"] ?? []).map { .value(.subnetID, $0) }
        let groups = ["--security-group-ids", "--group-id", "--group-ids", "--add-security-group-ids"].flatMap { options[$0] ?? [] }
        observations += groups.map { .value(.securityGroupID, $0) }
        observations += (options["--vpc-endpoint-ids"] ?? []).map { .value(.endpointID, $0) }
        observations += (options["--vpc-endpoint-id"] ?? []).map { .value(.endpointID, $0) }
        observations += ["--service-name", "--service-names"].flatMap { options[$0] ?? [] }.map { .usedServiceName($0) }
        // A value the shell expands (`"$SECURITY_GROUP_ID"`) is not the value the tool saw.
        return Reading(command: command, observations: observations.filter { !$0.isShellExpansion })
    }

    private static func awsCommand(service: String, operation: String) -> RunbookCommand? {
        switch (service, operation) {
        case ("sts", "get-caller-identity"): .callerIdentity
        case ("ec2", "create-security-group"), ("ec2", "authorize-security-group-ingress"),
             ("ec2", "describe-security-groups"), ("ec2", "describe-vpcs"): .securityGroup
        case ("ec2", "create-vpc-endpoint"), ("ec2", "describe-vpc-endpoints"), ("ec2", "modify-vpc-endpoint"),
             ("ec2", "describe-vpc-endpoint-services"), ("ec2", "describe-subnets"): .vpcEndpoint
        case ("ec2", "delete-vpc-endpoints"): .deleteEndpoint
        case ("ec2", "delete-security-group"): .deleteSecurityGroup
        case ("configure", "get"), ("configure", "list"): .configure
        default: nil
        }
    }
}

/// The arguments of a `data:privatelink` command as oclif parses them: `--app`/`-a`, the greedy
/// repeatable `--aws-account-id`/`-i`, and positional arguments.
struct OclifArguments {
    var positional: [String] = []
    var app: String?
    var accounts: [String] = []

    init(_ words: [String]) {
        var index = 0
        var greedyAccounts = false
        while index < words.count {
            let word = words[index]
            index += 1
            if let (name, inline) = Self.flag(word) {
                greedyAccounts = false
                let value = inline ?? (index < words.count && !words[index].hasPrefix("-") ? words[index] : nil)
                if inline == nil, value != nil { index += 1 }
                switch name {
                case "app", "a": if let value, !value.contains("$") { app = value }
                case "aws-account-id", "i":
                    if let value { accounts.append(value) }
                    greedyAccounts = true
                default: if inline == nil, value != nil { index -= 1 }
                }
                continue
            }
            if greedyAccounts { accounts.append(word) } else { positional.append(word) }
        }
        accounts.removeAll { $0.contains("$") }
        positional.removeAll { $0.contains("$") }
    }

    /// `--name`, `--name=value`, `-a`, `-avalue`: the name and any value written with it.
    private static func flag(_ word: String) -> (String, String?)? {
        if word.hasPrefix("--") {
            let body = word.dropFirst(2)
            guard !body.isEmpty else { return nil }
            if let equals = body.firstIndex(of: "=") { return (String(body[..<equals]), String(body[body.index(after: equals)...])) }
            return (String(body), nil)
        }
        guard word.hasPrefix("-"), word.count >= 2 else { return nil }
        let name = String(word.dropFirst().prefix(1))
        let value = word.dropFirst(2)
        return (name, value.isEmpty ? nil : String(value.hasPrefix("=") ? value.dropFirst() : value))
    }
}

extension Observation.Kind {
    /// A value written as a shell expansion (`$VAR`, `$(…)`): the tool saw something else.
    var isShellExpansion: Bool {
        switch self {
        case .value(_, let value), .usedServiceName(let value), .awsRegion(let value): value.contains("$")
        default: false
        }
    }
}
