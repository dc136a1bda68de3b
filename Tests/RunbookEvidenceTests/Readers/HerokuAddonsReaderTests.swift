import Testing
@testable import RunbookEvidence

/// `heroku addons` and `heroku addons:info` (heroku/cli 11.x, src/commands/addons and its unit tests).
@Suite struct HerokuAddonsReaderTests {
    @Test func anAppsAddOns() {
        let paste = Paste(name: "p", text: """
             Add-on                                     Plan        Price          Max Price      State
             ────────────────────────────────────────── ─────────── ────────────── ────────────── ───────
             heroku-kafka (kafka-shiny-73918)           private-0   ~$2.083/hour   $1,500/month   created
              └─ as KAFKA
             heroku-postgresql (postgresql-curly-51234) private-0   ~$0.417/hour   $300/month     created
              ├─ as DATABASE
              └─ as WWW_DB on ⬢ acme-inc-dwh app
             ? (www-db)                                 ?           (billed to ⬢ acme-inc-www app) created

            The table above shows add-ons and the attachments to the current app (⬢ acme-orders-stream-production) or other apps.
            """)
        let reading = PasteReaders(templates: .embedded).read(paste)
        #expect(reading.observations.map(\.kind) == [
            .addonListed(name: "kafka-shiny-73918", service: "heroku-kafka"),
            .addonListed(name: "postgresql-curly-51234", service: "heroku-postgresql"),
            .addonListed(name: "www-db", service: nil),
            .value(.app, "acme-orders-stream-production"),
        ])
        #expect(reading.unrecognised.isEmpty)
    }

    @Test func everyAppsAddOnsAndOneAddOnsInfo() {
        let all = Paste(name: "p", text: """
             Owning App                      Add-on            Plan                   Price        Max Price  State
             ─────────────────────────────── ───────────────── ────────────────────── ──────────── ────────── ───────
             ⬢ acme-orders-stream-production kafka-shiny-73918 heroku-kafka:private-0 ~$2.083/hour $1,500/month created
            """)
        #expect(PasteReaders(templates: .embedded).read(all).observations.map(\.kind) == [
            .addonListed(name: "kafka-shiny-73918", service: "heroku-kafka", app: "acme-orders-stream-production"),
        ])
        let info = Paste(name: "p", text: """
            === kafka-shiny-73918
            Plan:         heroku-kafka:private-0
            Price:        ~$2.083/hour
            Max Price:    $1,500/month
            Attachments:  ⬢ acme-orders-stream-production::KAFKA
            Owning app:   ⬢ acme-orders-stream-production
            Installed at: Fri Nov 27 2026 10:04:11 GMT+0000 (Coordinated Universal Time)
            State:        created
            """)
        let reading = PasteReaders(templates: .embedded).read(info)
        #expect(reading.observations.map(\.kind) == [
            .value(.addon, "kafka-shiny-73918"), .addonListed(name: "kafka-shiny-73918", service: "heroku-kafka"),
            .value(.app, "acme-orders-stream-production"),
        ])
        #expect(reading.unrecognised.isEmpty)
    }

    @Test func theAppMarkOfTodaysCLIIsNoPartOfTheName() {
        var state = ReadingState()
        #expect(HerokuOutputReader.read("=== ⬢ acme-orders-stream-production Config Vars", state: &state)
            == [.configListed, .value(.app, "acme-orders-stream-production")])
    }

    @Test func aConnectionStringIsABrokerListOnThePrivateLinkPorts() {
        #expect(HerokuOutputReader.connectionStringValue(" kafka+ssl://a.b:10001,kafka+ssl://a.b:10002") == .brokers)
        #expect(HerokuOutputReader.connectionStringValue("'kafka+ssl://a.b:10001'") == .brokers)
        #expect(HerokuOutputReader.connectionStringValue("kafka+ssl://a.b:10001,kafka+ssl://a.b.amaz") == .malformed)
        #expect(HerokuOutputReader.connectionStringValue("kafka+ssl://a.b:9096") == .malformed)
        #expect(HerokuOutputReader.connectionStringValue("") == .malformed)
    }
}
