/// A rendered file, named relative to the output folder (`kafka-sushi-12345/runbook.ja.md`).
public struct Document: Sendable, Equatable {
    public let path: String
    public let contents: String

    public init(path: String, contents: String) {
        self.path = path
        self.contents = contents
    }
}
