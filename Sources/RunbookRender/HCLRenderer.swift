import RunbookCore

/// Writes HCL values byte for byte as `terraform fmt` leaves them, so that `terraform fmt -check`
/// passes on every file written (`make terraform-test` runs it). The layout is hclwrite's
/// (hashicorp/hcl, hclwrite/format.go): two spaces of indent for each open bracket; in a run of
/// consecutive lines that each hold a whole `name = value`, every `=` one space after the longest
/// name; one space on each side of `=`; a line that opens a bracket it does not close (`aws = {`)
/// takes no part in the alignment and ends the run, as do block lines, comments and blank lines.
///
/// Sentences of ours are written in English, then Japanese: Terraform prints its own messages in
/// English, and the files are the same for every `--lang`.
public struct HCLRenderer: Sendable {
    let catalogs: [Catalog]

    public init(templates: TemplateSet = .embedded) {
        catalogs = [Language.en, .ja].map(templates.catalog)
    }

    /// The file: its lines, each ending with a newline.
    public func render(_ body: HCLBody) -> String {
        lines(of: body, indent: "").joined(separator: "\n") + "\n"
    }

    private func lines(of body: HCLBody, indent: String) -> [String] {
        var lines: [String] = []
        var run: [(name: String, value: String)] = []
        func endRun() {
            let width = run.map(\.name.utf8.count).max() ?? 0
            for (name, value) in run {
                lines.append(indent + name + String(repeating: " ", count: width - name.utf8.count) + " = " + value)
            }
            run = []
        }
        for item in body.items {
            switch item {
            case .attribute(let name, let value):
                let valueLines = self.lines(of: value, indent: indent)
                if valueLines.count == 1 {
                    run.append((name, valueLines[0]))
                } else {
                    endRun()
                    lines.append(indent + name + " = " + valueLines[0])
                    lines += valueLines.dropFirst()
                }
            case .block(let block):
                endRun()
                let header = ([block.type] + block.labels.map { HCLExpression.quoted($0) }).joined(separator: " ")
                if block.body.items.isEmpty {
                    lines.append(indent + header + " {}")
                } else {
                    lines.append(indent + header + " {")
                    lines += self.lines(of: block.body, indent: indent + "  ")
                    lines.append(indent + "}")
                }
            case .comment(let text):
                endRun()
                lines += catalogs.map { indent + "# " + sentence(text, in: $0, quoted: false) }
            case .blankLine:
                endRun()
                lines.append("")
            }
        }
        endRun()
        return lines
    }

    /// The value's lines: one for all but a non-empty object, whose later lines carry their indent.
    private func lines(of value: HCLExpression, indent: String) -> [String] {
        switch value {
        case .expression(let text):
            return [text]
        case .string(let template):
            return ["\"" + inside(template) + "\""]
        case .list(let items):
            return ["[" + items.map { lines(of: $0, indent: indent).joined() }.joined(separator: ", ") + "]"]
        case .object(let attributes):
            guard !attributes.isEmpty else { return ["{}"] }
            let body = HCLBody(attributes.map { .attribute($0.name, $0.value) })
            return ["{"] + lines(of: body, indent: indent + "  ") + [indent + "}"]
        }
    }

    /// The inside of a quoted string.
    private func inside(_ template: HCLTemplate) -> String {
        var text = ""
        for part in template.parts {
            switch part {
            case .literal(let literal):
                text += HCLTemplate.escaped(literal)
            case .interpolation(let expression):
                text += "${" + expression + "}"
            case .sentence(let sentence):
                text += catalogs.map { self.sentence(sentence, in: $0, quoted: true) }.joined(separator: "\\n")
            case .diagnostic(let diagnostic):
                text += catalogs.map { validationMessage(diagnostic, in: $0) }.joined(separator: "\\n")
            }
        }
        return text
    }

    /// `--vpc-id: must be vpc- followed by … (example: vpc-0a1b2c3d4e5f67890) [vpc-id.pattern]`:
    /// the rule's message as `validate` words it, naming the flag to give again.
    private func validationMessage(_ diagnostic: Diagnostic, in catalog: Catalog) -> String {
        HCLTemplate.escaped(catalog.format("terraform.validation", [
            "flag": diagnostic.field.flag, "message": DiagnosticFormatter(catalog: catalog).message(diagnostic),
            "example": diagnostic.example, "rule": diagnostic.rule.description,
        ]))
    }

    /// A sentence in one language. Inside a quoted string (`quoted`), text is escaped and `.plain`
    /// arguments, template text of ours such as `${var.vpc_id}`, go in as they are; in a comment
    /// everything is text.
    private func sentence(_ text: Text, in catalog: Catalog, quoted: Bool) -> String {
        func escape(_ words: String) -> String { quoted ? HCLTemplate.escaped(words) : words }
        var result = ""
        for segment in catalog.segments(text.key, isKnown: { text.arguments[$0] != nil }) {
            switch segment {
            case .text(let words):
                result += escape(words)
            case .slot(let name):
                switch text.arguments[name]! {
                case .code(let value): result += escape(value)
                case .plain(let template): result += template
                case .sentence(let inner), .placeholder(let inner): result += sentence(inner, in: catalog, quoted: quoted)
                case .step(let number): result += String(number)
                case .shellVariable(let variable): result += escape("$" + variable)
                }
            }
        }
        return result
    }
}
