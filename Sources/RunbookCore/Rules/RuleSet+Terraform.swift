extension RuleSet {
    /// What the Terraform path needs to write a configuration (tasks that make an endpoint): a VPC
    /// (with subnets, which `vpc-id.needs-subnet` asks for) and the endpoint service name, which
    /// also gives the provider its region. Teardown and remove-accounts destroy what an earlier
    /// configuration made, so they need nothing more.
    func terraformProblems(_ raw: RawInput, task: RunbookTask) -> [Diagnostic] {
        guard task.createsEndpoint, let steps = raw.awsSteps, let mode = AWSSteps(rawValue: steps), mode.showsTerraform else { return [] }
        var problems: [Diagnostic] = []
        if raw.vpcID == nil {
            problems.append(Diagnostic(field: .awsSteps, value: steps, rule: RuleID(.awsSteps, .terraformNeedsVPC), example: "console"))
        }
        if raw.serviceName == nil {
            problems.append(Diagnostic(field: .awsSteps, value: steps, rule: RuleID(.awsSteps, .terraformNeedsServiceName), example: "console"))
        }
        return problems
    }
}

extension RuleSet {
    /// The same for `rules --json`: with a Terraform value of `awsSteps`, a task that makes an
    /// endpoint (create when `task` is absent) requires `vpcId` and `serviceName`.
    package func terraformSchemaRules() -> [[String: Any]] {
        [[
            "if": [
                "properties": [
                    Field.awsSteps.jsonKey: ["enum": AWSSteps.allCases.filter(\.showsTerraform).map(\.rawValue)],
                    Field.task.jsonKey: ["enum": RunbookTask.allCases.filter(\.createsEndpoint).map(\.rawValue)],
                ],
                "required": [Field.awsSteps.jsonKey],
            ],
            "then": ["required": [Field.vpcID.jsonKey, Field.serviceName.jsonKey]],
        ]]
    }
}
