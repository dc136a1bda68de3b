import Foundation
import RunbookKit

/// The progress line of `batch` on a terminal's standard error: rows done, refused, rate and time
/// left, redrawn at most ten times a second. Silent when disabled (not a terminal, or `--quiet`).
final class BatchProgress {
    private let catalog: Catalog
    private let enabled: Bool
    private var total = 0
    private var done = 0
    private var refused = 0
    private var startTime = Date()
    private var lastDrawn = Date.distantPast
    private var shown = false

    init(catalog: Catalog, enabled: Bool) {
        self.catalog = catalog
        self.enabled = enabled
    }

    func start(total: Int) {
        self.total = total
        startTime = Date()
    }

    func advance(refused wasRefused: Bool) {
        done += 1
        if wasRefused { refused += 1 }
        guard enabled else { return }
        let now = Date()
        guard now.timeIntervalSince(lastDrawn) >= 0.1 || done == total else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(startTime), 0.001)
        let rate = Double(done) / elapsed
        let left = Int((Double(total - done) / max(rate, 0.001)).rounded(.up))
        let text = catalog.format("batch.progress", [
            "done": String(done), "total": String(total), "refused": String(refused),
            "rate": String(Int(rate.rounded())), "left": String(format: "%d:%02d", left / 60, left % 60),
        ])
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text).utf8))
        shown = true
    }

    /// Removes the line, before a message or at the end.
    func clear() {
        guard shown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        shown = false
    }
}
