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

    /// Looks a region up by AWS code (`us-east-1`) or Heroku name (`virginia`), in any case.
    public static func named(_ value: String) -> PrivateSpaceRegion? {
        let name = value.lowercased()
        return all.first { $0.awsCode == name || $0.name == name }
    }

    /// `ap-northeast-1 (tokyo)`: how a suggestion names the region.
    package var display: String { "\(awsCode) (\(name))" }

    /// The region of an Availability Zone's name (`ap-northeast-1a`, `us-east-1c`): a region code
    /// and one letter (zones are named so in every region; AWS documentation, "Regions and Zones").
    package static func ofZone(_ value: String) -> PrivateSpaceRegion? {
        let name = value.lowercased()
        guard let last = name.last, last.isLetter, last.isASCII, name.count > 2 else { return nil }
        let region = name.dropLast()
        guard region.last?.isNumber == true else { return nil }
        return named(String(region))
    }

    /// The region whose code or name is one or two edits from `value` (`tokio`, `us-east1`),
    /// as a suggestion; nil when none is that close, or more than one is.
    package static func closest(to value: String) -> String? {
        let name = value.lowercased()
        let near = all.filter { region in
            [region.awsCode, region.name].contains { EditDistance.between(name, $0) <= 2 }
        }
        return near.count == 1 ? near[0].display : nil
    }
}
