import Foundation
import RunbookCore

extension TerraformBuilder {
    /// The variable holding `field`, with a `validation` block for each rule of the `RuleSet` that
    /// Terraform can check: the rule's own pattern, or, for a rule written as code, the field's
    /// whole pattern (`schemaPattern`) where that pattern says more than the rules' patterns do
    /// (the add-on's length, the service name's region). Each block checks only values the
    /// earlier ones accept, so a value gets the message of its first failing rule, as `validate`
    /// reports it. Terraform's `regex` is RE2; `terraform validate` in `make terraform-test`
    /// compiles every pattern.
    func variable(_ field: Field, value: HCLExpression) -> TerraformVariable {
        let spec = rules.rules(for: field)
        let name = Self.variableName(field, repeatable: spec.isRepeatable)
        func diagnostic(_ field: Field, _ rule: RuleID, example: Field? = nil) -> Diagnostic {
            Diagnostic(field: field, value: nil, rule: rule, example: rules.rules(for: example ?? field).example)
        }
        // What each value must match, in the rules' order, with the rule it stands for.
        var checks: [(pattern: String, rule: RuleID)] = spec.rules.compactMap { rule in rule.pattern.map { ($0, spec.id(rule.check)) } }
        let patterns = Set(checks.map(\.pattern))
        if let whole = spec.schemaPattern, !patterns.contains(whole) {
            // Rules written as code, which the whole pattern covers; a rule it does not cover
            // (a CIDR block's host bits) is left to the AWS provider, which refuses such a block
            // ("must be a valid IPv4 CIDR that represents a network address", provider 5.100.0 here).
            checks += spec.rules.filter { $0.pattern == nil }.map { (whole, spec.id($0.check)) }
        }
        var validations: [TerraformValidation] = []
        for (index, check) in checks.enumerated() {
            let earlier = checks[..<index].map(\.pattern)
            validations.append(TerraformValidation(
                condition: Self.condition(matching: check.pattern, after: earlier, variable: "var.\(name)", list: spec.isRepeatable),
                rule: diagnostic(field, check.rule)))
        }
        if spec.isRepeatable {
            // The rules between values that apply to one list: at least one (for the subnets, the
            // rule `validate` reports on the VPC) and no value twice.
            if field == .subnetID {
                validations.insert(TerraformValidation(condition: "length(var.\(name)) > 0", rule: diagnostic(.vpcID, RuleID(.vpcID, .needsSubnet), example: .subnetID)), at: 0)
            }
            validations.append(TerraformValidation(condition: "length(distinct(var.\(name))) == length(var.\(name))",
                                                   rule: diagnostic(field, RuleID(field, .duplicate))))
        }
        return TerraformVariable(name: name, field: field, type: spec.isRepeatable ? "list(string)" : "string",
                                 value: value, validations: validations)
    }

    /// `subnet-id` → `subnet_ids`, `vpc-id` → `vpc_id`.
    static func variableName(_ field: Field, repeatable: Bool) -> String {
        field.rawValue.replacingOccurrences(of: "-", with: "_") + (repeatable ? "s" : "")
    }

    /// `can(regex(P, v))`, or, after earlier patterns, true also for a value an earlier one refuses
    /// (that one reports it); over each value of a list with `alltrue`.
    static func condition(matching pattern: String, after earlier: [String], variable: String, list: Bool) -> String {
        let value = list ? "value" : variable
        func matches(_ pattern: String) -> String { "can(regex(\(HCLExpression.quoted(pattern)), \(value)))" }
        var test = matches(pattern)
        if !earlier.isEmpty {
            test = earlier.map { "!" + matches($0) }.joined(separator: " || ") + " || " + test
        }
        return list ? "alltrue([for value in \(variable) : \(test)])" : test
    }
}
