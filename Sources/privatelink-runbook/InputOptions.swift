import ArgumentParser
import Foundation
import RunbookKit

/// The customer's values, as typed; the RuleSet checks them, not the argument parser.
struct InputOptions: ParsableArguments {
    @Option(parsing: .unconditional, help: InputHelp.text(.addon, "The Kafka add-on, e.g. kafka-sushi-12345."))
    var addon: String?

    @Option(parsing: .unconditional, help: InputHelp.text(.app, "The Heroku app the add-on is attached to."))
    var app: String?

    @Option(name: .customLong("aws-account-id"), parsing: .unconditionalSingleValue,
            help: InputHelp.text(.awsAccountID, "An AWS account allowed to connect: ID, ID:user/NAME or ID:role/NAME. Repeat for more."))
    var awsAccountIDs: [String] = []

    @Option(name: .customLong("endpoint-id"), parsing: .unconditional, help: "The VPC endpoint id (vpce- and 17 hex digits), once it exists.")
    var endpointID: String?

    @Option(parsing: .unconditional, help: "The AWS region (us-east-1) or Private Space region (virginia), in any case.",
            completion: .list(PrivateSpaceRegion.all.flatMap { [$0.awsCode, $0.name] }))
    var region: String?

    @Option(name: .customLong("service-name"), parsing: .unconditional,
            help: "The endpoint service name (com.amazonaws.vpce.REGION.vpce-svc-ID), once heroku data:privatelink shows it.")
    var serviceName: String?

    @Option(name: .customLong("vpc-id"), parsing: .unconditional, help: "Your VPC (vpc-ID): adds the AWS CLI commands for the AWS side.")
    var vpcID: String?

    @Option(name: .customLong("subnet-id"), parsing: .unconditionalSingleValue, help: "A subnet of that VPC for the endpoint (subnet-ID). Repeat for more.")
    var subnetIDs: [String] = []

    @Option(name: .customLong("security-group-id"), parsing: .unconditional, help: "An existing security group (sg-ID) to reuse instead of creating one.")
    var securityGroupID: String?

    @Option(parsing: .unconditional, help: "The IPv4 CIDR block allowed to reach the brokers. Default: every IPv4 CIDR block of the VPC, looked up.")
    var cidr: String?

    @Option(name: .customLong("aws-steps"), parsing: .unconditional,
            help: "How to show the AWS side: console, cli, both, terraform or console+terraform (a Terraform configuration beside the runbook). Default: both with --vpc-id, else console.",
            completion: .list(AWSSteps.allCases.map(\.rawValue)))
    var awsSteps: String?

    @Option(help: "What the runbook is for: create, add-accounts, remove-accounts or teardown. Default: create.",
            completion: .list(RunbookTask.allCases.map(\.rawValue)))
    var task: String?

    var raw: RawInput {
        RawInput(addon: addon, app: app, awsAccountIDs: awsAccountIDs, endpointID: endpointID,
                 region: region, serviceName: serviceName, vpcID: vpcID, subnetIDs: subnetIDs,
                 securityGroupID: securityGroupID, cidr: cidr, awsSteps: awsSteps, task: task)
    }
}

/// `--lang`: one or more languages, comma-separated; messages use the first one, or else the locale.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), parsing: .unconditional, help: "Languages, comma-separated: ja, en. Default: both (messages follow LANG).",
            completion: .list(["ja", "en", "ja,en"]))
    var list: String?

    var languages: [Language]? {
        get throws { try list.map { try commaSeparated($0, flag: "--lang") } }
    }

    /// The language of messages: the first of `--lang`, else LC_ALL, LC_MESSAGES or LANG.
    var messageLanguage: Language {
        if let first = (try? languages)??.first { return first }
        return Self.localeLanguage
    }

    /// The language of LC_ALL, LC_MESSAGES or LANG, the first one set.
    static var localeLanguage: Language {
        let environment = ProcessInfo.processInfo.environment
        let locale = [environment["LC_ALL"], environment["LC_MESSAGES"], environment["LANG"]]
            .compactMap { $0 }.first { !$0.isEmpty }
        return Language.fromLocale(locale)
    }

    func validate() throws {
        _ = try languages
    }
}

/// `ja,en` → `[.ja, .en]`; an unknown name is a usage error naming the flag and the choices.
func commaSeparated<Value: RawRepresentable & CaseIterable>(_ list: String, flag: String) throws -> [Value]
where Value.RawValue == String {
    try list.split(separator: ",", omittingEmptySubsequences: false).map { name in
        guard let value = Value(rawValue: String(name)) else {
            let choices = Value.allCases.map(\.rawValue).joined(separator: ParserMessages.catalog.format("rules.separator"))
            throw usageError("parser.unknown-list-value", ["flag": flag, "list": list, "value": String(name), "choices": choices])
        }
        return value
    }
}
