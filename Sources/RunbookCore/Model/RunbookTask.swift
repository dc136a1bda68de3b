/// What a runbook is for: the endpoint's first day, or a change later in its life.
public enum RunbookTask: String, CaseIterable, Sendable, Codable {
    /// Create the endpoint service and connect a VPC (the Dev Center article).
    case create
    /// Allow more AWS accounts and connect their VPCs.
    case addAccounts = "add-accounts"
    /// Stop allowing AWS accounts, and delete their endpoints.
    case removeAccounts = "remove-accounts"
    /// Delete the VPC endpoint, its security group and the endpoint service.
    case teardown

    /// Whether the task makes a VPC endpoint, and so needs subnets for it.
    public var createsEndpoint: Bool { self == .create || self == .addAccounts }

    /// The file name without language and format: `runbook` for create, `runbook-<task>` otherwise,
    /// so that the create runbook keeps the name it always had.
    public var fileStem: String { self == .create ? "runbook" : "runbook-\(rawValue)" }
}
