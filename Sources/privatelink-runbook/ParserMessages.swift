import ArgumentParser
import Foundation
import RunbookCore
import RunbookKit

/// Argument errors in the language of `--lang` (else LANG). swift-argument-parser (1.8.2, pinned in
/// Package.resolved) writes its messages in English and offers no way to replace them, but it
/// gives them as text (`fullMessage(for:)`) and its exit code (`exitCode(for:)`): the lines it
/// writes are translated here by their fixed words, with a catalog sentence for each (`parser.*`).
/// A line this does not know stays as the library wrote it; help screens (`--help`) stay English.
enum ParserMessages {
    /// The message language, known before the arguments are parsed: the first of `--lang` if it
    /// names a language, else LC_ALL, LC_MESSAGES or LANG.
    static let language: Language = {
        let arguments = Array(CommandLine.arguments.dropFirst())
        var value: String?
        for (index, argument) in arguments.enumerated() {
            if argument == "--lang", index + 1 < arguments.count { value = arguments[index + 1]; break }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)); break }
        }
        if let first = value?.split(separator: ",").first, let language = Language(rawValue: String(first)) { return language }
        return LanguageOption.localeLanguage
    }()

    static var catalog: Catalog { TemplateSet.embedded.catalog(language) }

    /// The library's messages, by their fixed words (UsageGenerator.swift and MessageInfo.swift of
    /// swift-argument-parser 1.8.2), each with its sentence and the names of its values in order.
    private static let messages: [(pattern: String, key: String, names: [String])] = [
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, "parser.unknown-option.suggestion", ["option", "suggestion"]),
        (#"^Unknown option '(.+)'$"#, "parser.unknown-option", ["option"]),
        (#"^Missing value for '(.+)'$"#, "parser.missing-value", ["option"]),
        (#"^Unexpected argument '(.+)'$"#, "parser.unexpected-argument", ["argument"]),
        (#"^([0-9]+) unexpected arguments: '(.+)'$"#, "parser.unexpected-arguments", ["count", "arguments"]),
        (#"^Missing expected argument '(.+)'$"#, "parser.missing-argument", ["argument"]),
        (#"^Missing one of: '(.+)'$"#, "parser.missing-one-of", ["choices"]),
        (#"^Invalid option: (.+)$"#, "parser.invalid-option", ["option"]),
        (#"^Missing required subcommand\.$"#, "parser.missing-subcommand", []),
        (#"^See '(.+)' for more information\.$"#, "parser.see-help", ["command"]),
    ]

    /// The labels that start the library's lines, with the spacing after each kept as written.
    private static let labels: [(english: String, key: String)] = [("Error:", "parser.error"), ("Help:", "parser.help"), ("Usage:", "parser.usage")]

    /// `text` as the library wrote it, line by line in the message language, with the hint for a
    /// misplaced add-on name after its error line.
    static func localized(_ text: String, arguments: [String] = Array(CommandLine.arguments.dropFirst())) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { localized(line: String($0)) }
        if let hint = misplacedAddonHint(text, arguments: arguments), !lines.isEmpty { lines.insert(hint, at: 1) }
        return lines.joined(separator: "\n")
    }

    /// The Heroku CLI takes the add-on first (`heroku data:privatelink:create ADDON --aws-account-id
    /// …`), so people type it bare here too: the library then says only "Unexpected argument". When
    /// the word would pass the add-on rules and `--addon` was not given, say where it goes.
    static func misplacedAddonHint(_ text: String, arguments: [String]) -> String? {
        guard let subcommand = arguments.first, ["generate", "validate", "diagnose"].contains(subcommand),
              !arguments.contains(where: { $0 == "--addon" || $0.hasPrefix("--addon=") }),
              let match = try? Regex(#"^Error: Unexpected argument '(.+)'$"#).firstMatch(in: text.split(separator: "\n").first.map(String.init) ?? ""),
              let argument = match.output[1].substring.map(String.init),
              RuleSet.standard.firstProblem(with: argument, RuleSet.standard.rules(for: .addon)) == nil
        else { return nil }
        return "  " + catalog.format("parser.unexpected-argument.addon", ["argument": argument])
    }

    private static func localized(line: String) -> String {
        let indentation = String(line.prefix { $0 == " " })
        var rest = String(line.dropFirst(indentation.count))
        var label = ""
        for (english, key) in labels where rest.hasPrefix(english) {
            let spacing = rest.dropFirst(english.count).prefix { $0 == " " }
            label = catalog.format(key) + spacing
            rest = String(rest.dropFirst(english.count + spacing.count))
            // A usage or help line carries the command's own synopsis or abstract: kept as written.
            if key != "parser.error" { return indentation + label + rest }
            break
        }
        return indentation + label + sentence(rest)
    }

    private static func sentence(_ message: String) -> String {
        for (pattern, key, names) in messages {
            guard let match = try? Regex(pattern).wholeMatch(in: message) else { continue }
            var values: [String: String] = [:]
            for (index, name) in names.enumerated() {
                if let substring = match.output[index + 1].substring { values[name] = String(substring) }
            }
            return catalog.format(key, values)
        }
        return message
    }

    /// What `ParsableCommand.exit(withError:)` does, with the text in the message language: help
    /// and `--version` on standard output, errors on standard error, then the library's exit code.
    static func exit(_ command: any ParsableCommand.Type, withError error: any Error) -> Never {
        let code = command.exitCode(for: error)
        let text = command.fullMessage(for: error)
        if !text.isEmpty {
            if code == .success {
                print(text)
            } else {
                FileHandle.standardError.write(Data((localized(text) + "\n").utf8))
            }
        }
        Foundation.exit(code.rawValue)
    }
}

/// A usage error of our own, in the message language: a `ValidationError`, so that the library
/// prints it after its `Error:` with the command's usage and ends with its usage exit code (64).
func usageError(_ key: String, _ values: [String: String] = [:]) -> ValidationError {
    ValidationError(ParserMessages.catalog.format(key, values))
}
