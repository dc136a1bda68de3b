import Foundation
import RunbookCore

extension DocumentName {
    /// The runbooks in `folder` (none if it does not exist yet).
    static func all(in folder: URL) -> Set<DocumentName> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Set(names.compactMap(DocumentName.init(fileName:)))
    }
}
