import Foundation
import RunbookBuilders
import RunbookCore
import RunbookRender

/// The sentences the runbook's own shell blocks print (a state explained, a check that stopped),
/// recognised in a paste in either language by their fixed words, whatever values fill them, in
/// the sentences of the templates the runbooks were written with. Which step prints each one, and
/// whether it is a failure (printed to standard error), is read from the model of create runbooks
/// built for sample values, so it follows the builder as it changes.
struct RunbookMessageReader: PasteReader {
    struct Message: Equatable {
        let key: String
        let step: StepID
        /// Printed to standard error: a check that stopped the block.
        let isFailure: Bool
    }

    /// Longest fixed text first, so that a sentence is not taken for a shorter one it contains.
    private let matchers: [Matcher]

    init(templates: TemplateSet) {
        matchers = Self.matchers(templates)
    }

    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        guard let message = message(in: paste.contents[index]) else { return nil }
        return ReaderMatch([.runbookMessage(key: message.key, step: message.step, isFailure: message.isFailure)], at: index, in: paste)
    }

    /// The message a pasted line is, if it is one.
    func message(in content: String) -> Message? {
        for matcher in matchers where matcher.matches(content) {
            return Self.messages[matcher.key]
        }
        return nil
    }

    /// A sentence's fixed words, in order, between the places of its values.
    private struct Matcher {
        let key: String
        let words: [String]
        let startsWithValue: Bool
        let endsWithValue: Bool

        func matches(_ line: String) -> Bool {
            guard let first = words.first else { return false }
            var rest = Substring(line)
            if !startsWithValue {
                guard rest.hasPrefix(first) else { return false }
                rest = rest.dropFirst(first.count)
            } else {
                guard let found = rest.range(of: first) else { return false }
                rest = rest[found.upperBound...]
            }
            for word in words.dropFirst() {
                guard let found = rest.range(of: word) else { return false }
                rest = rest[found.upperBound...]
            }
            return endsWithValue || rest.isEmpty
        }
    }

    private static let messages: [String: Message] = {
        var found: [String: Message] = [:]
        for runbook in sampleRunbooks() {
            for step in runbook.sections.flatMap(\.steps) {
                for case .command(let command) in step.blocks {
                    for part in command.parts {
                        guard case .sentence(let text, let stream?) = part, found[text.key] == nil else { continue }
                        found[text.key] = Message(key: text.key, step: step.id, isFailure: stream == .standardError)
                    }
                }
            }
        }
        // A reply words some of them for the customer (`CustomerWording`): the same message.
        for key in CustomerWording.keys {
            if let message = found[key] { found[CustomerWording.key(key)] = message }
        }
        return found
    }()

    /// Create runbooks that between them hold every block: a new endpoint and group, an existing
    /// endpoint, an existing group. Made once, for `messages`, and not kept.
    private static func sampleRunbooks() -> [Runbook] {
        let base = RawInput(addon: "kafka-sushi-12345", app: "privatelink-vpc-endpoint-demo", awsAccountIDs: ["123456789101"],
                            serviceName: "com.amazonaws.vpce.us-east-1.vpce-svc-0410a2e25933fe8ec",
                            vpcID: "vpc-0123456789abcdef0", subnetIDs: ["subnet-0123456789abcdef0"])
        var existing = base
        existing.endpointID = "vpce-01c87ae3c05563935"
        existing.securityGroupID = "sg-0123456789abcdef0"
        return [base, existing].compactMap { try? RuleSet.standard.validate($0).get() }.map { RunbookBuilder().build($0) }
    }

    private static func matchers(_ templates: TemplateSet) -> [Matcher] {
        var matchers: [Matcher] = []
        for language in Language.allCases {
            let catalog = templates.catalog(language)
            for key in messages.keys.sorted() where catalog.keys.contains(key) {
                let names = Set(slotNames(catalog.format(key)))
                let segments = catalog.segments(key, isKnown: names.contains)
                let words = segments.compactMap { segment -> String? in
                    if case .text(let text) = segment { return text.trimmingSpaces.isEmpty ? nil : text }
                    return nil
                }
                guard !words.isEmpty else { continue }
                matchers.append(Matcher(key: key, words: words,
                                        startsWithValue: segments.first.map { if case .slot = $0 { true } else { false } } ?? false,
                                        endsWithValue: segments.last.map { if case .slot = $0 { true } else { false } } ?? false))
            }
        }
        return matchers.sorted { $0.words.joined().count > $1.words.joined().count }
    }

    /// `{name}` places in a sentence left unfilled.
    private static func slotNames(_ template: String) -> [String] {
        var names: [String] = []
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            names.append(String(rest[rest.index(after: open)..<close]))
            rest = rest[rest.index(after: close)...]
        }
        return names
    }
}
