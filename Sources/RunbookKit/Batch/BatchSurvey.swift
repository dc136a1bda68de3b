import RunbookCore
import RunbookEvidence
import RunbookRender

/// The first reading of a batch file: how many rows it has, and which add-ons are on more than one
/// row. It keeps 8 bytes per distinct add-on (a hash), not the rows, so memory stays small however
/// long the file is; only when two hashes agree does it read the file once more for the names.
struct BatchSurvey {
    private(set) var rows = 0
    /// Add-ons given on more than one row, with every row that gives them.
    private(set) var repeatedAddons: [String: [BatchRow.Location]] = [:]

    init(_ file: BatchFile) throws(BatchFileError) {
        var seen: Set<UInt64> = []
        var repeated: Set<UInt64> = []
        let stream = try file.rows()
        while let row = try stream.next() {
            rows += 1
            if let addon = row.raw.addon, !seen.insert(Self.hash(addon)).inserted { repeated.insert(Self.hash(addon)) }
        }
        guard rows > 0 else { throw .invalid(line: nil, [RowProblem(rule: .fileEmpty)]) }
        guard !repeated.isEmpty else { return }
        // Equal hashes almost always mean equal names; the names decide.
        var locations: [String: [BatchRow.Location]] = [:]
        let again = try file.rows()
        while let row = try again.next() {
            if let addon = row.raw.addon, repeated.contains(Self.hash(addon)) { locations[addon, default: []].append(row.location) }
        }
        repeatedAddons = locations.filter { $0.value.count > 1 }
    }

    /// FNV-1a, 64 bits: stable across runs, unlike `Hasher`.
    static func hash(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }
}
