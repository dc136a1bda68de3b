import Foundation

/// NDJSON: one object per line; blank lines are skipped, a line that is not JSON is a refused row.
package final class NDJSONRows: RowStream {
    private let reader: ByteReader
    private let decoder: BatchRowDecoder

    init(reader: ByteReader, decoder: BatchRowDecoder) {
        self.reader = reader
        self.decoder = decoder
    }

    package func next() throws(BatchFileError) -> BatchRow? {
        do {
            while true {
                let line = reader.line
                guard let bytes = try reader.nextLine() else { return nil }
                if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 }) { continue }
                guard let object = try? JSONSerialization.jsonObject(with: Data(bytes), options: [.fragmentsAllowed]) else {
                    return BatchRow(location: .line(line), raw: RawInput(), problems: [RowProblem(rule: .rowInvalidJSON)])
                }
                return decoder.decode(object: object, at: .line(line))
            }
        } catch {
            throw .unreadable(reader.path, String(describing: error))
        }
    }
}

/// A JSON array, read whole (JSON has no way to read one element at a time): prefer NDJSON or CSV
/// for very long lists.
package final class JSONRows: RowStream {
    private let items: [Any]
    private let decoder: BatchRowDecoder
    private var index = 0

    init(reader: ByteReader, decoder: BatchRowDecoder) throws {
        var bytes: [UInt8] = []
        while let byte = try reader.next() { bytes.append(byte) }
        guard let object = try? JSONSerialization.jsonObject(with: Data(bytes)) else {
            throw BatchFileError.invalid(line: nil, [RowProblem(rule: .fileInvalidJSON)])
        }
        guard let items = object as? [Any] else {
            throw BatchFileError.invalid(line: nil, [RowProblem(rule: .fileNotArray)])
        }
        self.items = items
        self.decoder = decoder
    }

    package func next() throws(BatchFileError) -> BatchRow? {
        guard index < items.count else { return nil }
        defer { index += 1 }
        return decoder.decode(object: items[index], at: .index(index))
    }
}

/// CSV: the first record names the columns (the property names of `rules --json`), each further
/// record is a row.
package final class CSVRows: RowStream {
    private let records: CSVRecordReader
    private let path: String
    private let header: [String]
    private let decoder: BatchRowDecoder

    init(reader: ByteReader, decoder: BatchRowDecoder) throws {
        records = CSVRecordReader(reader)
        path = reader.path
        self.decoder = decoder
        guard let first = try Self.read(records) else {
            header = []
            return
        }
        let problems = decoder.problems(inHeader: first.cells)
        guard problems.isEmpty else { throw BatchFileError.invalid(line: first.line, problems) }
        header = first.cells
    }

    package func next() throws(BatchFileError) -> BatchRow? {
        do {
            guard let record = try Self.read(records) else { return nil }
            return decoder.decode(cells: record.cells, header: header, at: .line(record.line))
        } catch let error as BatchFileError {
            throw error
        } catch {
            throw .unreadable(path, String(describing: error))
        }
    }

    private static func read(_ records: CSVRecordReader) throws -> CSVRecordReader.Record? {
        do {
            return try records.next()
        } catch CSVRecordReader.Problem.unterminatedQuote(let line) {
            throw BatchFileError.invalid(line: line, [RowProblem(rule: .fileUnterminatedQuote)])
        } catch CSVRecordReader.Problem.textAfterQuote(let line) {
            throw BatchFileError.invalid(line: line, [RowProblem(rule: .fileTextAfterQuote)])
        }
    }
}
