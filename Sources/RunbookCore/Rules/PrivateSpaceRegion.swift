/// A Heroku Private Space region and the AWS region it runs in
/// (source: `heroku regions --private`; see reference/privatelink-facts.md, section 2).
public struct PrivateSpaceRegion: Sendable, Equatable, Hashable {
    /// Heroku's name, e.g. `virginia`.
    public let name: String
    /// The AWS region code, e.g. `us-east-1`.
    public let awsCode: String
    /// False where the pairing comes from the AWS city name and was not confirmed from Heroku.
    public let verified: Bool

    public static let all: [PrivateSpaceRegion] = [
        .init(name: "virginia", awsCode: "us-east-1", verified: true),
        .init(name: "oregon", awsCode: "us-west-2", verified: true),
        .init(name: "frankfurt", awsCode: "eu-central-1", verified: true),
        .init(name: "dublin", awsCode: "eu-west-1", verified: true),
        .init(name: "tokyo", awsCode: "ap-northeast-1", verified: true),
        .init(name: "sydney", awsCode: "ap-southeast-2", verified: true),
        .init(name: "london", awsCode: "eu-west-2", verified: false),
        .init(name: "montreal", awsCode: "ca-central-1", verified: false),
        .init(name: "mumbai", awsCode: "ap-south-1", verified: false),
        .init(name: "singapore", awsCode: "ap-southeast-1", verified: false),
    ]

    /// Looks a region up by AWS code (`us-east-1`) or Heroku name (`virginia`).
    public static func named(_ value: String) -> PrivateSpaceRegion? {
        all.first { $0.awsCode == value || $0.name == value }
    }
}
