extension TerraformConfiguration {
    /// The version constraint on the AWS provider: any 5.x from 5.0 on.
    package static let providerConstraint = "~> 5.0"
    /// Import blocks came in Terraform 1.5.0; their `id` may name a variable only from 1.6.0
    /// (developer.hashicorp.com/terraform/language/v1.6.x/import; opentofu/opentofu#1084, a
    /// maintainer: "This feature was in 1.6.x of terraform but not 1.5.x"). Everything else here
    /// (preconditions with messages built from values, 1.2.0) is older.
    package static let baseVersion = TerraformVersion(major: 1, minor: 5, patch: 0)
    package static let importVersion = TerraformVersion(major: 1, minor: 6, patch: 0)
}
