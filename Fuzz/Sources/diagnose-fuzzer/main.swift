import CFuzzerDriver
import Foundation
import RunbookKit

/// One libFuzzer input: up to three pastes separated by NUL bytes, read, judged and answered in
/// both languages, as the support engineer runs it: for each runbook (`--task`, or inferred), the
/// reply to the customer and the notes. A crash, a hang, a sanitizer report or a broken promise
/// below is a bug. The seeds (the paste corpus) and `Fuzz/diagnose.dict` reach every reader:
/// prose in both languages, prompts of many shells, AWS tables and settings, heroku addons, secrets.
func diagnoseFuzzInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let pastes = data.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).enumerated().map {
        Paste(name: "paste-\($0.offset)", data: Data($0.element))
    }
    let pipeline = Pipeline()
    // The input's length picks the language and whether a task is given, so every runbook is tried.
    let language: Language = count % 2 == 0 ? .en : .ja
    let tasks: [String?] = [nil] + RunbookTask.allCases.map(\.rawValue)
    let task = tasks[(count / 2) % tasks.count]
    guard case .success(let situation) = pipeline.diagnose(flags: RawInput(task: task), pastes: pastes) else {
        fatalError("only a task was given, and a valid one, so nothing can be refused")
    }
    // Only values that passed the rules reach the runbook.
    if situation.runbookInput != nil, case .failure = RuleSet.standard.validate(situation.input) {
        fatalError("a runbook was built from values the rules refuse")
    }
    for finding in situation.findings {
        for line in finding.evidence {
            precondition(line.text.unicodeScalars.allSatisfy { $0 == "\t" || ($0.value >= 0x20 && !(0x7F...0x9F).contains($0.value)) },
                         "a control character reached the evidence")
        }
    }
    precondition(situation.isDone == (situation.isPlaced && situation.nextStep == nil && !situation.isOutOfScope), "done and the step disagree")
    do {
        let reply = try pipeline.reply(to: situation, in: language)
        let notes = try pipeline.notes(for: situation, in: language)
        // Rendered as a page by libcmark, the reply has exactly the headings of its runbook (the
        // page checks it): no pasted line escaped its fence or code span to become one.
        _ = try HTMLPage(language: language).render(TicketReply.runbook(for: situation))
        _ = try HTMLPage(language: language).render(TicketReply.notes(for: situation))
        let report = DiagnosisReport(situation, language: language)
        let json = String(decoding: try JSONEncoder().encode(report), as: UTF8.self)
        // No pasted secret leaves: what masking took out of a pasted line appears in no output.
        for secret in maskedOut(pastes, data) {
            for output in [reply, notes, json] {
                precondition(!output.contains(secret), "a pasted secret reached the reply, the notes or the JSON")
            }
        }
        // The reply is the customer's: none of its sentences is one of the notes', carries a finding
        // id, a paste's name or a line number (what the notes' sentences carry).
        let customer = TicketReply.runbook(for: situation)
        let findingIDs = situation.findings.map { Text.Argument.code($0.id.rawValue) }
        for (_, text) in customer.sentencesByStep where text.key.hasPrefix("notes.")
            || text.arguments.names.contains(where: { ["paste", "line"].contains($0) })
            || text.arguments.values.contains(where: { findingIDs.contains($0) }) {
            fatalError("the reply's sentence \(text.key) carries what only the notes may")
        }
        // No stand-in for a value still unknown, unless the pastes gave that very value.
        for standIn in ["ZZunknown-addon-5f2c9", "zzunknown-app-5f2c9"] where !situation.input.values(for: .addon).contains(standIn)
            && !situation.input.values(for: .app).contains(standIn) && !data.contains(Data(standIn.utf8)) {
            precondition(!reply.contains(standIn), "a stand-in for an unknown value reached the reply")
        }
    } catch {
        fatalError("the reply could not be written: \(error)")
    }
    return 0
}

/// What masking took out of each pasted line (the part between what the raw line and the masked
/// one share at each end), where that is 8 characters or more: the secrets, which no output may hold.
func maskedOut(_ pastes: [Paste], _ data: Data) -> [String] {
    let raws = data.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    var secrets: [String] = []
    for (paste, raw) in zip(pastes, raws) {
        let rawLines = raw.split(separator: "\n", omittingEmptySubsequences: false)
        guard rawLines.count == paste.lines.count else { continue }
        for (line, masked) in zip(rawLines, paste.lines.map(\.text)) where masked.contains("********") {
            let prefix = zip(line, masked).prefix { $0 == $1 }.count
            let suffix = zip(line.reversed(), masked.reversed()).prefix { $0 == $1 }.count
            guard prefix + suffix < line.count else { continue }
            let secret = String(line.dropFirst(prefix).dropLast(suffix))
            if secret.count >= 8, secret != "********" { secrets.append(secret) }
        }
    }
    return secrets
}

// SwiftPM gives every executable target a `main`; libFuzzer's own would never run, so this one
// hands the command line to libFuzzer's driver.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in diagnoseFuzzInput(bytes, count) })
