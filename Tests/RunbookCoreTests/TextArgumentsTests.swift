import Testing
@testable import RunbookCore

/// A sentence's arguments behave as the dictionary they are written as: a name holds one value,
/// and order does not make two sentences different (findings and replies compare sentences).
@Suite struct TextArgumentsTests {
    @Test func sentencesWithTheSameValuesInAnotherOrderAreEqual() {
        let one = Text("finding.x", ["addon": .code("kafka-sushi-12345"), "step": .step(3)])
        let other = Text("finding.x", ["step": .step(3), "addon": .code("kafka-sushi-12345")])
        #expect(one == other)
        #expect(one != Text("finding.x", ["addon": .code("kafka-sushi-12345"), "step": .step(4)]))
        #expect(one != Text("finding.x", ["addon": .code("kafka-sushi-12345")]))
        #expect(Text("finding.x", ["addon": .code("a")]) != Text("finding.x", ["addon": .plain("a")]))
    }

    @Test func settingANameReplacesItsValueAndNilRemovesIt() {
        var arguments: Text.Arguments = ["addon": .code("kafka-a")]
        arguments["addon"] = .code("kafka-b")
        arguments["step"] = .step(2)
        #expect(arguments["addon"] == .code("kafka-b"))
        #expect(arguments.names == ["addon", "step"])
        arguments["addon"] = nil
        #expect(arguments["addon"] == nil)
        #expect(arguments.names == ["step"])
        #expect(arguments == ["step": .step(2)])
        arguments["step"] = nil
        #expect(arguments.isEmpty)
    }

    @Test func mergingKeepsBothAndLetsTheCallerChooseForANameInBoth() {
        let base: Text.Arguments = ["region": .code("us-east-1"), "vpc": .code("vpc-0123456789abcdef0")]
        let merged = base.merging(["region": .code("ap-northeast-1"), "step": .step(5)]) { $1 }
        #expect(merged == ["vpc": .code("vpc-0123456789abcdef0"), "region": .code("ap-northeast-1"), "step": .step(5)])
        #expect(base.merging(["region": .code("ap-northeast-1")]) { first, _ in first }["region"] == .code("us-east-1"))
        #expect(base.mapValues { _ in .plain("x") } == ["region": .plain("x"), "vpc": .plain("x")])
    }
}
