import RunbookCore

extension Assessment {
    /// A Kafka add-on `heroku addons` or `heroku addons:info` listed.
    struct ListedAddon {
        let name: String
        let service: String?
        let app: String?
        let line: EvidenceLine
        let position: Position

        /// Apache Kafka on Heroku's service is `heroku-kafka`; an add-on whose service the CLI
        /// could not see (`?`) counts when it has a Kafka add-on's default name.
        var isKafka: Bool { service == "heroku-kafka" || (service == nil && name.hasPrefix("kafka-")) }
    }

    var listedAddons: [ListedAddon] {
        seen.compactMap { item in
            guard case .addonListed(let name, let service, let app) = item.kind else { return nil }
            return ListedAddon(name: name, service: service, app: app, line: item.line, position: item.position)
        }
    }

    /// The apps that own the Kafka add-ons `heroku addons --all` lists.
    var listedAddonApps: [Candidate] {
        listedAddons.filter(\.isKafka).compactMap { addon in
            addon.app.map { Candidate(value: $0, line: addon.line, position: addon.position, source: .output) }
        }
    }

    /// Add-on names from command lines that the Heroku CLI answered with `Couldn't find that addon.`
    /// (the error is about the last command line before it in the same paste).
    var failedAddonNames: [Candidate] {
        var failed: [Candidate] = []
        var lastCommand: (position: Position, addons: [Candidate])?
        for item in seen {
            switch item.kind {
            case .ran:
                lastCommand = (item.position, [])
            case .value(.addon, let name) where item.source == .command && lastCommand?.position == item.position:
                lastCommand?.addons.append(Candidate(value: name, line: item.line, position: item.position, source: .command))
            case .herokuError(.addonNotFound, _):
                if let command = lastCommand, command.position.paste == item.position.paste { failed += command.addons }
            default:
                break
            }
        }
        return failed
    }

    /// The add-on: the flag; else the one Kafka add-on the app lists (or the listed one Heroku's
    /// own PrivateLink output names); else the pasted names, never one the Heroku CLI said it
    /// could not find. A name that differs from the listed one is pointed out as a typo or as
    /// another add-on; two Kafka add-ons and nothing to choose between them is a question.
    mutating func mergeAddon() {
        let failed = Set(failedAddonNames.map(\.value))
        let candidates = values(.addon)
        var kafka: [ListedAddon] = []
        for addon in listedAddons where addon.isKafka && !kafka.contains(where: { $0.name == addon.name }) {
            if isValid(.addon, addon.name, line: addon.line) { kafka.append(addon) }
        }
        if flags.addon != nil || kafka.isEmpty {
            // Without a listing, a name the CLI could not find is no add-on of this customer's.
            refused.formUnion(failed)
            input.addon = mergeSingle(.addon, candidates: candidates.filter { !failed.contains($0.value) })
            return
        }
        var chosen: ListedAddon?
        if kafka.count == 1 {
            chosen = kafka[0]
        } else {
            // Heroku's PrivateLink output (a status header, `create`'s sentence) names the add-on in use.
            let named = Set(candidates.filter { $0.source == .output }.map(\.value))
            let matching = kafka.filter { named.contains($0.name) }
            if matching.count == 1 { chosen = matching[0] }
        }
        guard let chosen else {
            findings.append(Finding(.herokuAddonAmbiguous, .warning, step: Self.step(of: .addon, in: task), evidence: kafka.map(\.line), [
                "addons": .code(kafka.map(\.name).joined(separator: ", ")),
            ]))
            refused.formUnion(kafka.map(\.name))
            input.addon = nil
            return
        }
        input.addon = chosen.name
        learned.addon = chosen.name
        var reported: Set<String> = []
        for candidate in Self.distinct(candidates) where candidate.value != chosen.name && reported.insert(candidate.value).inserted {
            refused.insert(candidate.value)
            let isTypo = failed.contains(candidate.value) || Self.editDistance(candidate.value, chosen.name, limit: 3) <= 2
            let other = listedAddons.first { $0.name == candidate.value }
            let key = isTypo && other == nil ? "finding.heroku.addon-typo" : (other.map { !$0.isKafka } == true ? "finding.heroku.addon-other.product"
                : "finding.heroku.addon-other")
            findings.append(Finding(isTypo && other == nil ? .herokuAddonTypo : .herokuAddonOther, .warning,
                                    step: Self.step(of: .addon, in: task), evidence: [candidate.line, chosen.line],
                                    explanation: Text(key, ["used": .code(candidate.value), "addon": .code(chosen.name),
                                                            "service": .code(other?.service ?? "")]),
                                    at: candidate.position))
        }
    }

    /// The Levenshtein distance between two names, counted up to `limit` (more is "far apart").
    static func editDistance(_ a: String, _ b: String, limit: Int) -> Int {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard abs(a.count - b.count) <= limit else { return limit + 1 }
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1] + Array(repeating: 0, count: b.count)
            for (j, y) in b.enumerated() {
                current[j + 1] = min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1))
            }
            if current.min()! > limit { return limit + 1 }
            previous = current
        }
        return previous[b.count]
    }
}

extension Assessment {
    /// What Heroku printed about an add-on the merge refused (another add-on of the app, a
    /// mistyped one): its endpoint service's name and status, its allowed accounts and
    /// connections are that add-on's, not the customer's Kafka add-on's, so they are set aside.
    /// An output belongs to the add-on its header or its command line names, until the next
    /// command line or header. A command line naming one still shows the plugin installed.
    mutating func setAsideForeignOutput() {
        guard !refused.isEmpty else { return }
        var foreign: Set<Position> = []
        var current: (paste: Int, isForeign: Bool)?
        for item in seen {
            if current?.paste != item.position.paste { current = nil }
            switch item.kind {
            case .ran:
                current = (item.position.paste, false)
            case .value(.addon, let name) where item.source != .prose:
                current = (item.position.paste, refused.contains(name) && name != input.addon)
            default:
                break
            }
            if current?.isForeign == true { foreign.insert(item.position) }
        }
        guard !foreign.isEmpty else { return }
        // A command that ran on another add-on says nothing of this one's progress; one that
        // failed to find a mistyped name was still run at its step.
        let failed = Set(failedAddonNames.map(\.value))
        foreignCommandLines = Set(seen.filter { item in
            guard foreign.contains(item.position), case .ran = item.kind else { return false }
            return !seen.contains { other in
                guard other.position == item.position, case .value(.addon, let name) = other.kind else { return false }
                return failed.contains(name)
            }
        }.map(\.position))
        // What the customer typed on those command lines (their account, their app) is still theirs.
        seen.removeAll { item in
            guard foreign.contains(item.position), item.source == .output else { return false }
            switch item.kind {
            case .value(.serviceName, _), .value(.awsAccountID, _), .value(.endpointID, _), .endpointServiceStatus, .allowedAccount,
                 .noAllowedAccounts, .connection, .articleLink:
                return true
            default:
                return false
            }
        }
    }
}
