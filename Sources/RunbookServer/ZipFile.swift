import Foundation
import RunbookKit
import ZIPFoundation

/// The documents as one zip, in memory, with their paths as `generate` writes them
/// (`kafka-sushi-12345/runbook.ja.md`). Every entry carries the same date, so the same values
/// give the same zip.
enum ZipFile {
    /// 2000-01-01 00:00 UTC: a fixed date (zip has no time zone) rather than the time of the request.
    static let entryDate = Date(timeIntervalSince1970: 946_684_800)

    static func archive(_ documents: [Document]) throws -> Data {
        let archive = try Archive(data: Data(), accessMode: .create)
        for document in documents {
            let bytes = Data(document.contents.utf8)
            try archive.addEntry(with: document.path, type: .file, uncompressedSize: Int64(bytes.count),
                                 modificationDate: entryDate, permissions: 0o644, compressionMethod: .deflate) { position, size in
                bytes.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data ?? Data()
    }
}
