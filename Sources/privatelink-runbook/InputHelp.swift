import ArgumentParser
import RunbookKit

/// Help texts that say what the rule set requires, so `--help` and the rules cannot disagree.
enum InputHelp {
    /// `(required) The Kafka add-on, …`, or `(required except for teardown) …`.
    static func text(_ field: Field, _ help: String) -> ArgumentHelp {
        let rules = RuleSet.standard.rules(for: field)
        guard rules.isRequired else { return ArgumentHelp(help) }
        let except = rules.optionalFor.map(\.rawValue)
        let mark = except.isEmpty ? "(required)" : "(required except for \(except.joined(separator: ", ")))"
        return ArgumentHelp("\(mark) \(help)")
    }
}
