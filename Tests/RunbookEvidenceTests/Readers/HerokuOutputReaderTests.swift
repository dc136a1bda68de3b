import Testing
@testable import RunbookEvidence

/// The Heroku CLI and its `data-privatelink` plugin, 2.0.x and older wordings (facts file, section 1).
@Suite struct HerokuOutputReaderTests {
    let reader = HerokuOutputReader()

    @Test func statusHeaderServiceNameAndStatus() {
        #expect(kinds(reader, "=== privatelink endpoint status for kafka-sushi-12345") == [.value(.addon, "kafka-sushi-12345")])
        #expect(kinds(reader, "Service Name: com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec")
            == [.value(.serviceName, "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec")])
        // `create` prints `Service Name: Provisioning` before the service has a name.
        #expect(kinds(reader, "Service Name: Provisioning") == [])
        #expect(kinds(reader, "Status:       Operational") == [.endpointServiceStatus("Operational")])
        #expect(kinds(reader, "Status: nonsense") == nil)
    }

    @Test func tableRowsOfAllowedAccountsAndConnections() {
        #expect(kinds(reader, "  arn:aws:iam::123456789101:user/abc.xyz   Active")
            == [.allowedAccount(arn: "arn:aws:iam::123456789101:user/abc.xyz", status: "Active"), .value(.awsAccountID, "123456789101:user/abc.xyz")])
        #expect(kinds(reader, " ─────────────────────────────────────────────────") == [])
        #expect(kinds(reader, "  vpce-01c87ae3c05563935  arn:aws:iam::123456789101:root  Available")
            == [.connection(endpointID: "vpce-01c87ae3c05563935", ownerARN: "arn:aws:iam::123456789101:root", status: "Available"),
                .value(.endpointID, "vpce-01c87ae3c05563935")])
        // `aws sts get-caller-identity --output text` has three words too, but starts with the account.
        #expect(kinds(reader, "123456789101  arn:aws:iam::123456789101:user/abc.xyz  AIDAEXAMPLE") == nil)
    }

    @Test func sentencesOfTodaysPluginAndOfTheArticle() {
        #expect(kinds(reader, "The privatelink endpoint is now being provisioned for kafka-sushi-12345.")
            == [.endpointServiceStatus("Provisioning"), .value(.addon, "kafka-sushi-12345")])
        #expect(kinds(reader, "Use  $ heroku data:privatelink:wait kafka-sushi-12345 --app privatelink-vpc-endpoint-demo  to check the creation process.")
            == [.value(.addon, "kafka-sushi-12345"), .value(.app, "privatelink-vpc-endpoint-demo")])
        // The article's older hint names no real add-on or app.
        #expect(kinds(reader, "Run heroku data:privatelink:wait KAFKA_URL -a APP to check the creation process.") == [])
        #expect(kinds(reader, "Waiting for the privatelink endpoint to be provisioned... done") == [.endpointServiceStatus("Operational")])
        #expect(kinds(reader, "You must now copy the Service Name and follow the rest of the steps listed in https://devcenter.heroku.com/articles/heroku-undefined-via-privatelink")
            == [.articleLink(url: "https://devcenter.heroku.com/articles/heroku-undefined-via-privatelink", product: "undefined")])
    }

    @Test func errorsNameTheLastCommandPastedBeforeThem() {
        let after = ReadingState(lastCommand: .create)
        #expect(kinds(reader, " ›   Error: Couldn't find that addon.", state: after) == [.herokuError(.addonNotFound, after: .create)])
        #expect(kinds(reader, "Couldn’t find that addon.") == [.herokuError(.addonNotFound, after: nil)])
        #expect(kinds(reader, " ›   Error: data:privatelink is not a heroku command.") == [.herokuError(.pluginMissing, after: nil)])
    }

    @Test func theConfigListingIsReadUnderItsHeader() {
        let header = read(reader, "=== privatelink-vpc-endpoint-demo Config Vars")
        #expect(header.match?.observations.map(\.kind) == [.configListed, .value(.app, "privatelink-vpc-endpoint-demo")])
        #expect(header.state.inConfigListing)
        #expect(kinds(reader, "KAFKA_URL: kafka+ssl://example:9096", state: header.state) == [])
        #expect(kinds(reader, "KAFKA_URL: kafka+ssl://example:9096") == nil)
        #expect(kinds(reader, "KAFKA_ENDPOINT_01C87AE3C05563935_URL: kafka+ssl://vpc-endpoint-dns-name:10001")
            == [.connectionString(configVarID: "01C87AE3C05563935")])
    }

    @Test func linesOfOtherToolsAreNotItsOwn() {
        #expect(kinds(reader, "{") == nil)
        #expect(kinds(reader, "Hello, our Kafka connection is not working.") == nil)
    }
}
