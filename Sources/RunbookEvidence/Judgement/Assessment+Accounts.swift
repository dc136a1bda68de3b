import RunbookCore

extension Assessment {
    /// The accounts of the task: those to allow (create), the new ones (add-accounts), those to
    /// remove (remove-accounts), none (teardown). An account a sentence says is to stay allowed is
    /// never one to remove.
    mutating func mergeAccounts() {
        let keep = accountsToKeep
        var pasted: [Candidate]
        switch task {
        case .create:
            pasted = values(.awsAccountID).filter { command(at: $0.position).map { $0 == .create || $0 == .accessAdd } ?? true }
        case .addAccounts:
            // The accounts `access:add` was given, else those Heroku still adds (`Provisioning`), else
            // those the customer names.
            pasted = accountValues(from: .accessAdd)
            if pasted.isEmpty { pasted = allowedRows.filter { $0.status.lowercased() == "provisioning" }.map(\.candidate) }
            if pasted.isEmpty { pasted = values(.awsAccountID).filter { $0.source == .prose } }
        case .removeAccounts:
            pasted = accountValues(from: .accessRemove)
            if pasted.isEmpty { pasted = values(.awsAccountID).filter { $0.source == .prose } }
            for candidate in pasted where keep.contains(String(candidate.value.prefix(12))) {
                let ran = command(at: candidate.position) == .accessRemove
                var finding = Finding(.accountKept, .error, step: .accessRemove, evidence: [candidate.line],
                                      explanation: Text(ran ? "finding.account.kept.removed" : "finding.account.kept", [
                                          "account": .code(candidate.value),
                                      ]), at: candidate.position)
                // Removed by mistake: allow it again before anything else is removed, and show no
                // removal step, which could act on that account's endpoint.
                if ran {
                    finding.withholdsSteps = true
                    finding.commands = accessAddCommand(for: candidate.value).map { [$0] } ?? []
                    finding.commandsIntro = nil
                }
                findings.append(finding)
                refused.insert(candidate.value)
            }
            pasted.removeAll { keep.contains(String($0.value.prefix(12))) }
        case .teardown:
            pasted = []
        }
        var accounts = flags.awsAccountIDs
        // One account once: what a tool printed (`…:role/kafka-client` in Heroku's table) over a
        // sentence that names the same account by its id.
        let ordered = Self.distinct(pasted).enumerated().sorted { ($0.element.source, -$0.offset) > ($1.element.source, -$1.offset) }.map(\.element)
        var taken = Set(accounts.map { String($0.prefix(12)) })
        var chosen: [Candidate] = []
        for candidate in ordered where isValid(.awsAccountID, candidate.value, line: candidate.line) {
            if taken.insert(String(candidate.value.prefix(12))).inserted { chosen.append(candidate) }
        }
        for candidate in chosen.sorted(by: { $0.position < $1.position }) {
            accounts.append(candidate.value)
            learned.awsAccountIDs.append(candidate.value)
        }
        statedAccounts = task == .create ? accounts : flags.awsAccountIDs + values(.awsAccountID).map(\.value)
        // Step 2 finds the account that will connect: without any other, it is the one to allow.
        if accounts.isEmpty, task.createsEndpoint {
            for caller in Self.distinct(callerAccounts) where isValid(.awsAccountID, caller.value, line: caller.line) {
                if task == .addAccounts, allowedRows.contains(where: { AccountARN.accountID($0.arn) == caller.value }) { continue }
                accounts = [caller.value]
                learned.awsAccountIDs = [caller.value]
                break
            }
        }
        input.awsAccountIDs = accounts
    }

    /// `heroku data:privatelink:access:add` for one account, with the add-on and app the pastes or
    /// flags give, all through the rules; nil while either is unknown.
    private mutating func accessAddCommand(for account: String) -> String? {
        let addon = input.addon ?? flags.addon, app = flags.app ?? values(.app).first?.value
        guard let addon, let app,
              case .success(let valid) = rules.validate(RawInput(addon: addon, app: app, awsAccountIDs: [account], task: RunbookTask.addAccounts.rawValue))
        else { return nil }
        return HerokuCLI.accessAdd(addon: valid.addon, accounts: valid.accounts, app: valid.app)
    }

    /// The accounts a `heroku data:privatelink:access:…` command line named.
    private func accountValues(from command: RunbookCommand) -> [Candidate] {
        values(.awsAccountID).filter { $0.source == .command && self.command(at: $0.position) == command }
    }

    /// The account ids a sentence says are to stay allowed.
    var accountsToKeep: Set<String> {
        Set(seen.compactMap { item in
            guard case .accountToKeep(let account) = item.kind else { return nil }
            return String(account.prefix(12))
        })
    }

    /// The last status shown for each ARN of Heroku's allowed accounts, in the order ARNs first appear.
    var allowedRows: [(arn: String, status: String, line: EvidenceLine, position: Position, candidate: Candidate)] {
        var rows: [(arn: String, status: String, line: EvidenceLine, position: Position, candidate: Candidate)] = []
        var index: [String: Int] = [:]
        for item in seen {
            guard case .allowedAccount(let arn, let status) = item.kind else { continue }
            let row = (arn, status, item.line, item.position, Candidate(value: AccountARN.argument(arn), line: item.line, position: item.position))
            if let at = index[arn] { rows[at] = row } else { index[arn] = rows.count; rows.append(row) }
        }
        return rows
    }
}
