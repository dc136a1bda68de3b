/// A language the runbook is written in.
public enum Language: String, CaseIterable, Sendable, Codable {
    case ja
    case en

    /// The language of a POSIX locale value such as `ja_JP.UTF-8`; English when it is not Japanese.
    public static func fromLocale(_ value: String?) -> Language {
        value?.lowercased().hasPrefix("ja") == true ? .ja : .en
    }

    /// The other language, for the page that links to its translation.
    public var other: Language { self == .ja ? .en : .ja }
}

/// A document format the runbook is written in.
public enum Format: String, CaseIterable, Sendable, Codable {
    case md
    case html
}
