import RunbookBuilders
import RunbookCore
import RunbookRender

/// The AWS CLI commands of a runbook pass values on in shell variables (`SECURITY_GROUP_ID`, set in
/// one step, used in the next). A reply that starts at a later step repeats the earlier steps'
/// plain assignments (`SECURITY_GROUP_ID=sg-…`), and names the variables that earlier commands
/// set by running something, so that the reply's commands still run as printed in a new shell.
enum ShellVariables {
    static func section(for runbook: Runbook, from first: Int) -> Section? {
        let steps = runbook.sections.flatMap(\.steps)
        let earlier = steps.filter { $0.number < first }.flatMap { step in commands(step).map { (step.number, $0) } }
        let later = steps.filter { $0.number >= first }.flatMap(commands)
        let setLater = Set(later.flatMap(assigned))
        let needed = Set(later.flatMap(referenced)).subtracting(setLater)
        var plain: [String] = []
        var computed: [(name: String, step: Int)] = []
        for name in needed.sorted() {
            guard let (step, command) = earlier.last(where: { assigned($0.1).contains(name) }) else { continue }
            let line = command.split(separator: "\n").first { $0.hasPrefix(name + "=") }.map(String.init) ?? ""
            if line.contains("$(") || line.contains("`") { computed.append((name, step)) } else { plain.append(line) }
        }
        guard !plain.isEmpty || !computed.isEmpty else { return nil }
        var blocks: [Block] = []
        if !plain.isEmpty { blocks += [.paragraph(Text("reply.variables.plain"))] + plain.map { .command(Verbatim($0)) } }
        for variable in computed {
            blocks.append(.note(Text("reply.variables.computed", ["variable": .code(variable.name), "step": .step(variable.step)])))
        }
        return Section(anchor: "variables", title: Text("reply.variables.title"), blocks: blocks)
    }

    /// The commands' text without our sentences, which name no variable and set none.
    private static func commands(_ step: Step) -> [String] {
        step.blocks.compactMap { block in
            if case .command(let command) = block { return command.literalText }
            return nil
        }
    }

    /// `NAME=` at the start of a line (indented ones too, as in the state loop).
    static func assigned(_ command: String) -> [String] {
        command.split(separator: "\n").compactMap { line in
            let trimmed = line.drop { $0 == " " }
            guard let equals = trimmed.firstIndex(of: "="), equals != trimmed.startIndex,
                  trimmed[..<equals].allSatisfy({ $0.isUppercase || $0.isNumber || $0 == "_" }) else { return nil }
            return String(trimmed[..<equals])
        }
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
