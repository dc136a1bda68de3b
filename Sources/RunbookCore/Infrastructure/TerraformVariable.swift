/// An input of the configuration: one of the customer's values, declared in `variables.tf` with
/// the checks of the `RuleSet` as `validation` blocks, and given in `terraform.tfvars`.
public struct TerraformVariable: Sendable, Equatable {
    /// Its name in HCL: the flag's name in snake case, plural for a repeatable one (`subnet_ids`).
    public let name: String
    /// The input it holds.
    public let field: Field
    /// `string` or `list(string)`.
    public let type: String
    /// Its value, as `terraform.tfvars` gives it.
    public let value: HCLExpression
    public let validations: [TerraformValidation]

    package init(name: String, field: Field, type: String, value: HCLExpression, validations: [TerraformValidation]) {
        self.name = name
        self.field = field
        self.type = type
        self.value = value
        self.validations = validations
    }

    /// `var.NAME`.
    public var reference: String { "var.\(name)" }
}

/// A `validation` block: the condition, and the rule whose message Terraform shows when it fails.
public struct TerraformValidation: Sendable, Equatable {
    /// An HCL expression over the variable alone, which Terraform before 1.9 requires.
    public let condition: String
    /// The rule, with the field and an accepted example, worded as `validate` words it.
    public let rule: Diagnostic

    package init(condition: String, rule: Diagnostic) {
        self.condition = condition
        self.rule = rule
    }
}
