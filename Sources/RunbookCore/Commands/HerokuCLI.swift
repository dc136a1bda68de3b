/// The exact commands the runbook prints and what the current tools print back
/// (reference/privatelink-facts.md, sections 1 and 3: `data-privatelink` plugin 2.0.x).
/// Where the article's example output differs, these strings follow the current CLI.
package enum HerokuCLI {
    package static let installPlugin = "heroku plugins:install data-privatelink"

    package static let accountIDCommand = "aws sts get-caller-identity --output text --query 'Account'"

    /// The add-on comes before `--aws-account-id`: the flag is greedy and takes every bare word after it.
    package static func create(addon: String, accounts: [AWSAccount], app: String) -> String {
        withAccounts("heroku data:privatelink:create", addon: addon, accounts: accounts, app: app)
    }

    /// `COMMAND ADDON --aws-account-id A [--aws-account-id B …] --app APP`, in that order.
    static func withAccounts(_ command: String, addon: String, accounts: [AWSAccount], app: String) -> String {
        ([command, addon] + accounts.map { "--aws-account-id \($0.argument)" } + ["--app", app]).joined(separator: " ")
    }

    package static func createOutput(addon: String, app: String) -> String {
        """
        Creating privatelink endpoint... done

        Service Name: Provisioning
        Status:       Provisioning

        The privatelink endpoint is now being provisioned for \(addon).
        Use  $ \(wait(addon: addon, app: app))  to check the creation process.
        """
    }

    package static func wait(addon: String, app: String) -> String {
        "heroku data:privatelink:wait \(addon) --app \(app)"
    }

    package static let waitOutput = "Waiting for the privatelink endpoint to be provisioned... done"

    package static func status(addon: String, app: String) -> String {
        "heroku data:privatelink \(addon) --app \(app)"
    }

    package static let articleURL = "https://devcenter.heroku.com/articles/heroku-kafka-via-privatelink"
    package static let articleURLJapanese = "https://devcenter.heroku.com/ja/articles/heroku-kafka-via-privatelink"

    /// The article the status output sends the reader to. The plugin picks the product word from the
    /// add-on's name, not from the product: `postgres`, else `kafka`, else `redis` if the name
    /// contains it, otherwise JavaScript's `undefined` (heroku-data-privatelink-cli v2.0.1,
    /// `src/commands/data/privatelink/index.ts`, `addonType()`; facts file, section 1).
    static func statusArticleURL(addon: String) -> String {
        let word = ["postgres", "kafka", "redis"].first { addon.contains($0) } ?? "undefined"
        return "https://devcenter.heroku.com/articles/heroku-\(word)-via-privatelink"
    }

    /// What `heroku data:privatelink` prints once the endpoint is operational and before a VPC
    /// endpoint connects: the table ends with a newline and the command then prints an empty line,
    /// so two blank lines come before the closing text (facts file, section 1).
    package static func statusOutput(addon: String, serviceName: String, accounts: [AWSAccount]) -> String {
        """
        === privatelink endpoint status for \(addon)

        Service Name: \(serviceName)
        Status:       Operational

        === Allowed Accounts

        \(table(["ARN", "Status"], accounts.map { [$0.arn, "Active"] }))


        Your privatelink endpoint is now operational.
        You must now copy the Service Name and follow the rest of the steps listed in \(statusArticleURL(addon: addon))
        """
    }

    /// What `heroku data:privatelink` prints once VPC endpoints have connected: a
    /// `=== Connections` table (`Endpoint ID`, `Owner ARN`, `Status`) takes the place of the two
    /// closing lines, after the same blank lines (heroku-data-privatelink-cli v2.0.x,
    /// `src/commands/data/privatelink/index.ts`; the plugin's own test shows an owner as
    /// `arn:aws:iam::ID:root` and the status `Available`; facts file, sections 1 and 6).
    package static func statusOutput(addon: String, serviceName: String, accounts: [AWSAccount],
                                     connections: [(endpoint: String, owner: String)]) -> String {
        """
        === privatelink endpoint status for \(addon)

        Service Name: \(serviceName)
        Status:       Operational

        === Allowed Accounts

        \(table(["ARN", "Status"], accounts.map { [$0.arn, "Active"] }))


        === Connections

        \(table(["Endpoint ID", "Owner ARN", "Status"], connections.map { [$0.endpoint, $0.owner, connectionAvailable] }))
        """
    }

    /// The status of a connection that AWS accepted (the plugin's own test).
    package static let connectionAvailable = "Available"

    /// The Owner ARN the Connections table shows for an account's endpoint.
    package static func ownerARN(_ account: AWSAccount) -> String {
        "arn:aws:iam::\(account.id):root"
    }

    package static func config(app: String, matching pattern: String) -> String {
        "heroku config --app \(app) | grep \(pattern)"
    }

    /// The line `heroku config` prints for an endpoint's config var; host names are the endpoint's DNS names.
    package static func configOutput(configVarName: String) -> String {
        let brokers = (10001...10003).map { "kafka+ssl://vpc-endpoint-dns-name:\($0)" }
        return "\(configVarName): " + brokers.joined(separator: ",")
    }

    /// Placeholders used inside expected output where a value is not known yet.
    package static let serviceNamePlaceholder = "<SERVICE_NAME>"
    package static let endpointVarPlaceholder = "KAFKA_ENDPOINT_<ENDPOINT_ID>_URL"
    /// What every endpoint's config var starts with, for grepping before the endpoint id is known.
    package static let endpointVarPrefix = "KAFKA_ENDPOINT_"
}

extension HerokuCLI {
    /// Kafka brokers behind the endpoint listen on these TCP ports; the security group must allow them.
    package static let brokerPorts = 10000...11000
    package static var brokerPortsText: String { "\(brokerPorts.lowerBound)-\(brokerPorts.upperBound)" }
}
