import Foundation

/// The formats a batch file may have.
public enum BatchFormat: String, Sendable, CaseIterable {
    /// One JSON array of row objects (read whole).
    case json
    /// One JSON object per line (read as a stream).
    case ndjson
    /// A header line of property names, then one row per record (read as a stream).
    case csv

    /// By extension (`.json`, `.ndjson` or `.jsonl`, `.csv`); nil for any other name.
    static func byExtension(of url: URL) -> BatchFormat? {
        switch url.pathExtension.lowercased() {
        case "json": .json
        case "ndjson", "jsonl": .ndjson
        case "csv": .csv
        default: nil
        }
    }

    /// By the first byte that is not white space: `[` a JSON array, `{` NDJSON, anything else CSV.
    static func byContent(firstByte: UInt8?) -> BatchFormat {
        switch firstByte {
        case UInt8(ascii: "["): .json
        case UInt8(ascii: "{"): .ndjson
        default: .csv
        }
    }
}

/// Why a batch file cannot be read at all. Nothing is written in either case.
public enum BatchFileError: Error, Equatable, Sendable {
    /// The file is missing or unreadable (sysexits' 66).
    case unreadable(String, String)
    /// The file as a whole is wrong: no rows, a JSON array that does not parse, a CSV header with an
    /// unknown column (sysexits' 65). `line` is where, when one line is to blame.
    case invalid(line: Int?, [RowProblem])
}

/// A batch file on disk, read in row order as many times as needed (the batch reads it twice: once
/// to find add-ons given on more than one row, once to write).
public struct BatchFile: Sendable {
    public let url: URL
    public let format: BatchFormat
    let decoder: BatchRowDecoder

    /// `format` nil: by the file's extension, else by its content.
    public init(url: URL, format: BatchFormat? = nil, rules: RuleSet = .standard) throws(BatchFileError) {
        self.url = url
        decoder = BatchRowDecoder(rules: rules)
        if let format = format ?? BatchFormat.byExtension(of: url) {
            self.format = format
            return
        }
        let reader = try Self.open(url)
        do {
            try reader.skipByteOrderMark()
            var first = try reader.peek()
            while let byte = first, byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D {
                _ = try reader.next()
                first = try reader.peek()
            }
            self.format = BatchFormat.byContent(firstByte: first)
        } catch {
            throw .unreadable(url.path, String(describing: error))
        }
    }

    /// The rows, in file order.
    package func rows() throws(BatchFileError) -> any RowStream {
        let reader = try Self.open(url)
        do {
            try reader.skipByteOrderMark()
            switch format {
            case .json: return try JSONRows(reader: reader, decoder: decoder)
            case .ndjson: return NDJSONRows(reader: reader, decoder: decoder)
            case .csv: return try CSVRows(reader: reader, decoder: decoder)
            }
        } catch let error as BatchFileError {
            throw error
        } catch {
            throw .unreadable(url.path, String(describing: error))
        }
    }

    private static func open(_ url: URL) throws(BatchFileError) -> ByteReader {
        do {
            return ByteReader(try FileHandle(forReadingFrom: url), path: url.path)
        } catch {
            let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
            let reason = underlying.map { String(cString: strerror(Int32($0.code))) } ?? (error as NSError).localizedDescription
            throw .unreadable(url.path, reason)
        }
    }
}

/// Rows read one at a time.
package protocol RowStream: AnyObject {
    /// The next row; nil at the end.
    func next() throws(BatchFileError) -> BatchRow?
}
