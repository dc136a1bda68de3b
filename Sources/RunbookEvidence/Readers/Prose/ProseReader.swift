import RunbookCore

/// Reads the sentences a customer writes around their output, in English or Japanese: greetings,
/// questions and explanations are taken as prose (never quoted back as lines that could not be
/// read), and what they state is observed: values (`ProseValues`), how long they have waited,
/// accounts to keep, what they want to do (another runbook than create), and what the ticket is
/// about. Asked last, after every reader of tool output.
struct ProseReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        let content = paste.contents[index]
        guard state.proseBytes < Self.proseBudget, Self.isProse(content) else { return nil }
        state.proseBytes += content.utf8.count
        var match = ReaderMatch(Self.read(content), at: index, in: paste, source: .prose)
        match.isProse = true
        return match
    }

    /// The longest line read as the customer's own words: 4 KiB holds a long paragraph in either
    /// language (a Japanese character takes 3 bytes). A longer line is machine output or pasted
    /// data; reading it for phrases would cost time in proportion to its length once per phrase
    /// (a 1 MiB line took 16 s in a debug build), so it is left unrecognised.
    static let longestLine = 4096
    /// The words of a paste read as prose, at most (and one line more): 64 KiB is some thirty pages
    /// of a ticket. Past it lines are left unrecognised, so that a paste of 1 MiB costs no more to
    /// read than a ticket.
    static let proseBudget = 65_536

    /// Whether a line reads as a sentence: Japanese text, or at least two words of letters.
    static func isProse(_ content: String) -> Bool {
        guard content.utf8.count <= longestLine else { return false }
        if content.unicodeScalars.contains(where: isJapanese) { return true }
        let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" })
        let wordy = words.filter { word in word.count >= 2 && word.filter(\.isLetter).count * 2 >= word.count }
        // A greeting, a sign-off or a name alone on its line (`Thanks,`, `Priya`).
        let alone = words.count == 1 && content.count >= 2 && content.allSatisfy { $0.isLetter || ",.!:".contains($0) }
        return wordy.count >= 2 || alone
    }

    /// Hiragana, katakana, CJK ideographs and full-width punctuation.
    static func isJapanese(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x4E00...0x9FFF, 0x3000...0x303F, 0xFF01...0xFF60: true
        default: false
        }
    }

    static func read(_ content: String) -> [Observation.Kind] {
        var kinds = ProseValues.read(content)
        if let minutes = waited(content) { kinds.append(.statedWait(minutes: minutes)) }
        if let task = intent(content) { kinds.append(.intent(task)) }
        kinds += subjects(content).map { .mentions($0) }
        return kinds
    }

    // MARK: How long the customer has waited

    /// Words that make a duration one of waiting ("stuck for 2 hours", "3時間経っても").
    private static let waitingWords = ["pending", "wait", "stuck", "still", "since", "for ", " ago", "been", "yet", "hours", "待",
                                       "まま", "経", "以上", "から", "変わら", "止ま"]

    /// The longest wait the sentence states, in minutes.
    static func waited(_ content: String) -> Int? {
        let lower = content.lowercased()
        guard waitingWords.contains(where: { lower.contains($0) }) else { return nil }
        var longest: Int?
        func note(_ minutes: Int) { longest = max(longest ?? 0, minutes) }
        // A number and its unit, in either language (`2 hours`, `90min`, `3 時間`, `30分`).
        let scalars = Array(lower)
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCII, scalars[index].isNumber else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end].isASCII, scalars[end].isNumber { end += 1 }
            let number = Int(String(scalars[index..<end])) ?? 0
            var unitStart = end
            while unitStart < scalars.count, scalars[unitStart] == " " { unitStart += 1 }
            let unit = String(scalars[unitStart..<min(scalars.count, unitStart + 7)])
            if unit.hasPrefix("時間") || unit.hasPrefix("hour") || unit.hasPrefix("hr") || unit.hasPrefix("h ") || unit == "h" {
                note(number * 60)
            } else if unit.hasPrefix("分") || unit.hasPrefix("min") {
                note(number)
            } else if unit.hasPrefix("日") || unit.hasPrefix("day") {
                note(number * 24 * 60)
            }
            index = end
        }
        for (word, minutes) in [("yesterday", 12 * 60), ("overnight", 12 * 60), ("all day", 8 * 60), ("for hours", 2 * 60),
                                ("an hour", 60), ("昨日", 12 * 60), ("一晩", 12 * 60), ("半日", 12 * 60), ("数時間", 2 * 60),
                                ("一日", 24 * 60), ("丸一日", 24 * 60)] where lower.contains(word) {
            note(minutes)
        }
        return longest
    }

    // MARK: What the customer wants to do

    /// Ending the whole connection is said of PrivateLink or the endpoint service ("tear down the
    /// PrivateLink", "PrivateLink の利用をやめる"); ending an account's access is said of an account.
    static func intent(_ content: String) -> RunbookTask? {
        let lower = content.lowercased()
        let ending = ["tear down", "teardown", "tear it down", "decommission", "delete", "remove", "destroy", "stop using", "shut down",
                      "shutting down", "削除", "廃止", "撤去", "やめ", "停止"]
        let whole = ["privatelink", "private link", "endpoint service", "エンドポイントサービス"]
        let mentionsAccount = lower.contains("account") || lower.contains("アカウント")
        let teardown = !mentionsAccount && ending.contains(where: { lower.contains($0) }) && whole.contains(where: { lower.contains($0) })
            ? ["privatelink"] : []
        let remove = ["remove account", "remove the account", "remove an account", "revoke", "remove access", "disallow",
                      "アカウントを削除", "アカウントを外", "アカウントの削除", "アクセスを削除", "許可を取り消"]
        let add = ["add another account", "add a second account", "add an account", "add a new account", "add account",
                   "another aws account", "second aws account", "additional account", "アカウントを追加", "アカウントの追加",
                   "別のアカウント", "別の aws アカウント", "2つ目のアカウント", "二つ目のアカウント"]
        if !teardown.isEmpty { return .teardown }
        // Starting from the beginning: the create runbook's first step.
        let start = ["where do we start", "where should we start", "how do we start", "how to set up", "how do we set up", "want to connect",
                     "would like to connect", "set up privatelink", "getting started", "接続したい", "設定したい", "設定方法", "始め方",
                     "何から始め"]
        if remove.contains(where: { lower.contains($0) }) { return .removeAccounts }
        if add.contains(where: { lower.contains($0) }) { return .addAccounts }
        if start.contains(where: { lower.contains($0) }) { return .create }
        return nil
    }

    // MARK: What the ticket is about

    static func subjects(_ content: String) -> [TicketSubject] {
        let lower = content.lowercased()
        var found: [TicketSubject] = []
        let privateLink = ["privatelink", "private link", "endpoint", "vpce", "vpc", "エンドポイント", "プライベートリンク"]
        let kafkaUsage = ["topic", "partition", "consumer group", "consumer lag", "retention", "offset", "kafka:topics", "compaction",
                          "replication factor", "トピック", "パーティション", "コンシューマ", "保持期間", "リテンション", "オフセット"]
        if privateLink.contains(where: { lower.contains($0) }) { found.append(.privateLink) }
        if kafkaUsage.contains(where: { lower.contains($0) }) { found.append(.kafkaUsage) }
        return found
    }
}
