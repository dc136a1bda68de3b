extension HerokuCLI {
    /// A table as the `data-privatelink` plugin 2.0.x draws it: `hux.table` of
    /// `@heroku/heroku-cli-util` 10.x, rendered by `@oclif/table` with the border style
    /// `headers-only-with-underline` (reference/privatelink-facts.md, section 1). Each row starts
    /// with a one-space border, each column is its widest cell with one space of padding on either
    /// side, columns are one space apart, and the underline is one space then `─` across every
    /// column and separator. Trailing spaces are left out: the facts file shows none, and a
    /// terminal does not show them either.
    static func table(_ header: [String], _ rows: [[String]]) -> String {
        let widths = header.indices.map { column in
            ([header] + rows).map { $0[column].count }.max() ?? 0
        }
        func line(_ cells: [String]) -> String {
            let padded = cells.enumerated().map { " " + $0.element.padding(toLength: widths[$0.offset]) + " " }
            return trimmingTrailingSpaces(" " + padded.joined(separator: " "))
        }
        let underline = " " + String(repeating: "─", count: widths.reduce(0) { $0 + $1 + 2 } + widths.count - 1)
        return ([line(header), underline] + rows.map(line)).joined(separator: "\n")
    }

    private static func trimmingTrailingSpaces(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}

extension String {
    /// The string with spaces added up to `length` characters (never cut).
    func padding(toLength length: Int) -> String {
        count >= length ? self : self + String(repeating: " ", count: length - count)
    }
}
