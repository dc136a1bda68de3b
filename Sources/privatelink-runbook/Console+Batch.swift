import ArgumentParser
import Foundation
import RunbookKit

extension Console {
    /// `error: unknown property "x"; … [row.unknown-property]` in the catalog's language.
    static func line(_ problem: RowProblem, catalog: Catalog) -> String {
        catalog.format("batch.problem", ["message": catalog.format(problem.messageKey, problem.details), "rule": problem.rule.rawValue])
    }

    /// A batch file that cannot be read (66) or is wrong as a whole (65), named like a compiler would.
    static func exitCode(for error: BatchFileError, file: String, catalog: Catalog) -> ExitCode {
        switch error {
        case .unreadable(let path, let reason):
            printError("error: cannot read \(path): \(reason)")
            return exitCode(for: error.category)
        case .invalid(let line, let problems):
            let prefix = line.map { "\(file):\($0)" } ?? file
            for problem in problems { printError("\(prefix): \(Console.line(problem, catalog: catalog))") }
            return exitCode(for: error.category)
        }
    }
}
