import RunbookCore
import RunbookRender

/// What kind of failure an error is, by what the user must do about it. The command line maps it
/// to an exit status (`sysexits`), a service to an HTTP status: the same error reads the same way
/// wherever the library runs.
public enum FailureCategory: Sendable, Equatable {
    /// The command was called wrongly (sysexits' 64).
    case usage
    /// A value or a file's contents break a rule (65).
    case invalidInput
    /// An input file is missing or cannot be read (66).
    case unreadableInput
    /// The output folder cannot be created (73).
    case cannotCreateOutput
    /// Reading or writing failed on the way (74).
    case ioError
    /// The templates or catalogs are broken (78).
    case invalidTemplates
}

/// An error that knows its category.
public protocol CategorizedError: Error {
    var category: FailureCategory { get }
}

extension Diagnostics: CategorizedError {
    public var category: FailureCategory { .invalidInput }
}

extension TemplateError: CategorizedError {
    public var category: FailureCategory { .invalidTemplates }
}

extension OutputError: CategorizedError {
    public var category: FailureCategory {
        switch self {
        case .cannotCreateFolder: .cannotCreateOutput
        case .ioError: .ioError
        }
    }
}

extension BatchFileError: CategorizedError {
    public var category: FailureCategory {
        switch self {
        case .unreadable: .unreadableInput
        case .invalid: .invalidInput
        }
    }
}

extension PasteError: CategorizedError {
    public var category: FailureCategory {
        switch self {
        case .tooLarge: .invalidInput
        case .unreadable: .unreadableInput
        }
    }
}
