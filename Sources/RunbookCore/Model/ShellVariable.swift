/// A shell variable a command sets for the commands after it. `value` is the value it is set to
/// when that is written out in the command (`SECURITY_GROUP_ID=sg-…`), so that it can be set again
/// in a new shell; nil when a command computes it (`$(aws …)`).
public struct ShellVariable: Sendable, Equatable {
    public let name: String
    public let value: String?

    package init(_ name: String, value: String? = nil) {
        self.name = name
        self.value = value
    }

    /// `NAME=value`, the assignment that sets it again; nil for a computed one.
    public var assignment: String? { value.map { "\(name)=\($0)" } }
}
