import Foundation
import RunbookCore

extension OutputWriter {
    /// `.runbook.ja.md.4242.tmp`: hidden, beside its target (a rename within a folder is atomic),
    /// and naming the process that writes it, so that another run can tell an abandoned one.
    static func temporaryName(for target: String, process: Int32 = ProcessInfo.processInfo.processIdentifier) -> String {
        ".\(target).\(process).tmp"
    }

    /// The writing process of a name made by `temporaryName`; nil for any other name.
    static func writer(ofTemporaryName name: String) -> Int32? {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return nil }
        let parts = name.dropLast(".tmp".count).split(separator: ".")
        guard parts.count >= 2, let process = parts.last.flatMap({ Int32($0) }), process > 0 else { return nil }
        return process
    }

    /// Removes the temporary files in `folder` left by processes that no longer run (killed while
    /// writing); those of a live process, which may be writing right now, stay.
    static func removeAbandonedTemporaryFiles(in folder: URL) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names {
            guard let process = writer(ofTemporaryName: name), kill(process, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}
