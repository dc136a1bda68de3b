/// Turns a row's properties into `RawInput` by the names `rules --json` publishes (`Field.jsonKey`),
/// for every field of the rule set: a field added to the rules is accepted in rows without change
/// here. Values are taken as written; the rule set judges them.
package struct BatchRowDecoder: Sendable {
    private let fields: [String: FieldRules]
    /// The accepted property names, for messages.
    let propertyNames: String

    package init(rules: RuleSet) {
        var fields: [String: FieldRules] = [:]
        for spec in rules.fields { fields[spec.field.jsonKey] = spec }
        self.fields = fields
        propertyNames = rules.fields.map(\.field.jsonKey).joined(separator: ", ")
    }

    /// The field a property or CSV column names; nil for an unknown name.
    func field(named name: String) -> FieldRules? { fields[name] }

    /// A JSON object's properties (as `JSONSerialization` reads them). A repeatable field takes an
    /// array of strings, any other field a string, as in the JSON Schema of `rules --json`.
    package func decode(object: Any, at location: BatchRow.Location) -> BatchRow {
        guard let properties = object as? [String: Any] else {
            return BatchRow(location: location, raw: RawInput(), problems: [RowProblem(rule: .rowNotObject)])
        }
        var raw = RawInput()
        var problems: [RowProblem] = []
        for name in properties.keys.sorted() {
            guard let spec = fields[name] else {
                problems.append(unknown(name))
                continue
            }
            let value = properties[name]!
            if spec.isRepeatable, let values = value as? [Any], let strings = values as? [String] {
                for string in strings { raw.add(string, for: spec.field) }
            } else if !spec.isRepeatable, let string = value as? String {
                raw.add(string, for: spec.field)
            } else {
                problems.append(RowProblem(rule: spec.isRepeatable ? .rowNotStrings : .rowNotString,
                                           details: ["property": name.quotedForTerminal]))
            }
        }
        return BatchRow(location: location, raw: raw, problems: problems)
    }

    /// A CSV record under its header. An empty cell gives no value; a repeatable field's cell holds
    /// its values separated by spaces.
    func decode(cells: [String], header: [String], at location: BatchRow.Location) -> BatchRow {
        var raw = RawInput()
        var problems: [RowProblem] = []
        if cells.count != header.count {
            problems.append(RowProblem(rule: .rowCellCount,
                                       details: ["found": String(cells.count), "expected": String(header.count)]))
        }
        for (name, cell) in zip(header, cells) where !cell.isEmpty {
            guard let spec = fields[name] else { continue }  // the header was checked once
            if spec.isRepeatable {
                for value in cell.split(separator: " ") { raw.add(String(value), for: spec.field) }
            } else {
                raw.add(cell, for: spec.field)
            }
        }
        return BatchRow(location: location, raw: raw, problems: problems)
    }

    /// Problems with a CSV header: unknown or repeated column names.
    func problems(inHeader header: [String]) -> [RowProblem] {
        var problems: [RowProblem] = []
        var seen: Set<String> = []
        for name in header {
            if fields[name] == nil {
                problems.append(unknown(name))
            } else if !seen.insert(name).inserted {
                problems.append(RowProblem(rule: .rowRepeatedColumn, details: ["property": name.quotedForTerminal]))
            }
        }
        return problems
    }

    private func unknown(_ name: String) -> RowProblem {
        // Quoted and escaped: the name comes from the file and is printed to a terminal.
        var details = ["property": name.quotedForTerminal, "properties": propertyNames]
        if let suggestion = suggestion(for: name) { details["suggestion"] = suggestion }
        return RowProblem(rule: .rowUnknownProperty, details: details)
    }

    /// The property a mistyped name most likely meant: the same in another case, a flag's name
    /// (`aws-account-id`), or one or two edits away (`awsAccountId`); nil when none is that close,
    /// or more than one is.
    private func suggestion(for name: String) -> String? {
        let lowered = name.lowercased()
        let near = fields.values.filter { spec in
            spec.field.jsonKey.lowercased() == lowered || spec.field.rawValue == lowered
                || EditDistance.between(lowered, spec.field.jsonKey.lowercased()) <= 2
        }
        return near.count == 1 ? near[0].field.jsonKey : nil
    }
}
