/// Reads CSV records (RFC 4180) one at a time from a stream: cells separated by commas, records by
/// CR LF, LF or CR; a cell in double quotes may hold commas, line breaks and doubled quotes (`""`).
/// Written here rather than taken from a CSV package because a refused row must be named by the
/// line it starts on, which the listed packages do not report (SwiftCSV also reads the whole file).
package struct CSVRecordReader {
    struct Record: Equatable {
        /// The 1-based line the record starts on.
        let line: Int
        let cells: [String]
    }

    enum Problem: Error, Equatable {
        /// A quoted cell whose closing quote is missing (the file ends inside it).
        case unterminatedQuote(line: Int)
        /// Text between a closing quote and the next comma or line break.
        case textAfterQuote(line: Int)
    }

    private let reader: ByteReader

    init(_ reader: ByteReader) {
        self.reader = reader
    }

    /// The next record; nil at the end. Blank lines are skipped.
    func next() throws -> Record? {
        while true {
            guard try reader.peek() != nil else { return nil }
            let line = reader.line
            let cells = try readRecord(startingOn: line)
            if cells == [""] { continue }
            return Record(line: line, cells: cells)
        }
    }

    private func readRecord(startingOn line: Int) throws -> [String] {
        var cells: [String] = []
        var cell: [UInt8] = []
        var quoted = false
        var afterClosingQuote = false
        func endCell() {
            cells.append(String(decoding: cell, as: UTF8.self))
            cell.removeAll(keepingCapacity: true)
            afterClosingQuote = false
        }
        while let byte = try reader.next() {
            if quoted {
                if byte == UInt8(ascii: "\"") {
                    if try reader.peek() == UInt8(ascii: "\"") {
                        _ = try reader.next()
                        cell.append(byte)
                    } else {
                        quoted = false
                        afterClosingQuote = true
                    }
                } else {
                    cell.append(byte)
                }
                continue
            }
            switch byte {
            case UInt8(ascii: ","):
                endCell()
            case UInt8(ascii: "\n"):
                endCell()
                return cells
            case UInt8(ascii: "\r"):
                if try reader.peek() == UInt8(ascii: "\n") { _ = try reader.next() }
                endCell()
                return cells
            case UInt8(ascii: "\"") where cell.isEmpty && !afterClosingQuote:
                quoted = true
            default:
                // A quote inside an unquoted cell is kept as typed (the rules refuse it);
                // anything after a closing quote is malformed.
                if afterClosingQuote { throw Problem.textAfterQuote(line: reader.line) }
                cell.append(byte)
            }
        }
        if quoted { throw Problem.unterminatedQuote(line: line) }
        endCell()
        return cells
    }
}
