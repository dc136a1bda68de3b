import RunbookCore

/// Draws a `ConnectionDiagram` as inline SVG in one language: your applications and the VPC
/// endpoint in your AWS account on the left, the endpoint service and the Kafka brokers in the
/// Heroku Private Space on the right, AWS PrivateLink between them.
///
/// Every piece of text, label or value, is XML-escaped here, although the values passed the rules
/// and the labels come from our catalogs: a `--templates` catalog is not ours. Colours and fonts
/// come from the page's stylesheet through class names (no `style` attribute, which the page's
/// Content-Security-Policy would block), so the drawing follows the dark scheme and print, and
/// uses the fonts the page already has: nothing is fetched.
struct ConnectionDiagramSVG {
    /// Gives the labels (its catalog) and values as plain text.
    let text: MarkdownRenderer
    private var catalog: Catalog { text.catalog }

    /// The `<svg>` element, sized by its `viewBox` to the longest text it holds.
    func render(_ diagram: ConnectionDiagram) -> String {
        let region = diagram.space.map { catalog.format("diagram.region.space", ["region": plain(diagram.region), "space": $0]) }
            ?? catalog.format("diagram.region", ["region": plain(diagram.region)])
        let ports = catalog.format("diagram.ports", ["ports": diagram.brokerPorts])
        let clients = Box(lines: [.title(catalog.format("diagram.clients")), .label(catalog.format("diagram.clients.detail"))])
        let endpoint = Box(lines: [.title(catalog.format("diagram.endpoint")), value(diagram.endpoint)])
        let brokers = Box(lines: [.title(catalog.format("diagram.brokers")), .value(diagram.addon)])
        let service = Box(lines: [.title(catalog.format("diagram.service")), value(diagram.serviceName),
                                  .label(catalog.format("diagram.accounts"))] + diagram.allowedAccounts.map(Line.value))
        let vpc = if case .placeholder = diagram.vpc { plain(diagram.vpc) } else { catalog.format("diagram.vpc", ["vpc": plain(diagram.vpc)]) }
        let aws = [Line.title(catalog.format("diagram.aws")), .label(vpc)]
        let heroku = [Line.title(catalog.format("diagram.heroku")), .label(catalog.format("diagram.app", ["app": diagram.app]))]
        let link = catalog.format("diagram.privatelink")

        // Columns as wide as their widest text; a container as wide as its column or its heading.
        let left = max(clients.width, endpoint.width, Layout.flowLabelOffset + Line.label(ports).width + Layout.pad)
        let right = max(brokers.width, service.width, Layout.flowLabelOffset + Line.label(ports).width + Layout.pad)
        let leftArea = max(left + 2 * Layout.inset, aws.map(\.width).max()! + 2 * Layout.pad)
        let rightArea = max(right + 2 * Layout.inset, heroku.map(\.width).max()! + 2 * Layout.pad)
        let gap = Line.label(link).width + 2 * Layout.pad
        let leftX = Layout.margin, rightX = leftX + leftArea + gap
        let width = max(rightX + rightArea + Layout.margin, Line.label(region).width + 2 * Layout.margin)

        let areaY = Layout.margin + Layout.line + Layout.pad
        let topY = areaY + Layout.pad + 2 * Layout.line + Layout.pad
        let bottomY = topY + clients.height + Layout.flow
        let areaHeight = bottomY + max(endpoint.height, service.height) + Layout.inset - areaY
        let height = areaY + areaHeight + Layout.margin

        var svg = SVG()
        svg.text(Line.label(region), x: Layout.margin, y: Layout.margin + Layout.baseline)
        svg.area(x: leftX, y: areaY, width: leftArea, height: areaHeight, heading: aws)
        svg.area(x: rightX, y: areaY, width: rightArea, height: areaHeight, heading: heroku)
        let clientsX = leftX + Layout.inset, brokersX = rightX + Layout.inset
        svg.box(clients, x: clientsX, y: topY, width: left)
        svg.box(endpoint, x: clientsX, y: bottomY, width: left)
        svg.box(service, x: brokersX, y: bottomY, width: right)
        svg.box(brokers, x: brokersX, y: topY, width: right)
        // Clients down to the endpoint; the endpoint service up to the brokers: a U from left to right.
        svg.flow(x: clientsX + Layout.flowX, from: topY + clients.height, to: bottomY, label: ports)
        svg.flow(x: brokersX + Layout.flowX, from: bottomY, to: topY + brokers.height, label: ports)
        svg.link(from: clientsX + left, to: brokersX, y: bottomY + Layout.pad + Layout.line, label: link)

        let description = catalog.format("diagram.description", [
            "vpc": vpc, "ports": diagram.brokerPorts, "endpoint": plain(diagram.endpoint),
            "service": plain(diagram.serviceName), "region": plain(diagram.region),
            "accounts": diagram.allowedAccounts.joined(separator: ", "), "addon": diagram.addon, "app": diagram.app,
        ])
        return """
            <svg class="diagram" role="img" viewBox="0 0 \(width) \(height)" \
            width="\(width)" height="\(height)">
            <title>\(XML.escaped(catalog.format("diagram.title", ["addon": diagram.addon])))</title>
            <desc>\(XML.escaped(description))</desc>
            \(svg.markup)</svg>
            """
    }

    /// A value, or its placeholder sentence in this language.
    private func value(_ argument: Text.Argument) -> Line {
        if case .placeholder = argument { return .placeholder(plain(argument)) }
        return .value(plain(argument))
    }

    /// A value as plain text: the SVG shows no Markdown.
    private func plain(_ argument: Text.Argument) -> String {
        text.plain(argument)
    }
}

/// Sizes in SVG user units (CSS pixels at full width), shared by the drawing and its text estimates.
private enum Layout {
    static let margin = 4, pad = 12, inset = 16, line = 18, baseline = 14
    /// The vertical distance between the top and the bottom row of boxes, where the arrows run.
    static let flow = 48
    /// Where a vertical arrow runs inside its column, and where its label starts.
    static let flowX = 40, flowLabelOffset = 52
}

/// One line of text in the drawing, styled by its kind.
private struct Line {
    enum Kind: String { case title, label, value, placeholder }
    let kind: Kind
    let text: String

    static func title(_ text: String) -> Line { Line(kind: .title, text: text) }
    static func label(_ text: String) -> Line { Line(kind: .label, text: text) }
    static func value(_ text: String) -> Line { Line(kind: .value, text: text) }
    static func placeholder(_ text: String) -> Line { Line(kind: .placeholder, text: text) }

    /// An upper bound of the rendered width: the drawing has no font metrics, so it reserves a
    /// full em for each wide (CJK) character and 0.62 em for the others, a little more than
    /// monospace and typical sans-serif Latin letters take.
    var width: Int {
        let size = kind == .value ? 12.0 : 13.0
        let ems = text.unicodeScalars.reduce(0.0) { $0 + ($1.value < 0x1100 ? 0.62 : 1.0) }
        return Int((ems * size * (kind == .title ? 1.06 : 1)).rounded(.up))
    }
}

/// A framed box of lines.
private struct Box {
    let lines: [Line]
    var width: Int { (lines.map(\.width).max() ?? 0) + 2 * Layout.pad }
    var height: Int { lines.count * Layout.line + 2 * Layout.pad - (Layout.line - Layout.baseline) }
}

/// The SVG elements drawn so far.
private struct SVG {
    private(set) var markup = ""

    mutating func text(_ line: Line, x: Int, y: Int) {
        markup += "<text class=\"diagram-\(line.kind.rawValue)\" x=\"\(x)\" y=\"\(y)\">\(XML.escaped(line.text))</text>\n"
    }

    /// A dashed region (your AWS account, the Heroku Private Space) with its heading lines.
    mutating func area(x: Int, y: Int, width: Int, height: Int, heading: [Line]) {
        markup += "<rect class=\"diagram-area\" x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" rx=\"10\"/>\n"
        for (index, line) in heading.enumerated() {
            text(line, x: x + Layout.pad, y: y + Layout.pad + Layout.baseline + index * Layout.line)
        }
    }

    mutating func box(_ box: Box, x: Int, y: Int, width: Int) {
        markup += "<rect class=\"diagram-box\" x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(box.height)\" rx=\"6\"/>\n"
        for (index, line) in box.lines.enumerated() {
            text(line, x: x + Layout.pad, y: y + Layout.pad + Layout.baseline + index * Layout.line)
        }
    }

    /// A vertical arrow from `from` to `to` (either way) with a label beside it.
    mutating func flow(x: Int, from: Int, to: Int, label: String) {
        let direction = to > from ? 1 : -1
        markup += "<line class=\"diagram-flow\" x1=\"\(x)\" y1=\"\(from)\" x2=\"\(x)\" y2=\"\(to - 8 * direction)\"/>\n"
        markup += "<polygon class=\"diagram-arrow\" points=\"\(x - 5),\(to - 9 * direction) \(x + 5),\(to - 9 * direction) \(x),\(to)\"/>\n"
        text(.label(label), x: x + Layout.flowLabelOffset - Layout.flowX, y: (from + to) / 2 + 5)
    }

    /// The PrivateLink arrow from the endpoint to the endpoint service, its label above it.
    mutating func link(from: Int, to: Int, y: Int, label: String) {
        markup += "<line class=\"diagram-link\" x1=\"\(from)\" y1=\"\(y)\" x2=\"\(to - 10)\" y2=\"\(y)\"/>\n"
        markup += "<polygon class=\"diagram-link-arrow\" points=\"\(to - 12),\(y - 6) \(to - 12),\(y + 6) \(to),\(y)\"/>\n"
        markup += "<text class=\"diagram-label diagram-link-label\" x=\"\((from + to) / 2)\" y=\"\(y - 8)\" text-anchor=\"middle\">\(XML.escaped(label))</text>\n"
    }
}
