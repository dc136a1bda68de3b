/// What a finding is. The raw value is stable (`diagnose --json` prints it, tools and tests rely on
/// it) and keys the finding's explanation in the catalogs (`finding.<id>`, or a variant of it).
public enum FindingID: String, Sendable, CaseIterable, Codable {
    case accountNotAllowed = "account.not-allowed"
    case allowedAccountProvisioning = "allowed-account.provisioning"
    case awsError = "aws.error"
    case connectionStringMissing = "connection-string.missing"
    case connectionStringPresent = "connection-string.present"
    case endpointServiceDeprovisioned = "endpoint-service.deprovisioned"
    case endpointServiceProvisioning = "endpoint-service.provisioning"
    case herokuAddonNotFound = "heroku.addon-not-found"
    case herokuArticleLink = "heroku.article-link"
    case herokuMissingArgument = "heroku.missing-argument"
    case pasteInvalidValue = "paste.invalid-value"
    case pastePartlyRecognized = "paste.partly-recognized"
    case pasteUnrecognized = "paste.unrecognized"
    case pluginMissing = "plugin.missing"
    case regionMismatch = "region.mismatch"
    case runbookCheckFailed = "runbook.check-failed"
    case securityGroupPorts = "security-group.ports"
    case securityGroupRuleExists = "security-group.rule-exists"
    case valuesConflict = "values.conflict"
    case vpcEndpointFailed = "vpc-endpoint.failed"
    case vpcEndpointInvalidServiceName = "vpc-endpoint.invalid-service-name"
    case vpcEndpointPending = "vpc-endpoint.pending"
    case vpcEndpointPendingAcceptance = "vpc-endpoint.pending-acceptance"
    case vpcEndpointRejected = "vpc-endpoint.rejected"
    case vpcEndpointState = "vpc-endpoint.state"
    case vpcEndpointWrongService = "vpc-endpoint.wrong-service"

    /// The catalog key of its usual explanation.
    public var messageKey: String { "finding.\(rawValue)" }
}
