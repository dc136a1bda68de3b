/// Where a block that deletes must be looking: the VPC, the region its commands use, and the
/// account that owns the endpoint where the runbook knows it.
package struct DeletionPlace: Sendable, Equatable {
    package let vpc: String
    /// The region of `--region`; nil when the commands use the AWS CLI's own.
    package let region: PrivateSpaceRegion?
    /// The 12-digit id of the account that owns the endpoint; nil when the runbook does not know it.
    package let account: String?

    package init(vpc: String, region: PrivateSpaceRegion?, account: String?) {
        self.vpc = vpc
        self.region = region
        self.account = account
    }

    /// The sentence `key` naming the region, or, without `--region`, its variant
    /// (`key.configured-region`) that speaks of the AWS CLI's own region in each language's words.
    package func sentence(_ key: String, _ arguments: Text.Arguments) -> Text {
        guard let region else { return Text(key + ".configured-region", arguments) }
        return Text(key, arguments.merging(["region": .code(region.awsCode)]) { $1 })
    }
}

extension AWSCLI {
    /// The shell variable that holds the account of the credentials in use.
    static let callerAccount = "CALLER_ACCOUNT"

    /// `body`, run only once the place is proven: the credentials are the expected account's
    /// (`aws sts get-caller-identity --query Account --output text` prints the 12-digit id: facts
    /// file, section 3) and AWS shows them the VPC in the region (`describe-vpcs --vpc-ids`
    /// fails with `InvalidVpcID.NotFound` for a VPC it does not show them). Otherwise the block
    /// says which check failed and what that may mean, deletes nothing and ends non-zero.
    static func proving(_ place: DeletionPlace, then body: Verbatim) -> Verbatim {
        let region = regionFlag(place.region)
        let account: Text.Argument = .shellVariable(callerAccount)
        let identity: Verbatim = """
            if ! \(callerAccount)=$(aws sts get-caller-identity\(region) --query Account --output text); then
            \(fail(Text("shell.place.identity-failed")))
            """
        let expected: Verbatim = place.account.map { id in
            """
            elif [ "$\(callerAccount)" != \(id) ]; then
            \(fail(Text("shell.place.other-account", ["actual": account, "account": .code(id)])))
            """
        } ?? ""
        let vpc: Verbatim = """
            elif ! aws ec2 describe-vpcs\(region) --vpc-ids \(place.vpc) --query 'Vpcs[0].VpcId' --output text > /dev/null; then
            \(fail(place.sentence("shell.place.no-vpc", ["account": account, "vpc": .code(place.vpc)])))
            else
              \(echo: place.sentence("shell.place.found", ["account": account, "vpc": .code(place.vpc)]))
            \(body.indented(by: "  "))
            fi
            """
        return place.account == nil ? .lines([identity, vpc]) : .lines([identity, expected, vpc])
    }

    /// The sentence a proven place prints, in an expected output.
    static func placeFound(_ place: DeletionPlace) -> Text {
        place.sentence("shell.place.found", ["account": .code(place.account ?? exampleAccountPlaceholder), "vpc": .code(place.vpc)])
    }

    /// Stands for the account's id in an expected output when the runbook does not know it.
    package static let exampleAccountPlaceholder = "<ACCOUNT_ID>"
}
