import RunbookCore

/// Reads which add-ons an app has, as the Heroku CLI prints them (heroku/cli 11.x,
/// `src/commands/addons/index.ts` and `info.ts`, and their unit tests):
///
/// - `heroku addons --app APP`: a table `Add-on  Plan  Price  Max Price  State` whose rows start
///   `service (name)` (`heroku-kafka (kafka-shiny-73918)`, `?` for a service the CLI cannot see),
///   with attachment lines under each (`└─ as KAFKA`), then `The table above shows add-ons and
///   the attachments to the current app (⬢ APP) or other apps.`; `No add-ons for app APP.`
/// - `heroku addons --all`: `Owning App  Add-on  Plan  Price  Max Price  State`, rows
///   `⬢ APP  NAME  service:plan  …` (`⬢ ` marks an app when the terminal has 256 colours:
///   heroku-cli-util 10.x, `color.app`).
/// - `heroku addons:info NAME`: `=== NAME`, then `Plan:  service:plan`, `Owning app:  ⬢ APP`, …
///
/// Older CLIs printed the same columns without `Max Price` and the `⬢`; both are read.
struct HerokuAddonsReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        let content = paste.contents[index]
        let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        if let header = Self.header(words) {
            state.addonsTable = header
            return ReaderMatch()
        }
        if content.hasPrefix("=== "), Self.nextLineStartsInfo(paste, after: index) {
            let name = String(content.dropFirst(4)).trimmingSpaces
            state.addonInfoName = name
            return ReaderMatch([CommandLineReader.value(.addon, name)], at: index, in: paste)
        }
        if let name = state.addonInfoName, let kinds = Self.info(content, addon: name) {
            return ReaderMatch(kinds, at: index, in: paste)
        }
        state.addonInfoName = nil
        if let app = Self.closingApp(content) {
            state.addonsTable = nil
            return ReaderMatch([CommandLineReader.appValue(app)], at: index, in: paste)
        }
        if content.hasPrefix("No add-ons for app ") {
            var app = String(content.dropFirst("No add-ons for app ".count))
            if app.hasSuffix(".") { app.removeLast() }
            return ReaderMatch([CommandLineReader.appValue(app)], at: index, in: paste)
        }
        guard let table = state.addonsTable else { return nil }
        if HerokuOutputReader.isTableRule(content) { return ReaderMatch() }
        if let kinds = Self.row(words, table: table) { return ReaderMatch(kinds, at: index, in: paste) }
        state.addonsTable = nil
        return nil
    }

    /// The header of either table.
    static func header(_ words: [String]) -> ReadingState.AddonsTable? {
        guard words.first == "Add-on" || (words.first == "Owning" && words.dropFirst().first == "App") else { return nil }
        guard words.contains("Plan"), words.contains("State") else { return nil }
        return words.first == "Owning" ? .all : .app
    }

    /// `heroku addons:info` prints `Plan:` first, under its `=== NAME` header.
    private static func nextLineStartsInfo(_ paste: Paste, after index: Int) -> Bool {
        let next = paste.contents[(index + 1)...].first { !$0.isEmpty }
        return next?.hasPrefix("Plan:") == true
    }

    /// A field of `heroku addons:info` for the add-on `addon`; nil after its last field.
    private static func info(_ content: String, addon: String) -> [Observation.Kind]? {
        if let plan = HerokuOutputReader.field("Plan:", in: content) {
            return [.addonListed(name: addon, service: service(ofPlan: plan))]
        }
        if let app = HerokuOutputReader.field("Owning app:", in: content) { return app.isEmpty ? [] : [CommandLineReader.appValue(app)] }
        for name in ["Price:", "Max Price:", "Attachments:", "Installed at:", "State:"] where content.hasPrefix(name) { return [] }
        // Further attachments are listed one a line under `Attachments:`.
        if content.contains("::"), !content.contains(" ") || content.hasPrefix("⬢") { return [] }
        return nil
    }

    /// `heroku-kafka:private-0` → `heroku-kafka`.
    static func service(ofPlan plan: String) -> String? {
        guard let colon = plan.firstIndex(of: ":") else { return nil }
        return String(plan[..<colon])
    }

    /// `The table above shows add-ons and the attachments to the current app (⬢ APP) or other apps.`
    private static func closingApp(_ content: String) -> String? {
        let prefix = "The table above shows add-ons and the attachments to the current app ("
        guard content.hasPrefix(prefix), let close = content.lastIndex(of: ")") else { return nil }
        let inner = content[content.index(content.startIndex, offsetBy: prefix.count)..<close]
        return String(inner).trimmingSpaces
    }

    /// A row of either table, or a line that belongs to one (an attachment, the rest of a wrapped cell).
    private static func row(_ words: [String], table: ReadingState.AddonsTable) -> [Observation.Kind]? {
        guard let first = words.first else { return nil }
        if first.hasPrefix("└") || first.hasPrefix("├") || first == "as" { return [] }
        switch table {
        case .app:
            // `service (name)  plan  price  …`
            guard words.count >= 2, words[1].hasPrefix("("), words[1].hasSuffix(")") else { return nil }
            let name = String(words[1].dropFirst().dropLast())
            return [.addonListed(name: name, service: first == "?" ? nil : first)]
        case .all:
            var rest = words[...]
            if rest.first == "⬢" { rest = rest.dropFirst() }
            guard rest.count >= 3 else { return nil }
            let app = rest[rest.startIndex], name = rest[rest.startIndex + 1], plan = rest[rest.startIndex + 2]
            let owner = app.hasPrefix("⬢") ? String(app.dropFirst()).trimmingSpaces : app
            return [.addonListed(name: name, service: service(ofPlan: plan), app: owner)]
        }
    }
}
