import RunbookTestSupport
@testable import RunbookBuilders
@testable import RunbookCore
@testable import RunbookKit
@testable import RunbookRender

/// Inputs for the Terraform path, one for each shape of configuration and each task: the golden
/// runbooks and configurations (`Fixtures/terraform/`) are made from these, and `make
/// terraform-test` runs `terraform fmt -check` and `terraform validate` on every configuration there.
enum TerraformInputs {
    static let serviceName = "com.amazonaws.vpce.ap-northeast-1.vpce-svc-0123456789abcdef0"

    /// create, Terraform alone: a group of its own, every IPv4 block of the VPC, two subnets.
    static let create = RawInput(
        addon: "kafka-tokyo-0042", app: "orders-api", awsAccountIDs: ["012345678901", "210987654321:role/kafka-client"],
        serviceName: serviceName, vpcID: "vpc-0fedcba9876543210", subnetIDs: ["subnet-0fedcba9876543210", "subnet-0fedcba9876543211"],
        awsSteps: "terraform")

    /// add-accounts beside the console: another account's VPC, its own group reused, one CIDR block.
    static let addAccounts = RawInput(
        addon: "kafka-tokyo-0042", app: "orders-api", awsAccountIDs: ["345678901234:role/kafka-client"],
        serviceName: serviceName, vpcID: "vpc-0123456789abcdef1", subnetIDs: ["subnet-0123456789abcdef1"],
        securityGroupID: "sg-0123456789abcdef1", cidr: "10.8.0.0/16", awsSteps: "console+terraform", task: "add-accounts")

    /// remove-accounts with Terraform: the add-accounts configuration of that VPC, or the create one's.
    static let removeAccounts = RawInput(
        addon: "kafka-tokyo-0042", app: "orders-api", awsAccountIDs: ["345678901234:role/kafka-client"],
        endpointID: "vpce-0123456789abcdef1", vpcID: "vpc-0123456789abcdef1", awsSteps: "terraform", task: "remove-accounts")

    /// teardown beside the console.
    static let teardown = RawInput(
        addon: "kafka-tokyo-0042", app: "orders-api", endpointID: "vpce-01c87ae3c05563935", awsSteps: "console+terraform", task: "teardown")

    /// The article's example, whose endpoint exists: adopted with an import block, its group reused.
    static var existingEndpoint: RawInput {
        var raw = articleExample
        raw.awsSteps = "terraform"
        raw.securityGroupID = "sg-0123456789abcdef0"
        return raw
    }

    static let all: [(name: String, raw: RawInput)] = [
        ("create", create), ("add-accounts", addAccounts), ("remove-accounts", removeAccounts), ("teardown", teardown),
        ("existing-endpoint", existingEndpoint),
    ]
}
