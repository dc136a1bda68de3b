/// HCL as Terraform reads it, held as values: the bodies of the files a Terraform configuration
/// is made of. Only what the configurations here need; `HCLRenderer` writes it out byte for byte
/// as `terraform fmt` would. Language-neutral like `Runbook`: our own sentences (comments,
/// descriptions, error messages) are catalog keys, written in every language by the renderer.
///
/// These are vocabulary, like `Verbatim`: the builder makes them and the renderer reads them.
public struct HCLBody: Sendable, Equatable {
    public var items: [HCLItem]

    public init(_ items: [HCLItem]) {
        self.items = items
    }
}

/// One line, or one block of lines, of a body.
public enum HCLItem: Sendable, Equatable {
    /// `name = value`. Consecutive one-line attributes are aligned at their `=`.
    case attribute(String, HCLExpression)
    /// `type "label" … { body }`.
    case block(HCLBlock)
    /// `# …`: a sentence of ours, one comment line per language.
    case comment(Text)
    /// An empty line between groups (Terraform's own style puts one between blocks).
    case blankLine
}

/// `resource "aws_vpc_endpoint" "kafka" { … }`, `lifecycle { … }`.
public struct HCLBlock: Sendable, Equatable {
    public let type: String
    public let labels: [String]
    public let body: HCLBody

    public init(_ type: String, _ labels: [String] = [], _ items: [HCLItem]) {
        self.type = type
        self.labels = labels
        body = HCLBody(items)
    }
}

/// The value of an attribute.
public indirect enum HCLExpression: Sendable, Equatable {
    /// An expression in HCL's own syntax, already in canonical spacing: `var.vpc_id`,
    /// `toset(var.subnet_ids)`, `10000`. String literals inside it come from `HCLExpression.quoted`.
    case expression(String)
    /// A quoted string, with interpolations and sentences of ours.
    case string(HCLTemplate)
    /// `[a, b]` on one line.
    case list([HCLExpression])
    /// `{ name = value … }`, one attribute a line.
    case object([HCLAttribute])

    /// A plain string, quoted.
    public static func literal(_ text: String) -> HCLExpression {
        .string(HCLTemplate([.literal(text)]))
    }

    /// `text` as an HCL quoted string literal, to use inside an `expression`: backslash, quote and
    /// control characters escaped, and `${` and `%{` doubled so that they stay text (HCL native
    /// syntax specification, "Template Literals" and "Template Expressions").
    public static func quoted(_ text: String) -> String {
        "\"" + HCLTemplate.escaped(text) + "\""
    }
}

/// `name = value` inside an object.
public struct HCLAttribute: Sendable, Equatable {
    public let name: String
    public let value: HCLExpression

    public init(_ name: String, _ value: HCLExpression) {
        self.name = name
        self.value = value
    }
}

/// The inside of a quoted string: text, `${…}` interpolations, and our sentences.
public struct HCLTemplate: Sendable, Equatable {
    public enum Part: Sendable, Equatable {
        /// Text as it is, escaped when written.
        case literal(String)
        /// An expression whose value goes into the string: `var.addon` gives `${var.addon}`.
        case interpolation(String)
        /// A sentence of ours, written in every language, one line each (a `\n` between). Its
        /// `.code` arguments are text, escaped; its `.plain` arguments are template text of ours
        /// (interpolations) and go in as they are.
        case sentence(Text)
        /// A rule's message, as `validate` words it, for a variable's `validation` block.
        case diagnostic(Diagnostic)
    }

    public let parts: [Part]

    public init(_ parts: [Part]) {
        self.parts = parts
    }

    /// Escapes text for the inside of a quoted string.
    package static func escaped(_ text: String) -> String {
        var result = ""
        var previous: Character?
        for character in text {
            switch character {
            case "\\": result += "\\\\"
            case "\"": result += "\\\""
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            // `${` and `%{` open a template sequence; `$${` and `%%{` are the literal text.
            case "{" where previous == "$" || previous == "%": result += String(previous!) + "{"
            default: result.append(character)
            }
            previous = character
        }
        return result
    }
}
