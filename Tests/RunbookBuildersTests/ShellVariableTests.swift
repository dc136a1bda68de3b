import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookBuilders

/// Each command declares the shell variables it sets for later commands and those it needs from
/// earlier ones (a ticket reply that starts at a later step relies on them). These tests read the
/// commands' text to check that every declaration is true and none is missing.
@Suite struct ShellVariableTests {
    /// Every command block of every task, for inputs that between them take every path.
    static func commands() throws -> [(name: String, commands: [Verbatim])] {
        var runbooks: [(String, [Verbatim])] = []
        var withCIDR = earlyInput
        withCIDR.cidr = "10.1.0.0/16"
        var existing = articleExample
        existing.securityGroupID = "sg-0123456789abcdef0"
        for task in RunbookTask.allCases {
            for (name, base) in [("article", articleExample), ("early", earlyInput), ("cidr", withCIDR), ("existing", existing)] {
                let raw = adapted(base, to: task)
                let runbook = RunbookBuilder().build(try RuleSet.standard.validate(raw).get())
                let commands = runbook.sections.flatMap(\.steps).flatMap(\.blocks).compactMap { block -> Verbatim? in
                    if case .command(let command) = block { return command }
                    return nil
                }
                runbooks.append(("\(task.rawValue) \(name)", commands))
            }
        }
        return runbooks
    }

    @Test func declarationsMatchWhatEachCommandSetsAndUses() throws {
        for (name, commands) in try Self.commands() {
            for (index, command) in commands.enumerated() {
                let text = command.literalText
                let assigned = Set(Self.assigned(text)), referenced = Set(Self.referenced(text))
                for variable in command.exports {
                    #expect(assigned.contains(variable.name), "\(name): \(variable.name) is declared but not set in \(text)")
                    if let assignment = variable.assignment {
                        #expect(text.split(separator: "\n").contains { $0 == assignment }, "\(name): no line \(assignment)")
                    }
                }
                for import_ in command.imports { #expect(referenced.contains(import_), "\(name): \(import_) is declared but not used") }
                #expect(referenced.subtracting(assigned).isSubset(of: Set(command.imports)),
                        "\(name): \(referenced.subtracting(assigned).subtracting(command.imports)) used but not declared in \(text)")
                // What a command needs, the nearest command before it that sets it declares.
                for import_ in command.imports {
                    let setter = commands[..<index].last { Self.assigned($0.literalText).contains(import_) }
                    #expect(setter?.exports.contains { $0.name == import_ } == true, "\(name): nothing before declares \(import_)")
                }
            }
        }
    }

    /// `NAME=` at the start of a line (indented ones too, as in the state loop), and `read -r A B`.
    static func assigned(_ command: String) -> [String] {
        command.split(separator: "\n").flatMap { line -> [String] in
            let trimmed = line.drop { $0 == " " }
            let words = trimmed.split(separator: " ")
            if words.first == "read" { return words.dropFirst().filter { $0.allSatisfy { $0.isUppercase || $0 == "_" } }.map(String.init) }
            if words.first == "for", words.count > 1 { return [String(words[1])] }
            var candidates = [trimmed]
            for keyword in ["if ", "elif ", "if ! ", "elif ! ", "while "] where trimmed.hasPrefix(keyword) { candidates.append(trimmed.dropFirst(keyword.count)) }
            return candidates.compactMap { text in
                guard let equals = text.firstIndex(of: "="), equals != text.startIndex,
                      text[..<equals].allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else { return nil }
                return String(text[..<equals])
            }
        } + (command.contains("while read -r") ? whileReadNames(command) : [])
    }

    private static func whileReadNames(_ command: String) -> [String] {
        guard let range = command.range(of: "while read -r ") else { return [] }
        return command[range.upperBound...].prefix { $0 != ";" }.split(separator: " ").map(String.init)
    }

    /// `$NAME` and `${NAME}` anywhere.
    static func referenced(_ command: String) -> [String] {
        var names: [String] = []
        var rest = Substring(command)
        while let dollar = rest.firstIndex(of: "$") {
            rest = rest[rest.index(after: dollar)...]
            if rest.first == "{" { rest = rest.dropFirst() }
            let name = rest.prefix { $0.isUppercase || $0.isNumber || $0 == "_" }
            if let first = name.first, !first.isNumber { names.append(String(name)) }
        }
        return names
    }
}
