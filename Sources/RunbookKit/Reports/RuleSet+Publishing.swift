import Foundation
import RunbookCore
import RunbookEvidence
import RunbookRender

extension RuleSet {
    /// `^(?:[tT][oO][kK][yY][oO]|…)$`: any of `choices`, in any case (ECMA-262 patterns, which
    /// JSON Schema uses, have no flag for that).
    static func anyCasePattern(_ choices: [String]) -> String {
        let alternatives = choices.map { choice in
            choice.map { character -> String in
                let lower = character.lowercased(), upper = character.uppercased()
                if lower != upper { return "[\(lower)\(upper)]" }
                return character == "-" ? "-" : String(character)
            }.joined()
        }
        return "^(?:" + alternatives.joined(separator: "|") + ")$"
    }

    /// The rules as a JSON Schema (draft 2020-12) for an input object, so other tools can validate
    /// the same way. Cross-field rules that a schema cannot express are described in `$comment`.
    public func jsonSchema(catalog: Catalog) -> [String: Any] {
        var properties: [String: Any] = [:]
        for spec in fields {
            var value: [String: Any] = ["type": "string"]
            if let pattern = spec.schemaPattern { value["pattern"] = pattern }
            if let choices = spec.allowedValues {
                // A schema's `enum` is exact; values accepted in any case are a pattern instead.
                if spec.ignoresCase { value["pattern"] = Self.anyCasePattern(choices) } else { value["enum"] = choices }
            }
            let description = catalog.format("field.\(spec.field.rawValue)")
            if spec.isRepeatable {
                properties[spec.field.jsonKey] = [
                    "type": "array", "items": value, "minItems": spec.isRequired && spec.optionalFor.isEmpty ? 1 : 0, "uniqueItems": true,
                    "description": description, "examples": [[spec.example]],
                ]
            } else {
                value["description"] = description
                value["examples"] = [spec.example]
                properties[spec.field.jsonKey] = value
            }
        }
        return [
            "$schema": "https://json-schema.org/draft/2020-12/schema",
            "title": "privatelink-runbook input",
            "type": "object",
            "properties": properties,
            "required": fields.filter { $0.isRequired && $0.optionalFor.isEmpty }.map(\.field.jsonKey),
            "additionalProperties": false,
            // The values only the AWS CLI steps use need the VPC.
            "dependentRequired": [
                Field.subnetID.jsonKey: [Field.vpcID.jsonKey],
                Field.securityGroupID.jsonKey: [Field.vpcID.jsonKey],
                Field.cidr.jsonKey: [Field.vpcID.jsonKey],
            ],
            "allOf": taskDependentRules() + [
                ["if": ["properties": [Field.awsSteps.jsonKey: ["enum": [AWSSteps.cli.rawValue, AWSSteps.both.rawValue]]],
                        "required": [Field.awsSteps.jsonKey]],
                 "then": ["required": [Field.vpcID.jsonKey]]],
            ] + terraformSchemaRules() + [oneAccountSchemaRule()],
            "$comment": "Also checked by privatelink-runbook: the region inside serviceName must equal region when both are given; no value twice; a CIDR block's host bits are clear.",
        ]
    }

    /// What depends on the task: fields some tasks may leave out, and what a VPC needs (subnets
    /// for the tasks that make an endpoint, the endpoint for the others).
    private func taskDependentRules() -> [[String: Any]] {
        func taskIs(_ tasks: [RunbookTask]) -> [String: Any] {
            ["properties": [Field.task.jsonKey: ["enum": tasks.map(\.rawValue)]], "required": [Field.task.jsonKey]]
        }
        var rules: [[String: Any]] = fields.filter { $0.isRequired && !$0.optionalFor.isEmpty }.map { spec in
            ["if": taskIs(spec.optionalFor),
             "else": ["required": [spec.field.jsonKey], "properties": [spec.field.jsonKey: ["minItems": 1]]]]
        }
        rules.append([
            "if": taskIs(RunbookTask.allCases.filter { !$0.createsEndpoint }),
            "then": ["dependentRequired": [Field.vpcID.jsonKey: [Field.endpointID.jsonKey]]],
            "else": ["dependentRequired": [Field.vpcID.jsonKey: [Field.subnetID.jsonKey]]],
        ])
        return rules
    }

    /// `vpc-id.one-account`: with a VPC, the tasks that act for every account they name take one account.
    private func oneAccountSchemaRule() -> [String: Any] {
        [
            "if": [
                "properties": [Field.task.jsonKey: ["enum": RuleSet.tasksForEveryAccount.map(\.rawValue)]],
                "required": [Field.task.jsonKey, Field.vpcID.jsonKey],
            ],
            "then": ["properties": [Field.awsAccountID.jsonKey: ["maxItems": 1]]],
        ]
    }

    /// The rules for people, one paragraph per input, in the catalog's language. Lists are joined
    /// the language's way (`rules.separator`: "、" in Japanese), and no bracket holds another.
    public func describe(catalog: Catalog) -> String {
        let separator = catalog.format("rules.separator")
        var lines = [catalog.format("rules.title"), ""]
        for spec in fields {
            var flags = [catalog.format(spec.isRequired ? "rules.required" : "rules.optional")]
            if spec.isRequired, !spec.optionalFor.isEmpty {
                flags = [catalog.format("rules.required-except", ["tasks": spec.optionalFor.map(\.rawValue).joined(separator: separator)])]
            }
            if spec.isRepeatable { flags.append(catalog.format("rules.repeatable")) }
            lines.append("\(spec.field.flag)  \(catalog.format("field.\(spec.field.rawValue)")) (\(flags.joined(separator: separator)))")
            for rule in spec.rules {
                lines.append("  - " + catalog.format(spec.id(rule.check).messageKey(details: [:]),
                                                     ["choices": spec.allowedValues?.joined(separator: separator) ?? ""]))
            }
            if let pattern = spec.schemaPattern { lines.append("  \(catalog.format("rules.pattern")): \(pattern)") }
            lines.append("  \(catalog.format("rules.example")): \(spec.example)")
            lines.append("")
        }
        return lines.joined(separator: "\n")
    }
}
