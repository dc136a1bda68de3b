extension AWSCLI {
    package static func securityGroupName(addon: String) -> String { securityGroupNamePrefix + addon }
    /// The runbook's group name and description before the add-on's name (the Terraform
    /// configuration gives its group the same).
    package static let securityGroupNamePrefix = "kafka-privatelink-"
    package static let securityGroupDescriptionPrefix = "Apache Kafka on Heroku over PrivateLink: "
    /// The group's description, typed in the console as the AWS CLI commands give it.
    package static func securityGroupDescription(addon: String) -> String { securityGroupDescriptionPrefix + addon }
    /// What a group's description may hold besides letters, digits and spaces: EC2 API reference,
    /// CreateSecurityGroup (facts file, section 8). The console refuses anything else, Japanese
    /// text included.
    package static let securityGroupDescriptionSymbols = "._-:/()#,@[]+=&;{}!$*"

    /// `CIDRS`: the blocks allowed to reach the brokers. Without `--cidr`, every IPv4 block
    /// associated with the VPC, not only the primary one that `Vpcs[0].CidrBlock` gives.
    package static func setCIDRs(_ network: AWSNetwork, region: PrivateSpaceRegion?) -> Verbatim {
        if let cidr = network.cidr { return Verbatim("CIDRS=\(cidr)").declaring(exports: [ShellVariable("CIDRS", value: cidr)]) }
        let lookUp: Verbatim = """
            if CIDRS=$(aws ec2 describe-vpcs\(regionFlag(region)) --vpc-ids \(network.vpcID) --query 'Vpcs[0].CidrBlockAssociationSet[?CidrBlockState.State==`associated`].CidrBlock' --output text); then
              echo "$CIDRS"
            else
            \(fail(Text("shell.vpc.unreadable", ["vpc": .code(network.vpcID)])))
            fi
            """
        return lookUp.declaring(exports: [ShellVariable("CIDRS")])
    }

    /// A group given with `--security-group-id`, checked to be in the VPC before any rule is
    /// added to it: an endpoint takes only groups of its own VPC.
    package static func useSecurityGroup(_ id: String, vpc: String, region: PrivateSpaceRegion?) -> Verbatim {
        let group: Text.Argument = .code(id)
        let use: Verbatim = """
            SECURITY_GROUP_ID=\(id)
            if ! GROUP_VPC=$(aws ec2 describe-security-groups\(regionFlag(region)) --group-ids "$SECURITY_GROUP_ID" --query 'SecurityGroups[0].VpcId' --output text); then
            \(fail(Text("shell.group.unreadable.reused", ["group": group, "flag": .code(Field.securityGroupID.flag)])))
            elif [ "$GROUP_VPC" != \(vpc) ]; then
            \(fail(Text("shell.group.other-vpc", ["group": group, "actual": .shellVariable("GROUP_VPC"), "vpc": .code(vpc),
                                                   "flag": .code(Field.securityGroupID.flag)])))
            fi
            """
        return use.declaring(exports: [ShellVariable("SECURITY_GROUP_ID", value: id)])
    }

    /// The runbook's own group, found by its name in the VPC or created: running the block twice
    /// makes no second group.
    package static func findOrCreateSecurityGroup(_ network: AWSNetwork, addon: String, region: PrivateSpaceRegion?) -> Verbatim {
        let name = securityGroupName(addon: addon)
        let findOrCreate: Verbatim = """
            if ! SECURITY_GROUP_ID=$(aws ec2 describe-security-groups\(regionFlag(region)) --filters Name=vpc-id,Values=\(network.vpcID) Name=group-name,Values=\(name) --query 'SecurityGroups[0].GroupId' --output text); then
            \(fail(Text("shell.group.unreadable", ["vpc": .code(network.vpcID)])))
            elif [ "$SECURITY_GROUP_ID" != None ]; then
              echo "$SECURITY_GROUP_ID"
            elif SECURITY_GROUP_ID=$(aws ec2 create-security-group\(regionFlag(region)) --group-name \(name) --description "\(securityGroupDescription(addon: addon))" --vpc-id \(network.vpcID) --query GroupId --output text); then
              echo "$SECURITY_GROUP_ID"
            else
            \(fail(Text("shell.group.create-failed", ["group": .code(name)])))
            fi
            """
        return findOrCreate.declaring(exports: [ShellVariable("SECURITY_GROUP_ID")])
    }

    /// Allows TCP 10000–11000 from each block in `CIDRS` that the group does not allow yet, so
    /// that running it twice does not fail on a duplicate rule. The blocks are split by a command
    /// substitution, which bash and zsh both split. A rule that fails is remembered, so that the
    /// block ends non-zero even when a later block's rule succeeds and even without `set -e`.
    package static func allowBrokerPorts(region: PrivateSpaceRegion?) -> Verbatim {
        let ports = HerokuCLI.brokerPorts
        let present = Text("shell.rule.present", ["cidr": .shellVariable("CIDR"), "ports": .plain(HerokuCLI.brokerPortsText)])
        let group: Text.Argument = .shellVariable("SECURITY_GROUP_ID")
        let allow: Verbatim = """
            if ! ALLOWED=$(aws ec2 describe-security-groups\(regionFlag(region)) --group-ids "$SECURITY_GROUP_ID" --query 'SecurityGroups[0].IpPermissions[?IpProtocol==`tcp` && FromPort==`\(ports.lowerBound)` && ToPort==`\(ports.upperBound)`].IpRanges[].CidrIp' --output text); then
            \(fail(Text("shell.rule.unreadable", ["group": group])))
            else
              RULE_FAILED=""
              for CIDR in $(echo "$CIDRS"); do
                case " $ALLOWED " in
                  *[[:space:]]"$CIDR"[[:space:]]*) \(echo: present) ;;
                  *) aws ec2 authorize-security-group-ingress\(regionFlag(region)) --group-id "$SECURITY_GROUP_ID" --protocol tcp --port \(HerokuCLI.brokerPortsText) --cidr "$CIDR" || RULE_FAILED=yes ;;
                esac
              done
              if [ -n "$RULE_FAILED" ]; then
            \(fail(Text("shell.rule.failed", ["group": group, "ports": .plain(HerokuCLI.brokerPortsText)]), indent: "    "))
              fi
            fi
            """
        return allow.declaring(imports: ["SECURITY_GROUP_ID", "CIDRS"])
    }

    /// What `authorize-security-group-ingress` prints (botocore's AuthorizeSecurityGroupIngress
    /// result; the field names were checked against the real `aws` client on moto).
    package static func authorizeOutput(cidr: String, owner: String) -> Verbatim {
        """
        {
            "Return": true,
            "SecurityGroupRules": [
                {
                    "SecurityGroupRuleId": "sgr-0123456789abcdef0",
                    "GroupId": "\(exampleGroupID)",
                    "GroupOwnerId": "\(owner)",
                    "IsEgress": false,
                    "IpProtocol": "tcp",
                    "FromPort": \(HerokuCLI.brokerPorts.lowerBound),
                    "ToPort": \(HerokuCLI.brokerPorts.upperBound),
                    "CidrIpv4": "\(cidr)"
                }
            ]
        }
        """
    }
}
