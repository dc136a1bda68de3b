import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

@Suite struct ByteSearchTests {
    @Test func memchrFindsEachByteFromWhereItIsAsked() {
        let text = "手順 `a` ``b``"
        let offsets = text.withUTF8Bytes { bytes -> [Int] in
            var found: [Int] = [], index = 0
            while let offset = bytes.offset(of: UInt8(ascii: "`"), from: index) { found.append(offset); index = offset + 1 }
            return found
        }
        #expect(offsets == [7, 9, 11, 12, 14, 15])
        #expect("abc".withUTF8Bytes { $0.offset(of: UInt8(ascii: "a"), from: 3) } == nil)
        #expect(Markdown.fence(for: "`a``b```c`") == "````")
    }
}
