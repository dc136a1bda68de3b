import Foundation

/// Why a paste was not read: the command line answers 66 and 65, the service 400 and 413.
public enum PasteReadError: Error, Equatable, Sendable {
    /// The file cannot be opened or read.
    case unreadable
    /// Larger than `Paste.maximumBytes`; refused before it is parsed.
    case tooLarge
}

extension Paste {
    /// Reads a paste from `handle`, at most one byte past the limit: enough to know it is too large
    /// without reading a huge one whole.
    public static func read(name: String, from handle: FileHandle) throws(PasteReadError) -> Paste {
        var data = Data()
        do {
            while data.count <= maximumBytes,
                  let chunk = try handle.read(upToCount: min(65536, maximumBytes + 1 - data.count)), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch {
            throw .unreadable
        }
        return try checked(name: name, data: data)
    }

    /// A paste whose bytes are already in memory (an HTTP body), refused over the limit.
    public static func checked(name: String, data: Data) throws(PasteReadError) -> Paste {
        guard data.count <= maximumBytes else { throw .tooLarge }
        return Paste(name: name, data: data)
    }
}
