/// The inputs exactly as typed, before any rule has looked at them.
public struct RawInput: Sendable, Equatable {
    public var addon: String?
    public var app: String?
    public var awsAccountIDs: [String]
    public var endpointID: String?
    public var region: String?
    public var serviceName: String?
    public var vpcID: String?
    public var subnetIDs: [String]
    public var securityGroupID: String?
    public var cidr: String?
    public var awsSteps: String?
    public var task: String?

    public init(
        addon: String? = nil, app: String? = nil, awsAccountIDs: [String] = [],
        endpointID: String? = nil, region: String? = nil, serviceName: String? = nil,
        vpcID: String? = nil, subnetIDs: [String] = [], securityGroupID: String? = nil,
        cidr: String? = nil, awsSteps: String? = nil, task: String? = nil
    ) {
        self.addon = addon
        self.app = app
        self.awsAccountIDs = awsAccountIDs
        self.endpointID = endpointID
        self.region = region
        self.serviceName = serviceName
        self.vpcID = vpcID
        self.subnetIDs = subnetIDs
        self.securityGroupID = securityGroupID
        self.cidr = cidr
        self.awsSteps = awsSteps
        self.task = task
    }

    /// The values given for `field`, in the order typed.
    public func values(for field: Field) -> [String] {
        switch field {
        case .addon: addon.map { [$0] } ?? []
        case .app: app.map { [$0] } ?? []
        case .awsAccountID: awsAccountIDs
        case .endpointID: endpointID.map { [$0] } ?? []
        case .region: region.map { [$0] } ?? []
        case .serviceName: serviceName.map { [$0] } ?? []
        case .vpcID: vpcID.map { [$0] } ?? []
        case .subnetID: subnetIDs
        case .securityGroupID: securityGroupID.map { [$0] } ?? []
        case .cidr: cidr.map { [$0] } ?? []
        case .awsSteps: awsSteps.map { [$0] } ?? []
        case .task: task.map { [$0] } ?? []
        }
    }

    /// Records a value typed for `field`: appended for repeatable fields, replacing otherwise.
    public mutating func add(_ value: String, for field: Field) {
        switch field {
        case .addon: addon = value
        case .app: app = value
        case .awsAccountID: awsAccountIDs.append(value)
        case .endpointID: endpointID = value
        case .region: region = value
        case .serviceName: serviceName = value
        case .vpcID: vpcID = value
        case .subnetID: subnetIDs.append(value)
        case .securityGroupID: securityGroupID = value
        case .cidr: cidr = value
        case .awsSteps: awsSteps = value
        case .task: task = value
        }
    }
}
