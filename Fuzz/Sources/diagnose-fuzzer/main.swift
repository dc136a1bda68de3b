import CFuzzerDriver
import Foundation
import RunbookKit

/// One libFuzzer input: up to three pastes separated by NUL bytes, read, judged and answered in
/// both languages. A crash, a hang, a sanitizer report or a broken promise below is a bug.
func diagnoseFuzzInput(_ bytes: UnsafePointer<UInt8>?, _ count: Int) -> CInt {
    let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
    let pastes = data.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false).enumerated().map {
        Paste(name: "paste-\($0.offset)", data: Data($0.element))
    }
    let pipeline = Pipeline()
    guard case .success(let situation) = pipeline.diagnose(flags: RawInput(), pastes: pastes) else {
        fatalError("no flags were given, so nothing can be refused")
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
    let language: Language = count % 2 == 0 ? .en : .ja
    do {
        _ = try pipeline.reply(to: situation, in: language)
        // Rendered as a page by libcmark, the reply has exactly the headings of its runbook (the
        // page checks it): no pasted line escaped its fence or code span to become one.
        _ = try HTMLPage(language: language).render(TicketReply.runbook(for: situation))
        let report = DiagnosisReport(situation, language: language)
        _ = try JSONEncoder().encode(report)
    } catch {
        fatalError("the reply could not be written: \(error)")
    }
    return 0
}

// SwiftPM gives every executable target a `main`; libFuzzer's own would never run, so this one
// hands the command line to libFuzzer's driver.
var argc = CommandLine.argc
var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&argc, &argv) { bytes, count in diagnoseFuzzInput(bytes, count) })
