import Foundation
import RunbookCore

/// Why output could not be written. `cannotCreateFolder` is sysexits' 73, `ioError` its 74.
public enum OutputError: Error, Equatable, Sendable {
    case cannotCreateFolder(String, String)
    case ioError(String, String)

    public var description: String {
        switch self {
        case .cannotCreateFolder(let path, let reason): "cannot create the output folder \(path): \(reason)"
        case .ioError(let path, let reason): "cannot write \(path): \(reason)"
        }
    }
}

/// Writes documents all or nothing: each goes to a temporary file beside its target first, and only
/// when every one is written are they renamed into place (a rename within a folder is atomic). A
/// process killed on the way leaves every target whole or absent, plus temporary files that the
/// next write to the same folder removes.
public struct OutputWriter: Sendable {
    public init() {}

    @discardableResult
    public func write(_ documents: [Document], to root: URL) throws(OutputError) -> [URL] {
        let files = FileManager.default
        var staged: [(temporary: URL, target: URL)] = []
        var folders: Set<String> = []
        func discardStaged() { for file in staged { try? files.removeItem(at: file.temporary) } }

        for document in documents {
            let target = root.appendingPathComponent(document.path)
            let folder = target.deletingLastPathComponent()
            do {
                try files.createDirectory(at: folder, withIntermediateDirectories: true)
            } catch {
                discardStaged()
                throw .cannotCreateFolder(folder.path, Self.reason(error))
            }
            if folders.insert(folder.path).inserted { Self.removeAbandonedTemporaryFiles(in: folder) }
            let temporary = folder.appendingPathComponent(Self.temporaryName(for: target.lastPathComponent))
            do {
                try Data(document.contents.utf8).write(to: temporary)
            } catch {
                try? files.removeItem(at: temporary)
                discardStaged()
                throw .ioError(target.path, Self.reason(error))
            }
            staged.append((temporary, target))
        }
        for (index, file) in staged.enumerated() where rename(file.temporary.path, file.target.path) != 0 {
            let reason = String(cString: strerror(errno))
            for later in staged[index...] { try? files.removeItem(at: later.temporary) }
            throw .ioError(file.target.path, reason)
        }
        return staged.map(\.target)
    }

    private static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}
