import RunbookCore
import RunbookRender

import Foundation

/// The service's zip: every runbook the values allow, as `generate` writes them.
extension Pipeline {
    /// The runbooks of every task these values allow (`create`, `add-accounts`, …, in that order),
    /// in both languages and formats, then the index linking them: the files that `generate --task T`
    /// writes for each of those tasks, one after another, into an empty folder. `raw.task` is
    /// ignored; the tasks whose rules the values break are left out and not listed.
    public func bundle(for raw: RawInput) throws(TemplateError) -> (documents: [Document], tasks: [RunbookTask]) {
        var documents: [Document] = []
        var tasks: [RunbookTask] = []
        var addon: String?
        for task in RunbookTask.allCases {
            var values = raw
            values.task = task.rawValue
            guard case .success(let input) = validate(values) else { continue }
            documents += try self.documents(for: input, languages: Language.allCases, formats: Format.allCases)
            tasks.append(task)
            addon = input.addon
        }
        guard let addon else { return ([], []) }
        return (documents + [try index(addon: addon, runbooks: documents, alongside: [])], tasks)
    }
}
