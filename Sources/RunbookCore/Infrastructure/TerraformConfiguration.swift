/// The Terraform configuration for the AWS side of one VPC: what it reads, makes, adopts and
/// reports, made from validated input by `TerraformBuilder`. The runbook's Terraform steps and the
/// files written beside it both come from this one value, so the plan the runbook announces is the
/// plan of the files.
public struct TerraformConfiguration: Sendable, Equatable {
    /// The add-on it connects to.
    public let addon: String
    /// Its folder, relative to the add-on's output folder: `terraform` for the create runbook,
    /// `terraform-<vpc-id>` for a VPC that add-accounts connects, so that one configuration (and
    /// the state Terraform keeps beside it) never replaces another's.
    public let folder: String
    /// The oldest Terraform release that reads these files.
    public let requiredVersion: TerraformVersion
    public let variables: [TerraformVariable]
    /// `locals`, in order.
    public let locals: [HCLAttribute]
    /// `data` blocks, in order.
    public let dataSources: [HCLBlock]
    /// `resource` blocks, in order.
    public let resources: [HCLBlock]
    /// What it adopts instead of creating: `import` blocks.
    public let imports: [TerraformImport]
    public let outputs: [TerraformOutput]
    /// What the first `terraform plan` shows, for the runbook to announce.
    public let plan: TerraformPlan
    /// The security group it makes, or nil when it reuses `--security-group-id`.
    public let managedGroupName: String?

    package init(addon: String, folder: String, requiredVersion: TerraformVersion, variables: [TerraformVariable], locals: [HCLAttribute], dataSources: [HCLBlock], resources: [HCLBlock], imports: [TerraformImport], outputs: [TerraformOutput], plan: TerraformPlan, managedGroupName: String?) {
        self.addon = addon
        self.folder = folder
        self.requiredVersion = requiredVersion
        self.variables = variables
        self.locals = locals
        self.dataSources = dataSources
        self.resources = resources
        self.imports = imports
        self.outputs = outputs
        self.plan = plan
        self.managedGroupName = managedGroupName
    }
}

/// `import { to = ADDRESS  id = ID }`: Terraform adopts what exists rather than making a second one.
public struct TerraformImport: Sendable, Equatable {
    /// The resource that takes the object over, e.g. `aws_vpc_endpoint.kafka`.
    public let address: String
    /// The object's id, as an expression (`var.endpoint_id`).
    public let id: HCLExpression

    package init(address: String, id: HCLExpression) {
        self.address = address
        self.id = id
    }
}

/// An `output` block: a value `terraform output` prints.
public struct TerraformOutput: Sendable, Equatable {
    public let name: String
    public let description: Text
    public let value: HCLExpression

    package init(name: String, description: Text, value: HCLExpression) {
        self.name = name
        self.description = description
        self.value = value
    }
}

/// A Terraform release, to say which ones the files accept.
public struct TerraformVersion: Sendable, Equatable, Comparable, CustomStringConvertible {
    public let major: Int, minor: Int, patch: Int

    package init(major: Int, minor: Int, patch: Int) {
        self.major = major
        self.minor = minor
        self.patch = patch
    }

    public var description: String { "\(major).\(minor).\(patch)" }

    public static func < (lhs: TerraformVersion, rhs: TerraformVersion) -> Bool {
        [lhs.major, lhs.minor, lhs.patch].lexicographicallyPrecedes([rhs.major, rhs.minor, rhs.patch])
    }
}

/// What `terraform plan` counts: its summary line and, after `apply`, the apply's.
public struct TerraformPlan: Sendable, Equatable {
    public let imports: Int
    public let additions: Int
    public let changes: Int

    package init(imports: Int, additions: Int, changes: Int) {
        self.imports = imports
        self.additions = additions
        self.changes = changes
    }

    /// The plan's last line, as Terraform 1.11.4 printed it here against moto:
    /// `Plan: 3 to add, 0 to change, 0 to destroy.`, and with an import block
    /// `Plan: 1 to import, 1 to add, 0 to change, 0 to destroy.` (the import count only when there is one).
    public var summaryLine: String {
        let imported = imports > 0 ? "\(imports) to import, " : ""
        return "Plan: \(imported)\(additions) to add, \(changes) to change, 0 to destroy."
    }

    /// The apply's last line, as Terraform 1.11.4 printed it here:
    /// `Apply complete! Resources: 3 added, 0 changed, 0 destroyed.`, and after an import
    /// `Apply complete! Resources: 1 imported, 1 added, 0 changed, 0 destroyed.`.
    public var applyLine: String {
        let imported = imports > 0 ? "\(imports) imported, " : ""
        return "Apply complete! Resources: \(imported)\(additions) added, \(changes) changed, 0 destroyed."
    }

    /// `terraform destroy`'s last line: it deletes everything the configuration holds, made or
    /// imported (`Destroy complete! Resources: 3 destroyed.`, Terraform 1.11.4 here).
    public var destroyLine: String {
        "Destroy complete! Resources: \(imports + additions) destroyed."
    }
}
