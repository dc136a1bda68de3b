/// What a finding is. The raw value is stable (`diagnose --json` prints it, tools and tests rely on
/// it) and keys the finding's explanation in the catalogs (`finding.<id>`, or a variant of it).
public enum FindingID: String, Sendable, CaseIterable, Codable {
    case accountKept = "account.kept"
    case accountNotAllowed = "account.not-allowed"
    case allowedAccountProvisioning = "allowed-account.provisioning"
    case awsError = "aws.error"
    case awsExpiredCredentials = "aws.expired-credentials"
    case awsUnauthorized = "aws.unauthorized"
    case connectionStringMalformed = "connection-string.malformed"
    case connectionStringMissing = "connection-string.missing"
    case connectionStringPresent = "connection-string.present"
    case endpointServiceDeprovisioned = "endpoint-service.deprovisioned"
    case endpointServiceProvisioning = "endpoint-service.provisioning"
    case herokuAddonAmbiguous = "heroku.addon-ambiguous"
    case herokuAddonNotFound = "heroku.addon-not-found"
    case herokuAddonOther = "heroku.addon-other"
    case herokuAddonTypo = "heroku.addon-typo"
    case herokuArticleLink = "heroku.article-link"
    case herokuMissingArgument = "heroku.missing-argument"
    case pasteArticleExample = "paste.article-example"
    case pasteInvalidValue = "paste.invalid-value"
    case pastePartlyRecognized = "paste.partly-recognized"
    case pastePlaceholder = "paste.placeholder"
    case pasteUnrecognized = "paste.unrecognized"
    case pluginMissing = "plugin.missing"
    case regionMismatch = "region.mismatch"
    case regionResources = "region.resources-elsewhere"
    case runbookCheckFailed = "runbook.check-failed"
    case secretExposed = "secret.exposed"
    case securityGroupPorts = "security-group.ports"
    case securityGroupRuleExists = "security-group.rule-exists"
    case ticketOutOfScope = "ticket.out-of-scope"
    case valuesConflict = "values.conflict"
    case vpcEndpointExpired = "vpc-endpoint.expired"
    case vpcEndpointFailed = "vpc-endpoint.failed"
    case vpcEndpointInvalidServiceName = "vpc-endpoint.invalid-service-name"
    case vpcEndpointNotFound = "vpc-endpoint.not-found"
    case vpcEndpointOtherAccount = "vpc-endpoint.other-account"
    case vpcEndpointOthers = "vpc-endpoint.others"
    case vpcEndpointPending = "vpc-endpoint.pending"
    case vpcEndpointPendingAcceptance = "vpc-endpoint.pending-acceptance"
    case vpcEndpointPendingTooLong = "vpc-endpoint.pending-too-long"
    case vpcEndpointRejected = "vpc-endpoint.rejected"
    case vpcEndpointState = "vpc-endpoint.state"
    case vpcEndpointWrongService = "vpc-endpoint.wrong-service"
    case vpcEndpointZoneUnsupported = "vpc-endpoint.zone-unsupported"

    /// The catalog key of its usual explanation.
    public var messageKey: String { "finding.\(rawValue)" }

    /// Findings about the pastes and the ticket rather than the customer's connection: the
    /// engineer reads them in the notes; the reply to the customer never mentions them.
    public var isForEngineer: Bool {
        switch self {
        case .pasteInvalidValue, .pastePartlyRecognized, .pasteUnrecognized, .ticketOutOfScope: true
        default: false
        }
    }
}
