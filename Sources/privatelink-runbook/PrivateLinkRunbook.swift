import ArgumentParser

@main
struct PrivateLinkRunbook: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privatelink-runbook",
        abstract: "Runbooks for connecting an AWS VPC to Apache Kafka on Heroku over AWS PrivateLink.",
        discussion: """
            Validates the values of one customer (add-on, app, AWS accounts, endpoint, region) and writes \
            the runbook for them, in Japanese and English, as Markdown and as a self-contained HTML page; \
            batch does the same for every row of a JSON, NDJSON or CSV file; diagnose reads what a \
            customer pasted from their terminal and writes the ticket reply: where they are, what is \
            wrong, and what to run next; serve offers all of it as web pages and a JSON API.

            Exit codes: 0 ok, 64 usage error, 65 invalid input (nothing is written), 66 an input file is \
            missing or unreadable, 73 cannot create the output folder, 74 I/O error, 78 invalid templates.
            """,
        version: version,
        subcommands: [Generate.self, Validate.self, Rules.self, BatchCommand.self, Diagnose.self, Serve.self]
    )

    /// As `AsyncParsableCommand.main()`, with argument errors in the message language: `serve` runs
    /// asynchronously, the other commands synchronously.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch {
            ParserMessages.exit(self, withError: error)
        }
    }
}
