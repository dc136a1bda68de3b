import Foundation
import RunbookCore

/// Recognises what the Heroku CLI and its `data-privatelink` plugin print (facts file, section 1:
/// plugin 2.0.x; the older wordings of the article and of the plugin's own tests are accepted too,
/// since customers run older plugins). Matching is by words, not by spacing: table layouts differ
/// between versions and with `CI` set, so rows are read as whitespace-separated fields.
struct HerokuOutputReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        guard let kinds = Self.read(paste.contents[index], state: &state) else { return nil }
        // An error that does not name its command is about the last command line pasted before it.
        return ReaderMatch(kinds.map { kind in
            guard case .herokuError(let error, .none) = kind else { return kind }
            return .herokuError(error, after: state.lastCommand)
        }, at: index, in: paste)
    }

    static let endpointStatuses = ["Provisioning", "Operational", "Deprovisioning", "Deprovisioned"]

    /// What the line shows, `[]` for a line that belongs to the output but states nothing, or nil
    /// when the line is not Heroku CLI output.
    static func read(_ content: String, state: inout ReadingState) -> [Observation.Kind]? {
        let line = withoutErrorPrefix(content)
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if state.inConfigListing {
            if let listed = configVariable(line, inListing: true) { return listed }
            // The further lines of a multi-line value (a certificate, a masked private key).
            if line.hasPrefix("-----BEGIN") || line.hasPrefix("-----END") || line == SecretMask.mask || SecretMask.isBase64Line(line) { return [] }
            state.inConfigListing = false
        }
        if line.hasPrefix("=== ") { return header(String(line.dropFirst(4)), state: &state) }
        if let value = field("Service Name:", in: line) {
            // `create` prints `Service Name: Provisioning` before the endpoint service has a name.
            return value.isEmpty || value == "Provisioning" ? [] : [.value(.serviceName, value)]
        }
        if let value = field("Status:", in: line) {
            guard let status = endpointStatuses.first(where: { $0.lowercased() == value.lowercased() }) else { return nil }
            return [.endpointServiceStatus(status)]
        }
        if words == ["ARN", "Status"] || words == ["Endpoint", "ID", "Owner", "ARN", "Status"] { return [] }
        if isTableRule(line) { return [] }
        if let row = tableRow(words) { return row }
        if let said = sentence(line, words: words) ?? configVariable(line, inListing: false) { return said }
        // The rest of a CLI error or warning (the argument list, an empty line of it).
        return line != content ? [] : nil
    }

    /// Heroku CLI errors and warnings start with ` ›   Error: ` (older CLIs: ` ▸    `).
    private static func withoutErrorPrefix(_ content: String) -> String {
        var line = Substring(content)
        guard line.hasPrefix("›") || line.hasPrefix("▸") else { return content }
        line = line.dropFirst().drop(while: { $0 == " " })
        for prefix in ["Error:", "Warning:"] where line.hasPrefix(prefix) {
            line = line.dropFirst(prefix.count).drop(while: { $0 == " " })
        }
        return String(line)
    }

    /// The value after `name` at the start of the line, with the padding that aligns values removed.
    static func field(_ name: String, in line: String) -> String? {
        guard line.hasPrefix(name) else { return nil }
        return String(line.dropFirst(name.count)).trimmingSpaces
    }

    private static func header(_ title: String, state: inout ReadingState) -> [Observation.Kind]? {
        // Current wording, then the article's (`=== privatelinks for …`).
        for prefix in ["privatelink endpoint status for ", "privatelinks for "] where title.hasPrefix(prefix) {
            let addon = String(title.dropFirst(prefix.count)).trimmingSpaces
            return addon.isEmpty ? [] : [.value(.addon, addon)]
        }
        if ["Allowed Accounts", "Whitelisted Accounts", "Connections"].contains(title) { return [] }
        if title.hasSuffix(" Config Vars") {
            state.inConfigListing = true
            // heroku/cli 11.x prints `=== ⬢ myapp Config Vars` (its config test); older CLIs no `⬢`.
            let app = String(title.dropLast(" Config Vars".count)).trimmingSpaces
            return [.configListed] + (app.isEmpty ? [] : [CommandLineReader.appValue(app)])
        }
        return nil
    }

    /// A table's underline: `─` (or `-` with `CI` set, `━`, `=`) and spaces only.
    static func isTableRule(_ line: String) -> Bool {
        var rules = 0
        for character in line {
            switch character {
            case "─", "━", "-", "=": rules += 1
            case " ", "\t": continue
            default: return false
            }
        }
        return rules >= 3
    }

    /// A row of the allowed accounts (`ARN  Status`) or of the connections (`Endpoint ID  Owner ARN  Status`).
    private static func tableRow(_ words: [String]) -> [Observation.Kind]? {
        if words.count == 2, words[0].hasPrefix("arn:") {
            return [.allowedAccount(arn: words[0], status: words[1]), .value(.awsAccountID, AccountARN.argument(words[0]))]
        }
        // `aws sts get-caller-identity --output text` has the same shape but starts with the account id.
        if words.count == 3, words[1].hasPrefix("arn:"), !AccountARN.isAccountID(words[0]) {
            return [.connection(endpointID: words[0], ownerARN: words[1], status: words[2]), .value(.endpointID, words[0])]
        }
        return nil
    }

    private static func sentence(_ line: String, words: [String]) -> [Observation.Kind]? {
        // Current wording first, then the article's older one.
        if line == "Your privatelink endpoint is now operational." || line == "Your privatelink is now operational." {
            return [.endpointServiceStatus("Operational")]
        }
        if line.hasPrefix("You must now copy the Service Name") {
            guard let url = words.first(where: { $0.hasPrefix("https://") }) else { return [] }
            return [.articleLink(url: url, product: articleProduct(url))]
        }
        for prefix in ["The privatelink endpoint is now being provisioned for ", "The privatelink is now being provisioned for "]
        where line.hasPrefix(prefix) {
            var addon = String(line.dropFirst(prefix.count)).trimmingSpaces
            if addon.hasSuffix(".") { addon.removeLast() }
            return [.endpointServiceStatus("Provisioning")] + (addon.isEmpty ? [] : [.value(.addon, addon)])
        }
        if line.hasSuffix("to check the creation process.") { return waitHint(words) }
        if line.hasPrefix("Creating privatelink") {
            return line.hasSuffix("done") ? [.endpointServiceStatus("Provisioning")] : []
        }
        if line.hasPrefix("Waiting for the privatelink endpoint to be provisioned") {
            return [.endpointServiceStatus(line.hasSuffix("done") ? "Operational" : "Provisioning")]
        }
        if line.hasPrefix("Destroying privatelink endpoint") {
            return line.hasSuffix("done") ? [.destroyAccepted, .endpointServiceStatus("Deprovisioning")] : []
        }
        // `Adding account... done`, `Removing accounts... done` (facts file, section 1).
        if line.hasPrefix("Adding account") { return line.hasSuffix("done") ? [.accountsChanged(added: true)] : [] }
        if line.hasPrefix("Removing account") { return line.hasSuffix("done") ? [.accountsChanged(added: false)] : [] }
        if line.contains("There are no allowed accounts") { return [.noAllowedAccounts] }
        // Ticket systems often turn the apostrophe into a typographic one.
        if line.contains("Couldn't find that addon") || line.contains("Couldn’t find that addon") {
            return [.herokuError(.addonNotFound, after: nil)]
        }
        if line.hasPrefix("Missing "), line.contains(" required arg") { return [.herokuError(.missingArgument, after: nil)] }
        if line.contains("allows multiple values") || line.contains("allow multiple values") || line.hasPrefix("See more help with")
            || line.hasPrefix("Alternatively, you can use") {
            return []
        }
        // @oclif/plugin-not-found: `data:privatelink is not a heroku command.`
        if line.contains(" is not a heroku command"), line.contains("privatelink") { return [.herokuError(.pluginMissing, after: nil)] }
        return nil
    }

    /// `Use  $ heroku data:privatelink:wait ADDON --app APP  to check the creation process.` (2.0.x),
    /// or `Run heroku data:privatelink:wait KAFKA_URL -a APP to check …` (older, as the article
    /// shows it). The still provisioning status and older plugins print the words `APP` and
    /// `KAFKA_URL` literally: they are no names.
    private static func waitHint(_ words: [String]) -> [Observation.Kind] {
        guard let start = words.firstIndex(of: "heroku"), let end = words.lastIndex(of: "to"), start + 2 <= end else { return [] }
        let arguments = OclifArguments(Array(words[(start + 2)..<end]))
        return CommandLineReader.privateLinkValues(arguments, command: .wait).filter {
            if case .placeholder = $0 { return false }
            return true
        }
    }

    /// The product word in `https://devcenter.heroku.com/articles/heroku-<word>-via-privatelink`.
    private static func articleProduct(_ url: String) -> String {
        guard let start = url.range(of: "/heroku-"), let end = url.range(of: "-via-privatelink"), start.upperBound <= end.lowerBound
        else { return "" }
        return String(url[start.upperBound..<end.lowerBound])
    }

    /// `KAFKA_ENDPOINT_<ID>_URL: …` from `heroku config` (or `=` with `--shell`), and, inside the
    /// listing, any other `NAME: value` line.
    private static func configVariable(_ line: String, inListing: Bool) -> [Observation.Kind]? {
        guard let separator = line.firstIndex(where: { $0 == ":" || $0 == "=" }) else { return nil }
        let name = line[..<separator]
        guard !name.isEmpty, name.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber || $0 == "_") }) else { return nil }
        let prefix = HerokuCLI.endpointVarPrefix, suffix = "_URL"
        guard name.hasPrefix(prefix), name.hasSuffix(suffix), name.count > prefix.count + suffix.count else {
            return inListing ? [] : nil
        }
        let id = String(name.dropFirst(prefix.count).dropLast(suffix.count))
        let value = String(line[line.index(after: separator)...])
        return [.connectionString(configVarID: id, value: Self.connectionStringValue(value))]
    }

    /// A connection string is a comma-separated list of `kafka+ssl://host:port` brokers (facts file,
    /// section 7), reached through PrivateLink on TCP ports 10000–11000 (section 3). `heroku config`
    /// pads the value and `--shell` quotes it; anything else (empty, cut off where a ticket system
    /// wrapped the line, another scheme) is not a connection string the customer can use yet.
    static func connectionStringValue(_ raw: String) -> ConnectionStringValue {
        let value = raw.trimmingSpaces.trimming("'\"")
        guard !value.isEmpty else { return .malformed }
        for broker in value.split(separator: ",", omittingEmptySubsequences: false) {
            let entry = String(broker).trimmingSpaces
            guard entry.hasPrefix("kafka+ssl://") else { return .malformed }
            let address = entry.dropFirst("kafka+ssl://".count)
            guard let colon = address.lastIndex(of: ":") else { return .malformed }
            let host = address[..<colon], port = address[address.index(after: colon)...]
            guard !host.isEmpty, host.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") }),
                  let number = Int(port), HerokuCLI.brokerPorts.contains(number) else { return .malformed }
        }
        return .brokers
    }
}

/// IAM ARNs as Heroku lists allowed accounts, turned back into the forms `--aws-account-id` takes
/// (facts file, section 1: `ID` ↔ `…:root`, `ID:user/NAME` ↔ `…:user/NAME`, `ID:role/NAME` ↔ `…:role/NAME`).
enum AccountARN {
    /// The `--aws-account-id` form of an ARN; any other ARN comes back whole, for the rules to refuse.
    static func argument(_ arn: String) -> String {
        let prefix = "arn:aws:iam::"
        guard arn.hasPrefix(prefix) else { return arn }
        let rest = arn.dropFirst(prefix.count)
        guard let colon = rest.firstIndex(of: ":") else { return arn }
        let id = rest[..<colon], principal = rest[rest.index(after: colon)...]
        if principal == "root" { return String(id) }
        if principal.hasPrefix("user/") || principal.hasPrefix("role/") { return "\(id):\(principal)" }
        return arn
    }

    /// The 12-digit account id inside an IAM or STS ARN.
    static func accountID(_ arn: String) -> String? {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 6, parts[0] == "arn", isAccountID(String(parts[4])) else { return nil }
        return String(parts[4])
    }

    static func isAccountID(_ word: String) -> Bool {
        word.utf8.count == 12 && word.utf8.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
    }
}

extension String {
    /// Without leading and trailing spaces and tabs.
    var trimmingSpaces: String {
        var slice = Substring(self)
        while let first = slice.first, first == " " || first == "\t" { slice = slice.dropFirst() }
        while let last = slice.last, last == " " || last == "\t" { slice = slice.dropLast() }
        return String(slice)
    }
}
