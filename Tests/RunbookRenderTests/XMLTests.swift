import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct XMLTests {
    @Test func theFiveCharactersBecomeEntitiesAndNothingElseChanges() {
        #expect(XML.escaped(#"a&b<c>"d'e"#) == "a&amp;b&lt;c&gt;&quot;d&#39;e")
        #expect(XML.escaped("手順書 <vpce-01c87ae3c05563935> é") == "手順書 &lt;vpce-01c87ae3c05563935&gt; é")
        #expect(XML.escaped("kafka-sushi-12345") == "kafka-sushi-12345")
        #expect(XML.escaped("") == "")
    }
}
