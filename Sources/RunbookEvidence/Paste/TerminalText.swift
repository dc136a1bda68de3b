import RunbookCore

/// Turns a line captured from a terminal into the text a person saw on it.
enum TerminalText {
    static let escape: Unicode.Scalar = "\u{1B}"

    /// The line without terminal escapes (ECMA-48: CSI, OSC and string sequences, two-character
    /// escapes, and the 8-bit CSI), without colour codes whose ESC was lost on the way (`[36m`,
    /// `^[[36m`), and with every other control or invisible formatting character replaced by U+FFFD.
    static func visible<Text: StringProtocol>(_ line: Text) -> String {
        let scalars = Array(line.unicodeScalars)
        var result = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == escape {
                index = endOfEscape(scalars, from: index + 1)
                continue
            }
            if scalar == "\u{9B}" {
                index = endOfControlSequence(scalars, from: index + 1)
                continue
            }
            if let end = endOfStrayColourCode(scalars, from: index) {
                index = end
                continue
            }
            result.append(isInvisible(scalar) ? "\u{FFFD}" : scalar)
            index += 1
        }
        return String(result)
    }

    /// Spaces as a ticket system or terminal may write them (tab, no-break, ideographic space).
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", "\t", "\u{A0}", "\u{2007}", "\u{202F}", "\u{3000}": true
        default: false
        }
    }

    private static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" { return false }
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F: return true
        default: return scalar.properties.generalCategory == .format
        }
    }

    /// The index after the escape sequence whose ESC is just before `start`.
    private static func endOfEscape(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        guard start < scalars.count else { return start }
        switch scalars[start] {
        case "[":
            return endOfControlSequence(scalars, from: start + 1)
        case "]", "P", "X", "^", "_":
            // OSC and the other string sequences end with BEL or ST (ESC \).
            var index = start + 1
            while index < scalars.count {
                if scalars[index] == "\u{07}" { return index + 1 }
                if scalars[index] == escape, index + 1 < scalars.count, scalars[index + 1] == "\\" { return index + 2 }
                index += 1
            }
            return index
        default:
            // nF sequences (ESC, intermediates 0x20–0x2F, a final byte), and two-character escapes.
            var index = start
            while index < scalars.count, (0x20...0x2F).contains(scalars[index].value) { index += 1 }
            return min(index + 1, scalars.count)
        }
    }

    /// The index after a control sequence's final byte (0x40–0x7E), given the index after `ESC [`.
    private static func endOfControlSequence(_ scalars: [Unicode.Scalar], from start: Int) -> Int {
        var index = start
        while index < scalars.count, (0x20...0x3F).contains(scalars[index].value) { index += 1 }
        return min(index + 1, scalars.count)
    }

    /// `[36m`, `[1;31m`, `[0m` or `^[[36m`: a colour code whose ESC became nothing or `^[`.
    private static func endOfStrayColourCode(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start
        if scalars[index] == "^", index + 1 < scalars.count, scalars[index + 1] == "[" { index += 2 }
        guard index < scalars.count, scalars[index] == "[" else { return nil }
        index += 1
        var digits = 0
        while index < scalars.count, ("0"..."9").contains(scalars[index]) || scalars[index] == ";" {
            if scalars[index] != ";" { digits += 1 }
            index += 1
        }
        guard digits > 0, digits <= 12, index < scalars.count, scalars[index] == "m" else { return nil }
        return index + 1
    }
}
