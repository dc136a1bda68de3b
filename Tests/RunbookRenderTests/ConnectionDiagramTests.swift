import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct ConnectionDiagramTests {
    func diagram(_ raw: RawInput) throws -> ConnectionDiagram {
        try #require(RunbookBuilder().build(RuleSet.standard.validate(raw).get()).diagram)
    }

    @Test func theDiagramHoldsTheValidatedValues() throws {
        let diagram = try diagram(articleExample)
        #expect(diagram.section == "overview")
        #expect(diagram.vpc == .code("vpc-0123456789abcdef0"))
        #expect(diagram.endpoint == .code("vpce-01c87ae3c05563935"))
        #expect(diagram.serviceName == .code("com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec"))
        #expect(diagram.region == .code("us-east-1"))
        #expect(diagram.space == "virginia")
        #expect(diagram.brokerPorts == "10000-11000")
        #expect(diagram.allowedAccounts == ["arn:aws:iam::123456789101:user/abc.xyz"])
    }

    @Test func valuesNotKnownYetArePlaceholdersNamingTheirStep() throws {
        let svg = ConnectionDiagramSVG(text: MarkdownRenderer(language: .en)).render(try diagram(consoleInput))
        #expect(svg.contains(/class="diagram-placeholder" x="\d+" y="\d+">not known yet: step 5 prints it<\/text>/))
        #expect(svg.contains(/class="diagram-placeholder" x="\d+" y="\d+">not known yet: step 7 creates it<\/text>/))
        #expect(svg.contains(/class="diagram-label" x="\d+" y="\d+">your VPC<\/text>/), "without --vpc-id, no VPC id")
        #expect(svg.contains(">arn:aws:iam::012345678901:root</text>"))
        #expect(svg.contains(">arn:aws:iam::210987654321:role/kafka-client</text>"))
    }

    @Test func everyTextIsEscapedWhateverTheCatalogOrValuesHold() throws {
        var sentences = try #require(try JSONSerialization.jsonObject(with: Data(EmbeddedTemplates.files["locales/en.json"]!.utf8)) as? [String: String])
        sentences["diagram.clients"] = "</text><script>alert(1)</script>"
        let json = try #require(String(data: try JSONSerialization.data(withJSONObject: sentences), encoding: .utf8))
        let templates = try TemplateSet(files: EmbeddedTemplates.files.merging(["locales/en.json": json]) { $1 })
        let hostile = "a<b>&\"c'd"
        let diagram = ConnectionDiagram(
            section: "overview", app: hostile, addon: hostile, vpc: .code(hostile), endpoint: .code(hostile),
            serviceName: .placeholder(Text("x", ["y": .code(hostile)])), region: .code(hostile), space: hostile,
            brokerPorts: hostile, allowedAccounts: [hostile])
        let svg = ConnectionDiagramSVG(text: MarkdownRenderer(language: .en, templates: templates)).render(diagram)
        #expect(!svg.contains("<script"))
        #expect(!svg.contains(hostile))
        #expect(svg.contains("a&lt;b&gt;&amp;&quot;c&#39;d"))
        #expect(svg.contains("&lt;/text&gt;&lt;script&gt;alert(1)&lt;/script&gt;"))
        // Only our own elements: every tag in the drawing is one the renderer writes.
        let tags = Set(svg.matches(of: /<\/?([a-z]+)/).map { String($0.output.1) })
        #expect(tags == ["svg", "title", "desc", "text", "rect", "line", "polygon"])
    }

    @Test(arguments: Language.allCases)
    func theDiagramIsLabelledInThePagesLanguage(_ language: Language) throws {
        let svg = ConnectionDiagramSVG(text: MarkdownRenderer(language: language)).render(try diagram(articleExample))
        let catalog = TemplateSet.embedded.catalog(language)
        for key in ["diagram.clients", "diagram.endpoint", "diagram.service", "diagram.brokers", "diagram.privatelink", "diagram.heroku"] {
            #expect(svg.contains(">\(catalog.format(key))</text>"), "\(key)")
        }
        #expect(svg.contains("<title>\(catalog.format("diagram.title", ["addon": "kafka-sushi-12345"]))</title>"))
    }
}
