import Testing
@testable import RunbookEvidence

/// Sentences customers write around their output, in English and Japanese.
@Suite struct ProseReaderTests {
    let reader = ProseReader()

    @Test func valuesStatedInJapaneseSentences() {
        #expect(kinds(reader, "アドオンは kafka-shiny-73918、アプリは acme-orders-stream-production です。")
            == [.value(.addon, "kafka-shiny-73918"), .value(.app, "acme-orders-stream-production")])
        // Japanese writes no spaces: a value ends where ASCII meets Japanese.
        #expect(kinds(reader, "VPCはvpc-0b1c2d3e4f5a6b7c8で、エンドポイントはvpce-0c4e6a8b0d2f41357です")
            == [.value(.vpcID, "vpc-0b1c2d3e4f5a6b7c8"), .value(.endpointID, "vpce-0c4e6a8b0d2f41357"), .mentions(.privateLink)])
        #expect(kinds(reader, "orders-api というアプリで、東京リージョンです。") == [.value(.app, "orders-api"), .awsRegion("ap-northeast-1")])
        // The console shows account ids with hyphens.
        #expect(kinds(reader, "AWS アカウント ID は 6152-4370-8921 です") == [.value(.awsAccountID, "615243708921")])
    }

    @Test func valuesStatedInEnglishSentences() {
        #expect(kinds(reader, "The endpoint id is vpce-0c4e6a8b0d2f41357 and the region us-east-1.")
            == [.value(.endpointID, "vpce-0c4e6a8b0d2f41357"), .awsRegion("us-east-1"), .mentions(.privateLink)])
        #expect(kinds(reader, "Our Kafka add-on is kafka-shiny-73918 on the app acme-orders-stream-production")
            == [.value(.addon, "kafka-shiny-73918"), .value(.app, "acme-orders-stream-production")])
        // A plain word after "app" names nothing unless the sentence says it is a name.
        #expect(kinds(reader, "our app is broken again") == [])
        #expect(kinds(reader, "the app named orders keeps failing") == [.value(.app, "orders")])
        #expect(kinds(reader, "My account 480151926302 is allowed") == [.value(.awsAccountID, "480151926302")])
        // Twelve digits without a word about accounts are not one.
        #expect(kinds(reader, "Our ticket number is 480151926302 please") == [])
    }

    /// A paste of 1 MiB costs no more to read than a ticket: a line longer than any paragraph is
    /// not prose, and past 64 KiB of prose the rest is left unrecognised.
    @Test func proseIsReadWithinItsBounds() {
        let sentence = "Our Kafka add-on is kafka-shiny-73918 on the app acme-orders-stream-production"
        #expect(kinds(reader, sentence + String(repeating: " and more words", count: 300)) == nil)
        let lines = Array(repeating: String(repeating: "we are still waiting here ", count: 40), count: 70) + [sentence]
        let reading = PasteReaders(templates: .embedded).read(Paste(name: "long", text: lines.joined(separator: "\n")))
        #expect(!reading.observations.contains { $0.kind == .value(.addon, "kafka-shiny-73918") })
        #expect(reading.unrecognised.count >= 1)
    }

    @Test func accountsToKeepAreReadPerSentence() {
        #expect(kinds(reader, "Remove account 615243708921 please. Keep account 480151926302, it is production.")
            == [.value(.awsAccountID, "615243708921"), .accountToKeep("480151926302"), .intent(.removeAccounts)])
        #expect(kinds(reader, "アカウント 480151926302 は残してください") == [.accountToKeep("480151926302")])
    }

    @Test func waitsIntentsAndSubjects() {
        #expect(ProseReader.waited("stuck in pendingAcceptance for about 3 hours now") == 180)
        #expect(ProseReader.waited("30分以上 pendingAcceptance のままです") == 30)
        #expect(ProseReader.waited("昨日から変わらない") == 720)
        #expect(ProseReader.waited("we have 2 customers") == nil)
        #expect(ProseReader.intent("We want to tear down our PrivateLink setup") == .teardown)
        #expect(ProseReader.intent("別のアカウントからも接続したい") == .addAccounts)
        #expect(ProseReader.intent("We are decommissioning our staging AWS account") == nil)
        #expect(ProseReader.subjects("How do I raise the retention of a topic?") == [.kafkaUsage])
    }

    @Test func greetingsAndSignOffsAreProseNotUnreadLines() {
        for line in ["Hi support,", "Thanks", "Priya", "お世話になっております。", "Best regards,"] {
            #expect(ProseReader.isProse(line), "\(line)")
        }
        for line in ["%%% 1 ###", "12 34", "{", "vpce-0c4e6a8b0d2f41357"] { #expect(!ProseReader.isProse(line), "\(line)") }
        #expect(read(reader, "Hi support,").match?.isProse == true)
    }
}
