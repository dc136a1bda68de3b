import RunbookKit

/// Accept/refuse tables for every rule, with the edge cases people get wrong: each value for a
/// field, and the rule that refuses it (nil: accepted). `RuleTests` checks them against the rules,
/// `JSONSchemaTests` against an independent JSON Schema validator.
public enum RuleSamples {
    public static let cases: [(Field, String, String?)] = [
        // add-on: letter first, then letters, digits, - and _; custom names allowed
        (.addon, "kafka-sushi-12345", nil), (.addon, "My_Kafka", nil), (.addon, "ab", nil),
        (.addon, "k", "addon.pattern"), (.addon, "1kafka", "addon.pattern"), (.addon, "-kafka", "addon.pattern"),
        (.addon, "", "addon.pattern"), (.addon, "kafka.sushi", "addon.pattern"), (.addon, "kafka/../x", "addon.pattern"),
        (.addon, "k" + String(repeating: "a", count: 199), nil), (.addon, "k" + String(repeating: "a", count: 200), "addon.length"),
        (.addon, "kafka sushi", "addon.characters"), (.addon, "kafka;rm -rf", "addon.characters"),
        (.addon, "kafka$(id)", "addon.characters"), (.addon, "<script>", "addon.characters"),
        (.addon, "kafkа", "addon.characters"), (.addon, "kafka\n", "addon.characters"),
        // app: 3–30, lowercase letter first, no trailing hyphen
        (.app, "privatelink-vpc-endpoint-demo", nil), (.app, "abc", nil), (.app, "a" + String(repeating: "b", count: 29), nil),
        (.app, "ab", "app.pattern"), (.app, "a" + String(repeating: "b", count: 30), "app.pattern"),
        (.app, "Bad_App", "app.pattern"), (.app, "1app", "app.pattern"), (.app, "app-", "app.pattern"),
        (.app, "my app", "app.characters"), (.app, "app`id`", "app.characters"), (.app, "ａpp", "app.characters"),
        // AWS accounts: three forms, 12 digits kept as a string
        (.awsAccountID, "123456789101", nil), (.awsAccountID, "012345678901", nil),
        (.awsAccountID, "123456789101:user/abc.xyz", nil), (.awsAccountID, "123456789101:role/rolename", nil),
        (.awsAccountID, "123456789101:user/a+b=c,d.e@f_g-h", nil),
        (.awsAccountID, "123456789101:role/" + String(repeating: "r", count: 64), nil),
        (.awsAccountID, "12345", "aws-account-id.id"), (.awsAccountID, "1234567891011", "aws-account-id.id"),
        (.awsAccountID, "12345678910a", "aws-account-id.id"),
        // the mistakes people make most, each told its correction
        (.awsAccountID, "arn:aws:iam::123456789101:root", "aws-account-id.arn"), (.awsAccountID, "arn:aws:iam::123456789101:user/abc", "aws-account-id.arn"),
        (.awsAccountID, "2109-8765-4321", "aws-account-id.hyphens"), (.awsAccountID, "2109-8765-4321:role/kafka", "aws-account-id.hyphens"),
        (.awsAccountID, "210987654321,123456789012", "aws-account-id.list"), (.awsAccountID, "210987654321, 123456789012", "aws-account-id.list"),
        (.awsAccountID, "210987654321,", "aws-account-id.list"), (.awsAccountID, "2109-8765-432", "aws-account-id.id"),
        (.awsAccountID, "١٢٣٤٥٦٧٨٩١٠١", "aws-account-id.characters"),
        (.awsAccountID, "123456789101:group/admins", "aws-account-id.form"), (.awsAccountID, "123456789101:", "aws-account-id.form"),
        (.awsAccountID, "123456789101:User/abc", "aws-account-id.form"),
        (.awsAccountID, "123456789101:user/", "aws-account-id.name"),
        (.awsAccountID, "123456789101:role/" + String(repeating: "r", count: 65), "aws-account-id.name"),
        (.awsAccountID, "123456789101:user/a/b", "aws-account-id.name"), (.awsAccountID, "123456789101:user/a:b", "aws-account-id.name"),
        (.awsAccountID, "123456789101:user/a b", "aws-account-id.characters"),
        (.awsAccountID, "123456789101 --app x", "aws-account-id.characters"),
        // VPC endpoint: vpce- + 17 lowercase hex
        (.endpointID, "vpce-01c87ae3c05563935", nil),
        (.endpointID, "vpce-01C87AE3C05563935", "endpoint-id.pattern"), (.endpointID, "vpce-1a2b3c4d", "endpoint-id.pattern"),
        (.endpointID, "vpce-01c87ae3c0556393", "endpoint-id.pattern"), (.endpointID, "vpce-01c87ae3c055639356", "endpoint-id.pattern"),
        (.endpointID, "01c87ae3c05563935", "endpoint-id.pattern"), (.endpointID, "vpce-01c87ae3c0556393g", "endpoint-id.pattern"),
        (.endpointID, "vpce-01c87ae3c05563935\u{200B}", "endpoint-id.characters"),
        // region: Private Space regions by AWS code or Heroku name
        (.region, "us-east-1", nil), (.region, "virginia", nil), (.region, "tokyo", nil), (.region, "ap-southeast-1", nil),
        (.region, "Tokyo", nil), (.region, "US-EAST-1", nil), (.region, "Virginia", nil),
        (.region, "us-east-2", "region.known"), (.region, "tokio", "region.known"),
        (.region, "ap-northeast-1a", "region.zone"), (.region, "US-EAST-1C", "region.zone"), (.region, "us-east-2a", "region.known"),
        (.region, "", "region.known"), (.region, "us east 1", "region.characters"),
        // a runbook's placeholder pasted as it is
        (.region, "<REGION>", "region.placeholder"), (.endpointID, "<ENDPOINT_ID>", "endpoint-id.placeholder"),
        (.serviceName, "<SERVICE_NAME>", "service-name.placeholder"),
        // service name: com.amazonaws.vpce.<region>.vpce-svc-<17 hex>
        (.serviceName, "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec", nil),
        (.serviceName, "com.amazonaws.vpce.ap-northeast-1.vpce-svc-0410a2e25933fe8ec", nil),
        (.serviceName, "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e2", "service-name.pattern"),
        (.serviceName, "com.amazonaws.vpce.us-east-1.vpce-svc-0410A2E25933FE8EC", "service-name.pattern"),
        (.serviceName, "com.amazonaws.us-east-1.vpce-svc-0410a2e25933fe8ec", "service-name.pattern"),
        (.serviceName, "vpce-svc-0410a2e25933fe8ec", "service-name.pattern"),
        (.serviceName, "com.amazonaws.vpce.us-east-2.vpce-svc-0410a2e25933fe8ec", "service-name.region"),
        (.serviceName, "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec'", "service-name.characters"),
        // VPC, subnet, security group: prefix and 17 lowercase hex, or 8 for old resources
        (.vpcID, "vpc-0a1b2c3d4e5f67890", nil), (.vpcID, "vpc-1a2b3c4d", nil),
        (.vpcID, "vpc-0A1B2C3D4E5F67890", "vpc-id.pattern"), (.vpcID, "vpc-1a2b3c4d5", "vpc-id.pattern"),
        (.vpcID, "subnet-0a1b2c3d4e5f67890", "vpc-id.pattern"), (.vpcID, "vpc-0a1b2c3d4e5f6789;", "vpc-id.characters"),
        (.subnetID, "subnet-0a1b2c3d4e5f67890", nil), (.subnetID, "subnet-1a2b3c4d", nil),
        (.subnetID, "subnet-xyz", "subnet-id.pattern"), (.subnetID, "subnet-0a1b2c3d4e5f67890 subnet-1", "subnet-id.characters"),
        (.securityGroupID, "sg-0a1b2c3d4e5f67890", nil), (.securityGroupID, "sg-1a2b3c4d", nil),
        (.securityGroupID, "sg-default", "security-group-id.pattern"), (.securityGroupID, "sg-$(id)", "security-group-id.characters"),
        // CIDR: IPv4, no leading zeros, host bits clear
        (.cidr, "10.0.0.0/16", nil), (.cidr, "0.0.0.0/0", nil), (.cidr, "192.168.1.7/32", nil), (.cidr, "172.31.0.0/16", nil),
        (.cidr, "10.0.0.0", "cidr.pattern"), (.cidr, "10.0.0.0/33", "cidr.pattern"), (.cidr, "256.0.0.0/8", "cidr.pattern"),
        (.cidr, "010.0.0.0/8", "cidr.pattern"), (.cidr, "10.0.0/16", "cidr.pattern"), (.cidr, "::/0", "cidr.pattern"),
        (.cidr, "10.0.0.5/16", "cidr.network"), (.cidr, "10.0.0.0/16;id", "cidr.characters"),
        // how to show the AWS side
        (.awsSteps, "console", nil), (.awsSteps, "cli", nil), (.awsSteps, "both", nil),
        (.awsSteps, "CLI", "aws-steps.known"), (.awsSteps, "Terraform", "aws-steps.known"), (.awsSteps, "cli+terraform", "aws-steps.known"),
        // what the runbook is for
        (.task, "create", nil), (.task, "add-accounts", nil), (.task, "remove-accounts", nil), (.task, "teardown", nil),
        (.task, "Teardown", "task.known"), (.task, "destroy", "task.known"), (.task, "add accounts", "task.characters"),
    ]
}
