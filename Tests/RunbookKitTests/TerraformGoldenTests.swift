import Foundation
import Testing
import RunbookTestSupport
@testable import RunbookBuilders
@testable import RunbookCore
@testable import RunbookKit
@testable import RunbookRender

/// The Terraform path's runbooks (both languages and formats) and configurations, byte for byte,
/// as `generate` lays them out under its output folder: `Fixtures/terraform/<addon>/…`. Recorded
/// with the other goldens (`make record`); `make terraform-test` checks every configuration here
/// with `terraform fmt -check` and `terraform validate`.
@Suite struct TerraformGoldenTests {
    static let folder = packageRoot.appendingPathComponent("Tests/RunbookKitTests/Fixtures/terraform")

    static func documents(_ raw: RawInput) throws -> [Document] {
        try RunbookTestSupport.documents(raw)
    }

    @Test(arguments: TerraformInputs.all.map(\.name))
    func matchesItsGolden(_ name: String) throws {
        let raw = try #require(TerraformInputs.all.first { $0.name == name }?.raw)
        for document in try Self.documents(raw) {
            let golden = Self.folder.appendingPathComponent(document.path)
            if GoldenTests.recording {
                try FileManager.default.createDirectory(at: golden.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(document.contents.utf8).write(to: golden)
                continue
            }
            let expected = try String(contentsOf: golden, encoding: .utf8)
            #expect(document.contents == expected, """
                \(document.path) differs from the golden: \(GoldenTests().firstDifference(expected, document.contents)).
                If the change is intended, run `make record` and review the diff.
                """)
        }
    }

    /// No golden file is left that no input makes any more.
    @Test func everyGoldenFileIsMadeByAnInput() throws {
        guard !GoldenTests.recording else { return }
        var made: Set<String> = []
        for (_, raw) in TerraformInputs.all { made.formUnion(try Self.documents(raw).map(\.path)) }
        let enumerator = try #require(FileManager.default.enumerator(atPath: Self.folder.path))
        var found: Set<String> = []
        while let path = enumerator.nextObject() as? String {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: Self.folder.appendingPathComponent(path).path, isDirectory: &isFolder), !isFolder.boolValue {
                found.insert(path)
            }
        }
        #expect(found == made)
    }
}
