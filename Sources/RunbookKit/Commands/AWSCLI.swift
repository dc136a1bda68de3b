/// The AWS CLI commands for the AWS side (reference/privatelink-facts.md, section 4) and the output
/// they print. Values learned along the way travel in shell variables set by earlier blocks, so
/// nothing is retyped; the blocks that do not call `heroku` run in order as one bash script.
enum AWSCLI {
    /// `--region R ` where the region is known; otherwise the CLI's configured region applies.
    static func regionFlag(_ region: PrivateSpaceRegion?) -> String {
        region.map { " --region \($0.awsCode)" } ?? ""
    }

    static func setServiceName(_ name: String?, addon: String, app: String) -> String {
        guard let name else {
            return "SERVICE_NAME=$(\(HerokuCLI.status(addon: addon, app: app)) | sed -n 's/^Service Name: *//p')\necho \"$SERVICE_NAME\""
        }
        return "SERVICE_NAME=\(name)"
    }

    static func setCIDR(_ network: AWSNetwork, region: PrivateSpaceRegion?) -> String {
        if let cidr = network.cidr { return "CIDR=\(cidr)" }
        return """
            CIDR=$(aws ec2 describe-vpcs\(regionFlag(region)) --vpc-ids \(network.vpcID) --query 'Vpcs[0].CidrBlock' --output text)
            echo "$CIDR"
            """
    }

    static func securityGroupName(addon: String) -> String { "kafka-privatelink-\(addon)" }

    static func createSecurityGroup(_ network: AWSNetwork, addon: String, region: PrivateSpaceRegion?) -> String {
        """
        SECURITY_GROUP_ID=$(aws ec2 create-security-group\(regionFlag(region)) --group-name \(securityGroupName(addon: addon)) --description "Apache Kafka on Heroku over PrivateLink: \(addon)" --vpc-id \(network.vpcID) --query GroupId --output text)
        echo "$SECURITY_GROUP_ID"
        """
    }

    static func useSecurityGroup(_ id: String) -> String { "SECURITY_GROUP_ID=\(id)" }

    static func authorizeIngress(region: PrivateSpaceRegion?) -> String {
        "aws ec2 authorize-security-group-ingress\(regionFlag(region)) --group-id \"$SECURITY_GROUP_ID\" --protocol tcp --port \(HerokuCLI.brokerPortsText) --cidr \"$CIDR\""
    }

    /// For a group that may already allow the ports: add the rule only where no TCP rule covers
    /// exactly 10000–11000, so that running it twice does not fail on a duplicate rule.
    static func authorizeIngressIfMissing(region: PrivateSpaceRegion?) -> String {
        let ports = HerokuCLI.brokerPorts
        return """
            if [ "$(aws ec2 describe-security-groups\(regionFlag(region)) --group-ids "$SECURITY_GROUP_ID" --query 'length(SecurityGroups[0].IpPermissions[?IpProtocol==`tcp` && FromPort==`\(ports.lowerBound)` && ToPort==`\(ports.upperBound)`])' --output text)" = 0 ]; then
              \(authorizeIngress(region: region))
            fi
            """
    }

    static func authorizeOutput(cidr: String, owner: String) -> String {
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

    /// `--vpc-endpoint-type Interface` is required: the CLI's default type is Gateway.
    static func createEndpoint(_ network: AWSNetwork, region: PrivateSpaceRegion?) -> String {
        """
        VPC_ENDPOINT_ID=$(aws ec2 create-vpc-endpoint\(regionFlag(region)) --vpc-endpoint-type Interface --vpc-id \(network.vpcID) --service-name "$SERVICE_NAME" --subnet-ids \(network.subnetIDs.joined(separator: " ")) --security-group-ids "$SECURITY_GROUP_ID" --query VpcEndpoint.VpcEndpointId --output text)
        echo "$VPC_ENDPOINT_ID"
        """
    }

    static func useEndpoint(_ id: VPCEndpointID) -> String { "VPC_ENDPOINT_ID=\(id.value)" }

    /// There is no built-in waiter for VPC endpoints: poll the state, at most 60 times 20 s.
    /// Ends with a failing `test` rather than `exit`, which would close an interactive shell.
    static func waitForEndpoint(region: PrivateSpaceRegion?) -> String {
        """
        for attempt in $(seq 1 60); do
          STATE=$(aws ec2 describe-vpc-endpoints\(regionFlag(region)) --vpc-endpoint-ids "$VPC_ENDPOINT_ID" --query 'VpcEndpoints[0].State' --output text)
          echo "$STATE"
          case "$STATE" in pendingAcceptance|pending) sleep 20 ;; *) break ;; esac
        done
        test "$STATE" = available
        """
    }

    static let waitOutput = "pendingAcceptance\npendingAcceptance\navailable"

    /// The last 17 characters of the endpoint id, upper-cased: how Heroku names its config var.
    static let deriveConfigID = """
        ENDPOINT_CONFIG_ID=$(printf '%s' "$VPC_ENDPOINT_ID" | tail -c 17 | tr 'a-f' 'A-F')
        echo "$ENDPOINT_CONFIG_ID"
        """

    static let configIDVariable = "\"$ENDPOINT_CONFIG_ID\""

    /// Example ids in the shape AWS prints; the customer's own differ.
    static let exampleGroupID = "sg-0123456789abcdef0"
    static let exampleEndpointID = "vpce-0123456789abcdef0"
    static let exampleCIDR = "10.0.0.0/16"
    static var exampleConfigID: String { VPCEndpointID(value: exampleEndpointID).configVarID }
}
