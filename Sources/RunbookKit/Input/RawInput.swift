/// The inputs exactly as typed, before any rule has looked at them.
public struct RawInput: Sendable, Equatable {
    public var addon: String?
    public var app: String?
    public var awsAccountIDs: [String]
    public var endpointID: String?
    public var region: String?
    public var serviceName: String?

    public init(
        addon: String? = nil, app: String? = nil, awsAccountIDs: [String] = [],
        endpointID: String? = nil, region: String? = nil, serviceName: String? = nil
    ) {
        self.addon = addon
        self.app = app
        self.awsAccountIDs = awsAccountIDs
        self.endpointID = endpointID
        self.region = region
        self.serviceName = serviceName
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
        }
    }
}
