import CAtomicFolder
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

/// Writes an add-on's folder all or nothing. Its new contents are staged in a hidden folder beside
/// it (what stays from before is linked in, the new documents are written), then one atomic
/// exchange puts the staged folder in the old one's place (`renameat2` with `RENAME_EXCHANGE`), and
/// the old contents are removed. A reader of the folder sees the old set or the new one, never a
/// mix; a process killed on the way leaves the old folder as it was, plus a staging folder that
/// the next write to the same output folder removes. Writers of the same output folder take turns
/// (an exclusive `flock` on it), so that two runs for one add-on cannot lose each other's files.
public struct OutputWriter: Sendable {
    public init() {}

    /// Replaces the folder `name` under `root` by what it held with `documents` written over it,
    /// and the documents `finishing` makes from the names of the files the folder holds just
    /// before the exchange (an index that lists them, say). Every document's path starts with
    /// `name/`. Returns the documents' URLs, in order.
    @discardableResult
    public func replaceFolder(_ name: String, in root: URL, with documents: [Document],
                              finishing: ([String]) throws -> [Document] = { _ in [] }) throws -> [URL] {
        let files = FileManager.default
        do {
            try files.createDirectory(at: root, withIntermediateDirectories: true)
        } catch {
            throw OutputError.cannotCreateFolder(root.path, Self.reason(error))
        }
        let target = root.appendingPathComponent(name)
        // Named by a number too: two threads of one process may write the same add-on.
        let staging = root.appendingPathComponent(Self.temporaryName(for: "\(name).\(Self.stagings.next())"))
        try? files.removeItem(at: staging)
        do {
            try files.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw OutputError.cannotCreateFolder(staging.path, Self.reason(error))
        }
        var urls: [URL] = []
        do {
            // The documents are written before the lock is taken, so that writers of other add-ons
            // wait only for the exchange.
            var written = try stage(documents, named: name, in: staging, target: target)
            let lock = open(root.path, O_RDONLY | O_DIRECTORY)
            guard lock >= 0 else { throw OutputError.ioError(root.path, String(cString: strerror(errno))) }
            defer { close(lock) }
            flock(lock, LOCK_EX)
            // Once per output folder and process: a batch writes thousands of folders there.
            if Self.cleaned.firstVisit(root.path) { Self.removeAbandonedTemporaryFiles(in: root) }
            let existing = ((try? files.contentsOfDirectory(atPath: target.path)) ?? []).filter { !($0.hasPrefix(".") && $0.hasSuffix(".tmp")) }
            written += try stage(try finishing(existing.sorted()), named: name, in: staging, target: target)
            if files.fileExists(atPath: target.path) {
                try Self.linkContents(of: target, into: staging, except: Set(written.map(\.path)))
            }
            try Self.putInPlace(staging, at: target)
            urls = written.map(\.url)
        } catch {
            try? files.removeItem(at: staging)
            throw error
        }
        // After the exchange the staging name holds the old contents.
        try? files.removeItem(at: staging)
        return urls
    }

    /// Writes each document into the staging folder; their paths in the folder and final URLs.
    private func stage(_ documents: [Document], named name: String, in staging: URL, target: URL) throws(OutputError) -> [(path: String, url: URL)] {
        var written: [(path: String, url: URL)] = []
        for document in documents {
            guard document.path.hasPrefix(name + "/") else { throw .ioError(document.path, "not inside \(name)/") }
            let path = String(document.path.dropFirst(name.count + 1))
            let file = staging.appendingPathComponent(path)
            try Self.createFolder(file.deletingLastPathComponent())
            do {
                try Data(document.contents.utf8).write(to: file)
            } catch {
                throw .ioError(target.appendingPathComponent(path).path, Self.reason(error))
            }
            written.append((path, target.appendingPathComponent(path)))
        }
        return written
    }

    /// Replaces one file directly under `root` (the batch's `index.html`): written beside it
    /// first, then renamed over it in one step.
    public func replaceFile(_ document: Document, in root: URL) throws(OutputError) {
        let target = root.appendingPathComponent(document.path)
        let temporary = root.appendingPathComponent(Self.temporaryName(for: document.path))
        do {
            try Data(document.contents.utf8).write(to: temporary)
        } catch {
            throw .ioError(target.path, Self.reason(error))
        }
        guard rename(temporary.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? FileManager.default.removeItem(at: temporary)
            throw .ioError(target.path, reason)
        }
    }

    /// The staged folder in the target's place: exchanged with it in one step, or renamed where
    /// there is no target yet. Where the file system cannot exchange, the old folder is moved
    /// aside first (then, for an instant, there is no folder at all).
    private static func putInPlace(_ staging: URL, at target: URL) throws(OutputError) {
        if rename(staging.path, target.path) == 0 { return }
        guard errno == ENOTEMPTY || errno == EEXIST else { throw .ioError(target.path, String(cString: strerror(errno))) }
        if atomic_folder_exchange(staging.path, target.path) == 0 { return }
        guard errno == ENOSYS || errno == EINVAL else { throw .ioError(target.path, String(cString: strerror(errno))) }
        let aside = target.deletingLastPathComponent().appendingPathComponent(temporaryName(for: target.lastPathComponent + ".old"))
        guard rename(target.path, aside.path) == 0 else { throw .ioError(target.path, String(cString: strerror(errno))) }
        guard rename(staging.path, target.path) == 0 else {
            let reason = String(cString: strerror(errno))
            _ = rename(aside.path, target.path)
            throw .ioError(target.path, reason)
        }
        _ = rename(aside.path, staging.path)
    }

    /// Every file of `folder` (its subfolders too) hard-linked into `staging`, but those at `except`
    /// (relative paths), which are about to be written anew: a linked file shares its contents, so
    /// it must never be written through.
    private static func linkContents(of folder: URL, into staging: URL, except: Set<String>, prefix: String = "") throws(OutputError) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names.sorted() where !except.contains(prefix + name) {
            let source = folder.appendingPathComponent(name), copy = staging.appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source.path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                try createFolder(copy)
                try linkContents(of: source, into: copy, except: except, prefix: prefix + name + "/")
            } else if link(source.path, copy.path) != 0 {
                // A file system without hard links: a copy does as well.
                do {
                    try FileManager.default.copyItem(at: source, to: copy)
                } catch {
                    throw .ioError(copy.path, reason(error))
                }
            }
        }
    }

    private static func createFolder(_ folder: URL) throws(OutputError) {
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .cannotCreateFolder(folder.path, reason(error))
        }
    }

    /// The output folders this process has cleaned up.
    private static let cleaned = VisitedPaths()
    private static let stagings = Counter()

    static func reason(_ error: any Error) -> String {
        let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
        if let underlying, underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return (error as NSError).localizedDescription
    }
}

/// Paths seen before, shared by the threads of one process.
private final class VisitedPaths: @unchecked Sendable {
    private let lock = NSLock()
    private var paths: Set<String> = []

    /// True the first time `path` is given.
    func firstVisit(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.insert(path).inserted
    }
}

/// 1, 2, 3, … across the threads of one process.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
