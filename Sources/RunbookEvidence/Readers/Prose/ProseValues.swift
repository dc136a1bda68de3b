import RunbookCore

/// Values a customer states in a sentence, in English or Japanese: ids whose shape says what
/// they are wherever they stand (`vpce-…`, `vpc-…`, `subnet-…`, `sg-…`, a service name, an IAM ARN,
/// a region code), and names that need a word before them to say what they name ("the add-on is
/// kafka-x", "アドオンは kafka-x です", "app name: orders-api", "アプリ名は orders-api"). Every value is
/// only a candidate: the `RuleSet` judges it like a typed one.
///
/// A plain word after "app" is taken for a name only when the sentence says it is one ("named",
/// "called", "name:", quotes, Japanese `アプリ名は`); otherwise "our app is broken" would make
/// `broken` the app, and a command would act on a resource that is not the customer's.
enum ProseValues {
    /// The values of every sentence of the line: a sentence is read on its own, so that "keep"
    /// in one does not make the accounts of the one before accounts to keep.
    static func read(_ line: String) -> [Observation.Kind] {
        unique(sentences(line).flatMap(readSentence))
    }

    /// The line cut after `. `, `! `, `? ` and Japanese full stops.
    static func sentences(_ line: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
            current.append(character)
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if "。！？".contains(character) || (".!?".contains(character) && next == " ") {
                sentences.append(current)
                current = ""
            }
        }
        if !current.isEmpty { sentences.append(current) }
        return sentences
    }

    private static func readSentence(_ line: String) -> [Observation.Kind] {
        let tokens = ProseTokens(line).tokens
        let lower = line.lowercased()
        var found: [Observation.Kind] = []
        let keeps = ["keep", "stay", "remain", "leave", "残", "そのまま", "維持", "引き続き"].contains { lower.contains($0) }
        // Twelve digits are an account where the sentence speaks of accounts, or of keeping one.
        let mentionsAccount = lower.contains("account") || line.contains("アカウント") || lower.contains("aws id") || keeps
        for (index, token) in tokens.enumerated() where token.isASCII {
            found += shaped(token.text, mentionsAccount: mentionsAccount, keeps: keeps)
            if let field = namedField(before: index, in: tokens), let name = name(token) {
                // The keyword may name both (`app` in "add-on of the app"): the nearest wins.
                found.append(.value(field, name))
            } else if let field = namedField(after: index, in: tokens), let name = name(token) {
                found.append(.value(field, name))
            } else if isDefaultAddonName(token.text) {
                found.append(.value(.addon, token.text))
            }
        }
        found += cityRegions(tokens)
        return found
    }

    // MARK: Values whose shape says what they are

    private static func shaped(_ word: String, mentionsAccount: Bool, keeps: Bool) -> [Observation.Kind] {
        if word.hasPrefix("com.amazonaws.vpce.") { return [.value(.serviceName, word)] }
        if word.hasPrefix("arn:aws:iam::") {
            let account = AccountARN.argument(word)
            return [keeps ? .accountToKeep(account) : .value(.awsAccountID, account)]
        }
        guard !word.contains(".") else { return [] }
        if word.hasPrefix("vpce-svc-") { return [] }
        if word.hasPrefix("vpce-") { return [.value(.endpointID, word)] }
        if word.hasPrefix("vpc-") { return [.value(.vpcID, word)] }
        if word.hasPrefix("subnet-") { return [.value(.subnetID, word)] }
        if word.hasPrefix("sg-") { return [.value(.securityGroupID, word)] }
        if AWSConfigureReader.isRegion(word) { return [.awsRegion(word)] }
        // The console shows account ids as `1234-5678-9012`.
        if mentionsAccount, let account = accountID(word) { return [keeps ? .accountToKeep(account) : .value(.awsAccountID, account)] }
        return []
    }

    private static func accountID(_ word: String) -> String? {
        if AccountARN.isAccountID(word) { return word }
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts.allSatisfy({ $0.count == 4 && $0.allSatisfy { $0.isASCII && $0.isNumber } }) else {
            // `123456789012:user/name`, `…:role/name`, as the article writes accounts.
            if word.count > 13, AccountARN.isAccountID(String(word.prefix(12))), word.dropFirst(12).hasPrefix(":") { return word }
            return nil
        }
        return parts.joined()
    }

    /// Heroku names Kafka add-ons `kafka-<word>-<digits>` (the article's `kafka-sushi-12345`).
    static func isDefaultAddonName(_ word: String) -> Bool {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        return parts.count == 3 && parts[0] == "kafka" && !parts[1].isEmpty && parts[1].allSatisfy { $0.isASCII && $0.isLowercase }
            && !parts[2].isEmpty && parts[2].allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: Names after a word that says what they name

    private static let addonWords: Set<String> = ["add-on", "addon", "add-ons", "addons", "アドオン", "アドオン名"]
    private static let appWords: Set<String> = ["app", "application", "アプリ", "アプリ名", "アプリケーション", "アプリケーション名"]
    /// Words between the keyword and the name.
    private static let fillers: Set<String> = ["name", "is", "was", "the", "our", "my", "of", "id", "=", "-", "called", "named", "it's"]
    private static let namingWords: Set<String> = ["name", "called", "named", "=", "名", "名は"]

    /// The field named by the words before token `index` (at most three back).
    private static func namedField(before index: Int, in tokens: [ProseTokens.Token]) -> Field? {
        var position = index - 1
        var skipped = 0
        var saysName = tokens[index].isQuoted
        while position >= 0, skipped <= 3 {
            let token = tokens[position]
            let word = token.text.lowercased()
            if token.isASCII, addonWords.contains(word) { return saysName || isNameLike(tokens[index].text) ? .addon : nil }
            if token.isASCII, appWords.contains(word) { return saysName || isNameLike(tokens[index].text) ? .app : nil }
            if !token.isASCII {
                // `アドオンは`, `アドオン名:`, `アプリケーション名は`: the keyword, then a particle.
                let text = token.text
                if addonWords.contains(where: { text.hasPrefix($0) }) && text.count <= 6 { return .addon }
                if appWords.contains(where: { text.hasPrefix($0) }) && text.count <= 10 { return .app }
                return nil
            }
            if namingWords.contains(word) { saysName = true }
            guard fillers.contains(word) else { return nil }
            position -= 1
            skipped += 1
        }
        return nil
    }

    /// `kafka-x というアドオン`, `orders-api というアプリ`: the name, then the keyword.
    private static func namedField(after index: Int, in tokens: [ProseTokens.Token]) -> Field? {
        guard index + 1 < tokens.count, !tokens[index + 1].isASCII else { return nil }
        let text = tokens[index + 1].text
        guard text.hasPrefix("という") || text.hasPrefix("って") else { return nil }
        if addonWords.contains(where: { text.contains($0) }) { return .addon }
        if appWords.contains(where: { text.contains($0) }) { return .app }
        return nil
    }

    /// A candidate name: an ASCII word that could be an add-on or app name.
    private static func name(_ token: ProseTokens.Token) -> String? {
        let text = token.text
        guard let first = text.first, first.isLetter, text.count >= 2,
              text.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }) else { return nil }
        guard !fillers.contains(text.lowercased()) else { return nil }
        return text
    }

    /// A name with a hyphen or a digit in it: no ordinary word.
    private static func isNameLike(_ text: String) -> Bool {
        text.contains("-") || text.contains { $0.isNumber }
    }

    // MARK: Regions named by their city

    private static let japaneseCities: [String: String] = [
        "バージニア": "virginia", "オレゴン": "oregon", "フランクフルト": "frankfurt", "ダブリン": "dublin", "東京": "tokyo",
        "シドニー": "sydney", "ロンドン": "london", "モントリオール": "montreal", "ムンバイ": "mumbai", "シンガポール": "singapore",
    ]

    /// `Tokyo region`, `東京リージョン`: the Private Space region's city, with the word "region".
    private static func cityRegions(_ tokens: [ProseTokens.Token]) -> [Observation.Kind] {
        var found: [Observation.Kind] = []
        for (index, token) in tokens.enumerated() {
            if token.isASCII, index + 1 < tokens.count, tokens[index + 1].text.lowercased() == "region",
               let region = PrivateSpaceRegion.named(token.text.lowercased()) {
                found.append(.awsRegion(region.awsCode))
            }
            if !token.isASCII, token.text.contains("リージョン") {
                for (city, name) in japaneseCities where token.text.contains(city + "リージョン") {
                    if let region = PrivateSpaceRegion.named(name) { found.append(.awsRegion(region.awsCode)) }
                }
            }
        }
        return found
    }

    private static func unique(_ kinds: [Observation.Kind]) -> [Observation.Kind] {
        var result: [Observation.Kind] = []
        for kind in kinds where !result.contains(kind) { result.append(kind) }
        return result
    }
}
