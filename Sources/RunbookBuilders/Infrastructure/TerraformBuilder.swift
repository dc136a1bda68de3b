import RunbookCore

/// Makes the Terraform configuration of the AWS side from validated input: a security group (or
/// the inbound rules a reused one lacks) and an interface VPC endpoint for the add-on's endpoint
/// service, checked before anything is made. Resource and attribute names are the AWS provider's
/// 5.x (registry.terraform.io/providers/hashicorp/aws, as checked with provider 5.100.0 here).
public struct TerraformBuilder: Sendable {
    public let rules: RuleSet

    public init(rules: RuleSet = .standard) {
        self.rules = rules
    }

    /// The configuration for `input`, or nil when the runbook has no Terraform path for it: the
    /// Terraform steps were not asked for, or the task makes no endpoint (teardown and
    /// remove-accounts destroy what the create or add-accounts configuration made).
    public func configuration(for input: RunbookInput) -> TerraformConfiguration? {
        guard input.awsSteps.showsTerraform, input.task.createsEndpoint, let network = input.network,
              let serviceName = input.serviceName else { return nil }
        let shape = Shape(input: input, network: network)
        let variables = [
            variable(.addon, value: .literal(input.addon)),
            variable(.serviceName, value: .literal(serviceName)),
            variable(.vpcID, value: .literal(network.vpcID)),
            variable(.subnetID, value: .list(network.subnetIDs.map(HCLExpression.literal))),
        ] + [
            network.securityGroupID.map { variable(.securityGroupID, value: .literal($0)) },
            network.cidr.map { variable(.cidr, value: .literal($0)) },
            input.endpointID.map { variable(.endpointID, value: .literal($0.value)) },
        ].compactMap { $0 }
        return TerraformConfiguration(
            addon: input.addon,
            folder: input.task == .create ? "terraform" : "terraform-\(network.vpcID)",
            requiredVersion: input.endpointID == nil ? TerraformConfiguration.baseVersion : TerraformConfiguration.importVersion,
            variables: variables,
            locals: locals(shape),
            dataSources: dataSources(shape),
            resources: resources(shape),
            imports: input.endpointID == nil ? [] : [TerraformImport(address: "aws_vpc_endpoint.kafka", id: .expression("var.endpoint_id"))],
            outputs: outputs(),
            plan: plan(shape),
            managedGroupName: network.securityGroupID == nil ? AWSCLI.securityGroupName(addon: input.addon) : nil)
    }

    /// What decides the configuration's shape.
    struct Shape {
        let reusesGroup: Bool
        let givesCIDR: Bool
        let imports: Bool

        init(input: RunbookInput, network: AWSNetwork) {
            reusesGroup = network.securityGroupID != nil
            givesCIDR = network.cidr != nil
            imports = input.endpointID != nil
        }

        /// The group the rules and the endpoint use.
        var groupID: String { reusesGroup ? "data.aws_security_group.reused.id" : "aws_security_group.kafka.id" }
    }

    private func locals(_ shape: Shape) -> [HCLAttribute] {
        var locals = [
            // The region is the one the endpoint service name holds (com.amazonaws.vpce.REGION.vpce-svc-…).
            HCLAttribute("region", .expression("split(\".\", var.service_name)[3]")),
            HCLAttribute("client_cidr_blocks", .expression(shape.givesCIDR ? "toset([var.cidr])"
                // Every IPv4 block associated with the VPC, not only its primary one (data source
                // aws_vpc, attribute cidr_block_associations: association_id, cidr_block, state).
                : "toset([for association in data.aws_vpc.customer.cidr_block_associations : association.cidr_block if association.state == \"associated\"])")),
            HCLAttribute("rule_description", .string(HCLTemplate([.literal(Self.ruleDescriptionPrefix), .interpolation("var.addon")]))),
        ]
        if shape.reusesGroup {
            // The blocks the group already allows on exactly the broker ports, by rules this
            // configuration does not manage (its own carry `rule_description`): counting its own
            // would make the next plan delete them.
            let ports = HerokuCLI.brokerPorts
            locals.append(HCLAttribute("allowed_already", .expression(
                "toset([for rule in data.aws_vpc_security_group_rule.reused : rule.cidr_ipv4 if !rule.is_egress && rule.ip_protocol == \"tcp\""
                    + " && rule.from_port == \(ports.lowerBound) && rule.to_port == \(ports.upperBound) && rule.description != local.rule_description])")))
        }
        locals += [
            HCLAttribute("other_vpc_subnets", .expression("[for subnet in data.aws_subnet.endpoint : subnet.id if subnet.vpc_id != var.vpc_id]")),
            // Zone names, as the service lists them for this account (facts file, section 4).
            HCLAttribute("unoffered_subnets", .expression(
                "[for subnet in data.aws_subnet.endpoint : \"${subnet.id} (${subnet.availability_zone})\" if !contains(data.aws_vpc_endpoint_service.kafka.availability_zones, subnet.availability_zone)]")),
        ]
        return locals
    }

    /// The description of the inbound rules this configuration makes, which also tells them apart.
    static let ruleDescriptionPrefix = "Apache Kafka on Heroku brokers: "

    private func dataSources(_ shape: Shape) -> [HCLBlock] {
        var blocks: [HCLBlock] = []
        if !shape.givesCIDR {
            blocks.append(HCLBlock("data", ["aws_vpc", "customer"], [.attribute("id", .expression("var.vpc_id"))]))
        }
        blocks += [
            HCLBlock("data", ["aws_subnet", "endpoint"], [
                .attribute("for_each", .expression("toset(var.subnet_ids)")), .blankLine,
                .attribute("id", .expression("each.value")),
            ]),
            // availability_zones: the zones the service offers, in this account's names (provider
            // docs, data source aws_vpc_endpoint_service), compared with each subnet's availability_zone.
            HCLBlock("data", ["aws_vpc_endpoint_service", "kafka"], [.attribute("service_name", .expression("var.service_name"))]),
        ]
        if shape.reusesGroup {
            // The group's rules, one data source each (provider docs: data sources
            // aws_vpc_security_group_rules, filtered by group-id, and aws_vpc_security_group_rule,
            // with cidr_ipv4, description, from_port, ip_protocol, is_egress and to_port).
            blocks += [
                HCLBlock("data", ["aws_security_group", "reused"], [.attribute("id", .expression("var.security_group_id"))]),
                HCLBlock("data", ["aws_vpc_security_group_rules", "reused"], [
                    .block(HCLBlock("filter", [], [
                        .attribute("name", .literal("group-id")),
                        .attribute("values", .list([.expression("var.security_group_id")])),
                    ])),
                ]),
                HCLBlock("data", ["aws_vpc_security_group_rule", "reused"], [
                    .attribute("for_each", .expression("toset(data.aws_vpc_security_group_rules.reused.ids)")), .blankLine,
                    .attribute("security_group_rule_id", .expression("each.value")),
                ]),
            ]
        }
        if shape.imports {
            blocks.append(HCLBlock("data", ["aws_vpc_endpoint", "existing"], [.attribute("id", .expression("var.endpoint_id"))]))
        }
        return blocks
    }

    private func resources(_ shape: Shape) -> [HCLBlock] {
        var blocks: [HCLBlock] = []
        if !shape.reusesGroup {
            // The same name and description as the AWS CLI steps give it.
            blocks.append(HCLBlock("resource", ["aws_security_group", "kafka"], [
                .attribute("name", .string(HCLTemplate([.literal(AWSCLI.securityGroupNamePrefix), .interpolation("var.addon")]))),
                .attribute("description", .string(HCLTemplate([.literal(AWSCLI.securityGroupDescriptionPrefix), .interpolation("var.addon")]))),
                .attribute("vpc_id", .expression("var.vpc_id")),
            ]))
        }
        let ports = HerokuCLI.brokerPorts
        blocks.append(HCLBlock("resource", ["aws_vpc_security_group_ingress_rule", "brokers"], [
            .attribute("for_each", .expression(shape.reusesGroup ? "setsubtract(local.client_cidr_blocks, local.allowed_already)" : "local.client_cidr_blocks")),
            .blankLine,
            .attribute("security_group_id", .expression(shape.groupID)),
            .attribute("description", .expression("local.rule_description")),
            .attribute("ip_protocol", .literal("tcp")),
            .attribute("from_port", .expression(String(ports.lowerBound))),
            .attribute("to_port", .expression(String(ports.upperBound))),
            .attribute("cidr_ipv4", .expression("each.value")),
        ]))
        // An endpoint that exists keeps the groups it has and gains this one (as the AWS CLI
        // steps do); a new one has this one alone.
        let groups: HCLExpression = shape.imports
            ? .expression("setunion(data.aws_vpc_endpoint.existing.security_group_ids, [\(shape.groupID)])")
            : .list([.expression(shape.groupID)])
        var endpoint: [HCLItem] = [
            .attribute("vpc_id", .expression("var.vpc_id")),
            .attribute("service_name", .expression("var.service_name")),
            // Required: the type defaults to Gateway.
            .attribute("vpc_endpoint_type", .literal("Interface")),
            .attribute("subnet_ids", .expression("var.subnet_ids")),
            .attribute("security_group_ids", groups),
            .blankLine,
        ]
        endpoint.append(.block(HCLBlock("lifecycle", [], preconditions(shape))))
        blocks.append(HCLBlock("resource", ["aws_vpc_endpoint", "kafka"], endpoint))
        return blocks
    }

    /// Checked while planning, before anything is made or changed: a wrong value fails the plan
    /// with a sentence of ours instead of failing half-way through an apply.
    private func preconditions(_ shape: Shape) -> [HCLItem] {
        func check(_ condition: String, _ key: String, _ values: [String: String]) -> HCLItem {
            var arguments = Text.Arguments()
            for (name, expression) in values { arguments[name] = .plain("${\(expression)}") }
            return .block(HCLBlock("precondition", [], [
                .attribute("condition", .expression(condition)),
                .attribute("error_message", .string(HCLTemplate([.sentence(Text(key, arguments))]))),
            ]))
        }
        var checks = [
            check("length(local.other_vpc_subnets) == 0", "terraform.check.subnet-vpc",
                  ["subnets": "join(\", \", local.other_vpc_subnets)", "vpc": "var.vpc_id"]),
            check("length(local.unoffered_subnets) == 0", "terraform.check.zone",
                  ["subnets": "join(\", \", local.unoffered_subnets)", "zones": "join(\", \", sort(data.aws_vpc_endpoint_service.kafka.availability_zones))"]),
            // An interface endpoint takes at most one subnet in each zone (facts file, section 4).
            check("length(distinct([for subnet in data.aws_subnet.endpoint : subnet.availability_zone])) == length(var.subnet_ids)",
                  "terraform.check.one-subnet-per-zone", [:]),
        ]
        if shape.reusesGroup {
            checks.append(check("data.aws_security_group.reused.vpc_id == var.vpc_id", "terraform.check.group-vpc",
                                ["group": "var.security_group_id", "actual": "data.aws_security_group.reused.vpc_id", "vpc": "var.vpc_id"]))
        }
        if shape.imports {
            checks += [
                check("data.aws_vpc_endpoint.existing.vpc_id == var.vpc_id", "terraform.check.endpoint-vpc",
                      ["endpoint": "var.endpoint_id", "actual": "data.aws_vpc_endpoint.existing.vpc_id", "vpc": "var.vpc_id"]),
                check("data.aws_vpc_endpoint.existing.service_name == var.service_name", "terraform.check.endpoint-service",
                      ["endpoint": "var.endpoint_id", "actual": "data.aws_vpc_endpoint.existing.service_name", "service": "var.service_name"]),
            ]
        }
        return Array(checks.map { [$0, .blankLine] }.joined().dropLast())
    }

    private func outputs() -> [TerraformOutput] {
        let id = "aws_vpc_endpoint.kafka.id"
        // Heroku's config var: the last 17 characters of the endpoint id, upper-cased (facts file, section 3).
        let configVar = HCLTemplate([
            .literal(HerokuCLI.endpointVarPrefix),
            .interpolation("upper(substr(\(id), length(\(id)) - 17, 17))"),
            .literal("_URL"),
        ])
        return [
            TerraformOutput(name: "endpoint_id", description: Text("terraform.output.endpoint-id"), value: .expression(id)),
            TerraformOutput(name: "endpoint_state", description: Text("terraform.output.endpoint-state",
                                                                       ["pending": .code("pendingAcceptance"), "available": .code("available")]),
                            value: .expression("aws_vpc_endpoint.kafka.state")),
            TerraformOutput(name: "config_var_name", description: Text("terraform.output.config-var-name"), value: .string(configVar)),
        ]
    }

    /// What the first plan makes, with one inbound rule: the rule for `--cidr`, or for a VPC with
    /// one IPv4 block (the runbook says that more blocks give more rules), and, for a reused
    /// group, one it lacks. An adopted endpoint changes when it gains a group the plan makes.
    private func plan(_ shape: Shape) -> TerraformPlan {
        let group = shape.reusesGroup ? 0 : 1
        return TerraformPlan(imports: shape.imports ? 1 : 0, additions: group + 1 + (shape.imports ? 0 : 1),
                             changes: shape.imports && !shape.reusesGroup ? 1 : 0)
    }
}
