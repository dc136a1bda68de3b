import ArgumentParser
import Foundation
import RunbookKit

/// Printing and exit codes (sysexits), shared by the subcommands.
enum Console {
    static let invalidInput = ExitCode(65)
    static let cannotOpenInput = ExitCode(66)
    static let cannotCreateOutput = ExitCode(73)
    static let ioError = ExitCode(74)
    static let invalidTemplates = ExitCode(78)

    static func printError(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }

    /// Prints every diagnostic like a compiler and returns the exit code for invalid input.
    static func report(_ diagnostics: Diagnostics, in language: Language, templates: TemplateSet) -> ExitCode {
        let formatter = DiagnosticFormatter(catalog: templates.catalog(language))
        for diagnostic in diagnostics.items { printError(formatter.line(diagnostic)) }
        printError(formatter.summary(count: diagnostics.items.count))
        return invalidInput
    }

    /// The exit status of a category of failure (sysexits).
    static func exitCode(for category: FailureCategory) -> ExitCode {
        switch category {
        case .usage: ExitCode(64)
        case .invalidInput: invalidInput
        case .unreadableInput: cannotOpenInput
        case .cannotCreateOutput: cannotCreateOutput
        case .ioError: ioError
        case .invalidTemplates: invalidTemplates
        }
    }

    static func exitCode(for error: TemplateError) -> ExitCode {
        printError("error: \(error.description)")
        return exitCode(for: error.category)
    }

    static func exitCode(for error: OutputError) -> ExitCode {
        printError("error: \(error.description)")
        return exitCode(for: error.category)
    }

    static func json(_ object: Any) throws -> String {
        try ReportJSON.text(object: object)
    }

    static func json<T: Encodable>(encoding value: T) throws -> String {
        try ReportJSON.text(encoding: value)
    }
}

/// `--templates DIR`: files there replace the built-in templates of the same name.
struct TemplateOption: ParsableArguments {
    @Option(name: .customLong("templates"), parsing: .unconditional, help: ArgumentHelp("A folder of templates replacing the built-in ones.", valueName: "dir"),
            completion: .directory)
    var directory: String?

    func load() throws(TemplateError) -> TemplateSet {
        guard let directory else { return .embedded }
        return try TemplateSet.overriding(with: URL(fileURLWithPath: directory))
    }
}
