import CCmark

/// A small, safe Swift face for libcmark (CommonMark 0.30).
///
/// This is the only module that talks to the C library. No C pointer type appears in its public
/// API, and every C allocation is released right next to where it is made.
public enum CommonMark {
    /// Parse and render options; each one maps to a libcmark `CMARK_OPT_*` flag.
    public struct Options: OptionSet, Sendable {
        /// The `CMARK_OPT_*` bits, as libcmark's `int options` argument takes them.
        public let rawValue: Int32

        /// Creates options from raw `CMARK_OPT_*` bits.
        public init(rawValue: Int32) { self.rawValue = rawValue }

        /// `CMARK_OPT_UNSAFE`: let raw HTML and dangerous links (`javascript:`, `vbscript:`,
        /// `file:`, most `data:`) through. Without it raw HTML becomes `<!-- raw HTML omitted -->`
        /// and dangerous link targets become empty.
        public static let unsafe = Options(rawValue: CMARK_OPT_UNSAFE)
        /// `CMARK_OPT_VALIDATE_UTF8`: replace invalid UTF-8 in the input by U+FFFD.
        public static let validateUTF8 = Options(rawValue: CMARK_OPT_VALIDATE_UTF8)
        /// `CMARK_OPT_SMART`: curly quotes, en and em dashes, ellipses. Never used by the runbook:
        /// it would turn `--app` into `–app`.
        public static let smart = Options(rawValue: CMARK_OPT_SMART)
        /// `CMARK_OPT_SOURCEPOS`: add `data-sourcepos="l:c-l:c"` attributes to block elements.
        public static let sourcepos = Options(rawValue: CMARK_OPT_SOURCEPOS)
        /// `CMARK_OPT_HARDBREAKS`: render soft line breaks as `<br />`.
        public static let hardBreaks = Options(rawValue: CMARK_OPT_HARDBREAKS)

        /// What the runbook uses: safe mode (no UNSAFE), VALIDATE_UTF8 on, SMART off.
        public static let runbook: Options = [.validateUTF8]
    }

    /// A heading (ATX `## x` or setext `x\n---`) found in a document.
    public struct Heading: Equatable, Sendable {
        /// 0-based position among all the document's headings, in document order.
        public let index: Int
        /// The heading level, 1...6.
        public let level: Int
        /// Plain text: the literal text of text nodes and code spans, soft and hard line breaks as a
        /// space, no markup (raw inline HTML is left out).
        public let text: String
        /// The id given to the heading, or `nil` if it has none.
        public var id: String?

        init(index: Int, level: Int, text: String, id: String? = nil) {
            self.index = index
            self.level = level
            self.text = text
            self.id = id
        }
    }

    /// Where a heading splits the rendered HTML into parts.
    public enum Split: Sendable {
        /// Not at all.
        case none
        /// A part starts with the heading.
        case before
        /// The heading is a part of its own.
        case around
    }

    /// The result of ``CommonMark/render(_:options:headingID:splitting:)``.
    public struct Rendered: Sendable {
        /// The HTML fragment in parts, split at the top-level headings `splitting` names; the
        /// parts joined are exactly what libcmark prints for the whole document (plus any heading
        /// ids). One part when nothing splits it.
        public let parts: [Part]
        /// Every heading of the document, in document order, with the id it got (if any).
        public let headings: [Heading]

        /// The whole HTML fragment.
        public var html: String { parts.count == 1 ? parts[0].html : parts.map(\.html).joined() }
    }

    /// A run of top-level blocks, rendered.
    public struct Part: Sendable {
        /// The heading the part starts with, when a split put it there; nil for any other part.
        public let heading: Heading?
        public let html: String
    }

    /// Parses `markdown` once, walks the tree to collect headings, asks `headingID` for each
    /// heading's id, and renders HTML, in parts split at the top-level headings `splitting` names
    /// (a heading inside a list or block quote splits nothing), so that a page can place its own
    /// markup between them without searching the HTML.
    ///
    /// A heading that gets an id renders as `<hN id="ID">…</hN>` followed by a newline: the same
    /// inner HTML and the same trailing newline as libcmark prints for the heading, and with
    /// ``Options/sourcepos`` the same `data-sourcepos` attribute after the id. This works without
    /// enabling raw HTML: the heading node is replaced by a custom block holding a custom inline
    /// whose "on enter"/"on exit" texts are the tags, and which takes over the heading's inline
    /// children (libcmark prints custom nodes' texts verbatim, even in safe mode).
    ///
    /// Ids must match `^[A-Za-z][A-Za-z0-9_-]*$`; an id that does not is ignored and the heading
    /// keeps no id (ids are never escaped, only accepted or refused).
    ///
    /// The input may contain NUL bytes (libcmark turns them into U+FFFD; the rest of the text is
    /// still rendered). Never crashes, whatever the input.
    ///
    /// - Parameters:
    ///   - markdown: CommonMark source.
    ///   - options: parse and render options; ``Options/runbook`` by default.
    ///   - headingID: called once per heading, in document order; returns the id to give it.
    ///   - splitting: called once per heading, with its id; where it splits the parts.
    /// - Returns: the HTML in parts and the headings, with the ids that were accepted.
    public static func render(
        _ markdown: String,
        options: Options = .runbook,
        headingID: (Heading) -> String? = { _ in nil },
        splitting: (Heading) -> Split = { _ in .none }
    ) -> Rendered {
        Document.render(markdown, options: options, headingID: headingID, splitting: splitting)
    }

    /// Whether `id` matches `^[A-Za-z][A-Za-z0-9_-]*$` (ASCII only).
    static func isValidID(_ id: String) -> Bool {
        var bytes = id.utf8.makeIterator()
        guard let first = bytes.next(), isASCIILetter(first) else { return false }
        while let byte = bytes.next() {
            guard isASCIILetter(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
                || byte == UInt8(ascii: "_") || byte == UInt8(ascii: "-")
            else { return false }
        }
        return true
    }

    private static func isASCIILetter(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
    }
}
