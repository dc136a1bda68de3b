import ArgumentParser
import RunbookKit

/// `--format md,html`: the formats to write, comma-separated.
struct FormatOption: ParsableArguments {
    @Option(name: .customLong("format"), parsing: .unconditional, help: "Formats, comma-separated: md, html. Default: both.",
            completion: .list(["md", "html", "md,html"]))
    var list: String?

    /// nil when not given; an unknown name is a usage error.
    var formats: [Format]? {
        get throws { try list.map { try commaSeparated($0, flag: "--format") } }
    }

    func validate() throws {
        _ = try formats
    }
}
