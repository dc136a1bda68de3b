/// The name of a runbook file: `runbook.<lang>.<format>` for create, `runbook-<task>.<lang>.<format>`
/// for the other tasks. Parsed back from a folder to index what an earlier run wrote there.
public struct DocumentName: Sendable, Hashable, Comparable {
    public let task: RunbookTask
    public let language: Language
    public let format: Format

    public init(task: RunbookTask, language: Language, format: Format) {
        self.task = task
        self.language = language
        self.format = format
    }

    public var fileName: String { "\(task.fileStem).\(language.rawValue).\(format.rawValue)" }

    /// The same runbook in another language or format.
    public func with(language: Language? = nil, format: Format? = nil) -> DocumentName {
        DocumentName(task: task, language: language ?? self.language, format: format ?? self.format)
    }

    /// Recognises exactly the names `fileName` makes.
    public init?(fileName: String) {
        for task in RunbookTask.allCases {
            for language in Language.allCases {
                for format in Format.allCases where DocumentName(task: task, language: language, format: format).fileName == fileName {
                    self.init(task: task, language: language, format: format)
                    return
                }
            }
        }
        return nil
    }

    /// Tasks in their order of the endpoint's life, then language and format as declared.
    public static func < (lhs: DocumentName, rhs: DocumentName) -> Bool {
        func key(_ name: DocumentName) -> [Int] {
            [RunbookTask.allCases.firstIndex(of: name.task)!, Language.allCases.firstIndex(of: name.language)!,
             Format.allCases.firstIndex(of: name.format)!]
        }
        return key(lhs).lexicographicallyPrecedes(key(rhs))
    }
}
