import ArgumentParser

@main
struct PrivateLinkRunbook: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "privatelink-runbook",
        abstract: "Runbooks for connecting an AWS VPC to Apache Kafka on Heroku over AWS PrivateLink.",
        discussion: """
            Validates the values of one customer (add-on, app, AWS accounts, endpoint, region) and writes \
            the runbook for them, in Japanese and English, as Markdown and as a self-contained HTML page.

            Exit codes: 0 ok, 64 usage error, 65 invalid input (nothing is written), 66 an input file \
            cannot be read, 73 cannot create the output folder, 74 I/O error, 78 invalid templates.
            """,
        subcommands: [Generate.self, Validate.self, Rules.self, Diagnose.self]
    )
}
