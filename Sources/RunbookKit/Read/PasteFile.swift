import Foundation
import RunbookEvidence

/// Why a paste could not be read. Its message is a catalog sentence (`messageKey`, `details`).
public enum PasteError: Error, Equatable, Sendable {
    /// Larger than `Paste.maximumBytes`.
    case tooLarge(name: String)
    case unreadable(name: String)

    public var messageKey: String {
        switch self {
        case .tooLarge: "diagnose.paste.too-large"
        case .unreadable: "diagnose.paste.unreadable"
        }
    }

    public var details: [String: String] {
        switch self {
        case .tooLarge(let name): ["file": name, "limit": String(Paste.maximumBytes)]
        case .unreadable(let name): ["file": name]
        }
    }
}

/// Reading a paste from a file or a stream, never more than one byte past the limit: enough to
/// know a paste is too large without reading all of it.
public enum PasteFile {
    /// The paste in the file at `path`, known by that path.
    public static func read(path: String) throws(PasteError) -> Paste {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(name: path) }
        defer { try? handle.close() }
        return try read(handle, name: path)
    }

    /// The paste on `handle` (standard input, say), known by `name`.
    public static func read(_ handle: FileHandle, name: String) throws(PasteError) -> Paste {
        let limit = Paste.maximumBytes + 1
        var data = Data()
        do {
            while data.count < limit, let chunk = try handle.read(upToCount: min(65536, limit - data.count)), !chunk.isEmpty {
                data.append(chunk)
            }
        } catch {
            throw .unreadable(name: name)
        }
        return try checked(name: name, data: data)
    }

    /// A paste whose bytes are already in memory (an HTTP body), refused over the limit.
    public static func checked(name: String, data: Data) throws(PasteError) -> Paste {
        guard data.count <= Paste.maximumBytes else { throw .tooLarge(name: name) }
        return Paste(name: name, data: data)
    }
}
