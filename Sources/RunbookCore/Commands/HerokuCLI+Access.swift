/// The commands for the rest of the endpoint's life: allowed accounts and destroying the endpoint
/// service. Source: heroku-data-privatelink-cli, `src/commands/data/privatelink/access/*.ts` and
/// `destroy.ts`, and their unit tests (facts file, section 1).
extension HerokuCLI {
    package static func access(addon: String, app: String) -> String {
        "heroku data:privatelink:access \(addon) --app \(app)"
    }

    /// The allowed accounts as `data:privatelink:access` prints them: the same table as
    /// `data:privatelink` (`hux.table`), with no heading.
    package static func accessOutput(_ rows: [(arn: String, status: String)]) -> String {
        table(["ARN", "Status"], rows.map { [$0.arn, $0.status] })
    }

    /// What `data:privatelink:access` prints when no account is allowed (`access/index.ts`, stdout).
    package static let noAllowedAccounts = "There are no allowed accounts"

    package static func accessAdd(addon: String, accounts: [AWSAccount], app: String) -> String {
        withAccounts("heroku data:privatelink:access:add", addon: addon, accounts: accounts, app: app)
    }

    package static func accessRemove(addon: String, accounts: [AWSAccount], app: String) -> String {
        withAccounts("heroku data:privatelink:access:remove", addon: addon, accounts: accounts, app: app)
    }

    /// On standard error: the action's text, singular or plural by the number of accounts
    /// (`access/add.ts`: `Adding ${accountFormatted}`; `access/remove.ts` likewise, its unit tests
    /// expecting "Removing account" and "Removing accounts"), then `... done` when it stops.
    package static func addOutput(count: Int) -> String { "Adding \(count == 1 ? "account" : "accounts")... done" }
    package static func removeOutput(count: Int) -> String { "Removing \(count == 1 ? "account" : "accounts")... done" }

    /// Deletes the endpoint service at once: the command asks for no confirmation (`destroy.ts`).
    package static func destroy(addon: String, app: String) -> String {
        "heroku data:privatelink:destroy \(addon) --app \(app)"
    }

    /// On standard error (`destroy.ts`: `ux.action.start('Destroying privatelink endpoint')`).
    package static let destroyOutput = "Destroying privatelink endpoint... done"
}
