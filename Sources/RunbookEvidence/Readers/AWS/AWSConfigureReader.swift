/// What the AWS CLI's `configure` commands print: `aws configure get region` (the region alone),
/// `aws configure list` (a `Name  Value  Type  Location` table whose `region` row is the region
/// in use and where it comes from; keys are shown masked but for their last four characters, as
/// the real client printed it here), and the prompts of `aws configure` itself
/// (`Default region name [us-east-1]: ap-northeast-1`).
struct AWSConfigureReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        guard let kinds = Self.read(paste.contents[index], afterConfigure: state.lastCommand == .configure) else { return nil }
        return ReaderMatch(kinds, at: index, in: paste)
    }

    static func read(_ content: String, afterConfigure: Bool) -> [Observation.Kind]? {
        // Newer clients separate the columns with ` : `; the words are the same.
        let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init).filter { $0 != ":" }
        guard let first = words.first else { return nil }
        if words == ["Name", "Value", "Type", "Location"] || words == ["NAME", "VALUE", "TYPE", "LOCATION"] { return [] }
        if ["profile", "access_key", "secret_key"].contains(first), words.count >= 3 { return [] }
        if first == "region", words.count >= 3, isRegion(words[1]) { return [.configuredRegion(words[1])] }
        if content.hasPrefix("Default region name [") {
            let typed = content.split(separator: ":", maxSplits: 1).dropFirst().first.map { String($0).trimmingSpaces } ?? ""
            if !typed.isEmpty { return isRegion(typed) ? [.configuredRegion(typed)] : [] }
            let current = content.dropFirst("Default region name [".count).prefix { $0 != "]" }
            return isRegion(String(current)) ? [.configuredRegion(String(current))] : []
        }
        if content.hasPrefix("AWS Access Key ID [") || content.hasPrefix("AWS Secret Access Key [")
            || content.hasPrefix("Default output format [") {
            return []
        }
        // `aws configure get region` prints the region alone.
        if afterConfigure, words.count == 1, isRegion(first) { return [.configuredRegion(first)] }
        return nil
    }

    /// `us-east-1`, `ap-northeast-1`, `us-gov-west-1`: the shape of an AWS region code (a
    /// two-letter area, words, one digit), so that a name like `kafka-shiny-73918` is none.
    static func isRegion(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts.count <= 4, parts[0].count == 2, let last = parts.last, last.count == 1,
              last.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        return parts.dropLast().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && $0.isLowercase } }
    }
}
