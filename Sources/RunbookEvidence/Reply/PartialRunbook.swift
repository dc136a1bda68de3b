import RunbookBuilders
import RunbookCore

/// The whole runbook for a situation, also while required values are still unknown: each unknown
/// one is built in as a stand-in that passes the rules and cannot be anyone's (`StandIn`), so that
/// the builder decides every command as always, and the reply then shows each step with the
/// commands that hold no stand-in. A step that needs the add-on and app is shown as soon as those
/// are known, whatever else is not.
struct PartialRunbook {
    /// Stand-ins for the required values, each with how a placeholder shows it.
    enum StandIn: CaseIterable {
        case addon, app, account

        var value: String {
            switch self {
            case .addon: "ZZunknown-addon-5f2c9"
            case .app: "zzunknown-app-5f2c9"
            // No AWS account is all zeros (account ids are 12 digits, issued from 1).
            case .account: "000000000000"
            }
        }

        /// How a sentence or an expected output shows the unknown value.
        var placeholder: String {
            switch self {
            case .addon: "<ADDON>"
            case .app: "<APP>"
            case .account: "<AWS_ACCOUNT_ID>"
            }
        }

        var field: Field {
            switch self {
            case .addon: .addon
            case .app: .app
            case .account: .awsAccountID
            }
        }
    }

    let runbook: Runbook
    /// The stand-ins the runbook holds: the values still unknown.
    let standIns: [StandIn]

    /// Nil when the situation's values cannot make a runbook even with stand-ins (the rules refuse
    /// them for another reason than a missing value).
    init?(_ situation: Situation) {
        if let input = situation.runbookInput {
            runbook = RunbookBuilder().build(input)
            standIns = []
            return
        }
        var raw = situation.input
        var used: [StandIn] = []
        for field in situation.missing {
            guard let standIn = StandIn.allCases.first(where: { $0.field == field }) else { return nil }
            raw.add(standIn.value, for: field)
            used.append(standIn)
        }
        guard case .success(let input) = RuleSet.standard.validate(raw) else { return nil }
        runbook = RunbookBuilder().build(input)
        standIns = used
    }

    /// The stand-ins `text` holds.
    func standIns(in text: String) -> [StandIn] {
        standIns.filter { text.contains($0.value) }
    }

    /// `text` with each stand-in shown as its placeholder.
    func placeholders(in text: String) -> String {
        standIns.reduce(text) { $0.replacingAll($1.value, with: $1.placeholder) }
    }
}

extension String {
    /// Every occurrence of `target` replaced, without Foundation.
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty, contains(target) else { return self }
        var result = ""
        var rest = Substring(self)
        while let range = rest.firstRange(of: target) {
            result += rest[..<range.lowerBound] + replacement
            rest = rest[range.upperBound...]
        }
        return result + rest
    }
}
