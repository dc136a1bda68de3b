import Foundation

/// What the AWS CLI steps run against in the emulator: Heroku's side (an endpoint service behind
/// a Network Load Balancer, offered in two Availability Zones) and the customer's VPC.
struct AWSFixture {
    static let addon = "kafka-sushi-12345"
    /// The account moto answers for its default credentials (facts file, section 4).
    static let account = "123456789012"
    /// The zones the endpoint service is offered in.
    static let serviceZones = ["us-east-1a", "us-east-1b"]

    let serviceName: String
    let vpc: String
    let subnets: [String]

    /// Empties the emulator, then makes the service and a VPC `10.42.0.0/16` (plus `secondaryBlock`
    /// if given) with one subnet in each of `zones`. One Python process with boto3 (which the AWS
    /// CLI is built on) does it all: the set-up is not under test, and each `aws` call costs a
    /// Python start-up.
    static func make(zones: [String] = serviceZones, secondaryBlock: String? = nil) throws -> AWSFixture {
        try AWSEmulator.reset()
        let result = try AWSEmulator.run("python3", ["-c", setUp, serviceZones.joined(separator: ","), zones.joined(separator: ","),
                                                     secondaryBlock ?? ""])
        guard result.status == 0,
              let made = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let serviceName = made["serviceName"] as? String, let vpc = made["vpc"] as? String, let subnets = made["subnets"] as? [String]
        else { throw AWSEmulator.Failure(description: "AWS fixture: \(result.stderr)") }
        return AWSFixture(serviceName: serviceName, vpc: vpc, subnets: subnets)
    }

    private static let setUp = """
        import json, sys, boto3
        service_zones, zones, secondary = sys.argv[1].split(","), sys.argv[2].split(","), sys.argv[3]
        ec2, elb = boto3.client("ec2"), boto3.client("elbv2")
        def subnet(vpc, block, zone):
            return ec2.create_subnet(VpcId=vpc, CidrBlock=block, AvailabilityZone=zone)["Subnet"]["SubnetId"]
        provider = ec2.create_vpc(CidrBlock="10.99.0.0/16")["Vpc"]["VpcId"]
        balancer = elb.create_load_balancer(Name="heroku-kafka", Type="network",
            Subnets=[subnet(provider, f"10.99.{i + 1}.0/24", z) for i, z in enumerate(service_zones)])["LoadBalancers"][0]["LoadBalancerArn"]
        service = ec2.create_vpc_endpoint_service_configuration(NetworkLoadBalancerArns=[balancer], AcceptanceRequired=False)
        vpc = ec2.create_vpc(CidrBlock="10.42.0.0/16")["Vpc"]["VpcId"]
        if secondary:
            ec2.associate_vpc_cidr_block(VpcId=vpc, CidrBlock=secondary)
        subnets = [subnet(vpc, f"10.42.{i + 1}.0/24", z) for i, z in enumerate(zones)]
        print(json.dumps({"serviceName": service["ServiceConfiguration"]["ServiceName"], "vpc": vpc, "subnets": subnets}))
        """

    /// Where the create runbook's AWS CLI steps leave things: its security group
    /// (`kafka-privatelink-<addon>`, TCP 10000-11000 from the VPC) and an interface endpoint for
    /// the service in every subnet with that group. Made in one Python process, like the rest of
    /// the set-up: the create runbook's own blocks have tests of their own.
    func connect() throws -> (endpoint: String, group: String) {
        let result = try AWSEmulator.run("python3", ["-c", Self.connectScript, vpc, serviceName, subnets.joined(separator: ","),
                                                     "kafka-privatelink-\(Self.addon)"])
        guard result.status == 0, let made = try? JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: String],
              let endpoint = made["endpoint"], let group = made["group"]
        else { throw AWSEmulator.Failure(description: "AWS fixture (connect): \(result.stderr)") }
        return (endpoint, group)
    }

    private static let connectScript = """
        import json, sys, boto3
        vpc, service, subnets, name = sys.argv[1], sys.argv[2], sys.argv[3].split(","), sys.argv[4]
        ec2 = boto3.client("ec2")
        group = ec2.create_security_group(GroupName=name, Description="Apache Kafka on Heroku over PrivateLink", VpcId=vpc)["GroupId"]
        ec2.authorize_security_group_ingress(GroupId=group, IpProtocol="tcp", FromPort=10000, ToPort=11000, CidrIp="10.42.0.0/16")
        endpoint = ec2.create_vpc_endpoint(VpcEndpointType="Interface", VpcId=vpc, ServiceName=service, SubnetIds=subnets,
                                           SecurityGroupIds=[group])["VpcEndpoint"]["VpcEndpointId"]
        print(json.dumps({"endpoint": endpoint, "group": group}))
        """

    /// A runbook generated with exactly `arguments` (plus the output options), as Markdown in `language`.
    static func generate(_ arguments: [String], language: String = "en") throws -> String {
        let result = try CLI.run(["generate"] + arguments + ["--stdout", "--lang", language, "--format", "md"])
        guard result.status == 0 else { throw AWSEmulator.Failure(description: "generate failed: \(result.stderr)") }
        return result.stdout
    }

    /// The endpoint's state as AWS lists it (moto keeps deleted endpoints, as `deleted`).
    func state(of endpoint: String) throws -> String? {
        try endpoints().first { $0["VpcEndpointId"] as? String == endpoint }?["State"] as? String
    }

    /// The runbook for this fixture, as Markdown in `language`.
    func runbook(language: String, extra: [String] = []) throws -> String {
        var arguments = ["generate", "--addon", Self.addon, "--app", "privatelink-vpc-endpoint-demo",
                         "--aws-account-id", "123456789012", "--region", "us-east-1", "--service-name", serviceName, "--vpc-id", vpc]
        for subnet in subnets { arguments += ["--subnet-id", subnet] }
        let result = try CLI.run(arguments + extra + ["--stdout", "--lang", language, "--format", "md"])
        guard result.status == 0 else { throw AWSEmulator.Failure(description: "generate failed: \(result.stderr)") }
        return result.stdout
    }

    /// The VPC's endpoints, as `describe-vpc-endpoints` lists them.
    func endpoints() throws -> [[String: Any]] {
        try AWSEmulator.json(["ec2", "describe-vpc-endpoints", "--filters", "Name=vpc-id,Values=\(vpc)", "--query", "VpcEndpoints"])
            as? [[String: Any]] ?? []
    }

    /// The VPC's security groups other than its default one.
    func securityGroups() throws -> [[String: Any]] {
        let groups = try AWSEmulator.json(["ec2", "describe-security-groups", "--filters", "Name=vpc-id,Values=\(vpc)", "--query", "SecurityGroups"])
            as? [[String: Any]] ?? []
        return groups.filter { $0["GroupName"] as? String != "default" }
    }

    /// The blocks a group allows on exactly TCP 10000–11000.
    static func brokerBlocks(of group: [String: Any]) -> Set<String> {
        let rules = group["IpPermissions"] as? [[String: Any]] ?? []
        return Set(rules.filter { $0["IpProtocol"] as? String == "tcp" && $0["FromPort"] as? Int == 10000 && $0["ToPort"] as? Int == 11000 }
            .flatMap { ($0["IpRanges"] as? [[String: Any]] ?? []).compactMap { $0["CidrIp"] as? String } })
    }
}
