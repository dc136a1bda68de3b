import RunbookCore

/// The AWS CLI commands of a runbook pass values on in shell variables (`SECURITY_GROUP_ID`, set in
/// one step, used in the next), and each command declares the variables it sets and needs. A reply
/// that starts at a later step repeats the earlier steps' plain assignments
/// (`SECURITY_GROUP_ID=sg-…`), and names the variables that earlier commands set by running
/// something, so that the reply's commands still run as printed in a new shell.
enum ShellVariables {
    static func section(for runbook: Runbook, from first: Int) -> Section? {
        let steps = runbook.sections.flatMap(\.steps)
        let earlier = steps.filter { $0.number < first }.flatMap { step in commands(step).map { (step.number, $0) } }
        let later = steps.filter { $0.number >= first }.flatMap(commands)
        let setLater = Set(later.flatMap { $0.exports.map(\.name) })
        let needed = Set(later.flatMap(\.imports)).subtracting(setLater)
        var plain: [String] = []
        var computed: [(name: String, step: Int)] = []
        for name in needed.sorted() {
            guard let (step, command) = earlier.last(where: { $0.1.exports.contains { $0.name == name } }),
                  let variable = command.exports.first(where: { $0.name == name }) else { continue }
            if let assignment = variable.assignment { plain.append(assignment) } else { computed.append((name, step)) }
        }
        guard !plain.isEmpty || !computed.isEmpty else { return nil }
        var blocks: [Block] = []
        if !plain.isEmpty { blocks += [.paragraph(Text("reply.variables.plain"))] + plain.map { .command(Verbatim($0)) } }
        for variable in computed {
            blocks.append(.note(Text("reply.variables.computed", ["variable": .code(variable.name), "step": .step(variable.step)])))
        }
        return Section(anchor: "variables", title: Text("reply.variables.title"), blocks: blocks)
    }

    private static func commands(_ step: Step) -> [Verbatim] {
        step.blocks.compactMap { block in
            if case .command(let command) = block { return command }
            return nil
        }
    }
}
