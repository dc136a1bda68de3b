import RunbookCore

/// The Dev Center article's own example values and placeholders (reference/000_a2f5b91350861366.txt,
/// the article this tool follows). Pasted back in a ticket, they are the article's, not the
/// customer's: a value equal to one of them is never used, and the customer is asked for the
/// output of their own terminal. Values given as flags are the engineer's and are not judged here.
enum ArticleExample {
    /// Example values, by field (the article's example commands and outputs).
    static let values: [Field: Set<String>] = [
        .addon: ["kafka-sushi-12345"],
        .app: ["privatelink-vpc-endpoint-demo"],
        .awsAccountID: ["123456789101", "123456789101:user/abc.xyz"],
        .serviceName: ["com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"],
        .endpointID: ["vpce-01c87ae3c05563935"],
    ]

    /// The article's placeholders, as its commands spell them (`KAKFA_ADDON_NAME` with the
    /// article's own typo), and the words its older `wait` hint prints literally.
    static let placeholders: [Field: Set<String>] = [
        .addon: ["KAKFA_ADDON_NAME", "KAFKA_ADDON_NAME", "KAFKA_URL", "ADDON", "ADDON_NAME"],
        .app: ["APP_NAME", "APP", "your_app_name", "YOUR_APP_NAME", "MY_APP"],
        .awsAccountID: ["ACCOUNT_ID", "AWS_ACCOUNT_ID", "account-id", "account-id:user/username", "account-id:role/rolename"],
        .endpointID: ["ENDPOINT_ID_HERE", "ENDPOINT_ID"],
    ]

    static func isExample(_ field: Field, _ value: String) -> Bool {
        values[field]?.contains(value) == true
    }

    static func isPlaceholder(_ field: Field, _ value: String) -> Bool {
        placeholders[field]?.contains(value) == true || (value.hasPrefix("<") && value.hasSuffix(">"))
    }

    /// The article's config var id (`vpce-01c87ae3c05563935` → `01C87AE3C05563935`).
    static let configVarID = "01C87AE3C05563935"
}
