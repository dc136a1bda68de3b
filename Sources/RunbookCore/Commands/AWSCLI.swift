/// The AWS CLI commands for the AWS side (reference/privatelink-facts.md, section 4) and what they
/// print. Values learned along the way travel in shell variables set by earlier blocks, so nothing
/// is retyped, and the blocks that do not call `heroku` run in order as one script (bash or zsh).
/// A block that can fail in a way the reader must act on prints why and what to do in the
/// reader's language, then fails with `false` rather than `exit`, which would close an
/// interactive shell; under `set -e` a script stops there.
package enum AWSCLI {
    /// ` --region R` where the region is known; otherwise the CLI's configured region applies.
    static func regionFlag(_ region: PrivateSpaceRegion?) -> String {
        region.map { " --region \($0.awsCode)" } ?? ""
    }

    /// `echo SENTENCE >&2` then `false`, indented to sit inside an `if`.
    static func fail(_ sentence: Text, indent: String = "  ") -> Verbatim {
        Verbatim.lines(["\(echoError: sentence)", "false"]).indented(by: indent)
    }

    /// The state check polls this often and this many times: there is no waiter for VPC endpoints.
    package static let pollSeconds = 20
    static let pollAttempts = 60
    package static var pollMinutes: Int { pollSeconds * pollAttempts / 60 }

    /// Example ids in the shape AWS prints; the customer's own differ.
    package static let exampleGroupID = "sg-0123456789abcdef0"
    /// The one example of an endpoint id in every step, plainly not the customer's (nor the
    /// article's, which a reader may take for a real one).
    package static let exampleEndpointID = "vpce-0123456789abcdef0"
    package static let exampleCIDR = "10.0.0.0/16"
    package static var exampleConfigID: String { VPCEndpointID(value: exampleEndpointID).configVarID }
}
