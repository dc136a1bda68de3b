import RunbookCore

/// Reads the AWS CLI's `--output table`, as the real client printed it (awsCLI 1.45.11 against
/// moto, here): a block of lines that start with `-`, `+` or `|`, a title row per object
/// (`DescribeVpcEndpoints`, then `VpcEndpoints`, `Groups`, `SubnetIds` nested with more `|`),
/// `|  Key  |  value  |` rows, and, for a `--query` list, rows of bare values
/// (`|  vpce-…  |  available  |`, `|  subnet-…  |  us-east-1a  |  use1-az6  |`).
struct AWSTableReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        guard Self.opens(paste.contents[index]) else { return nil }
        var end = index
        while end < paste.contents.count, Self.belongs(paste.contents[end]) { end += 1 }
        // A lone rule of dashes is Heroku's or a Markdown table's, not the AWS CLI's.
        guard end - index >= 3, paste.contents[index..<end].contains(where: { $0.hasPrefix("|") }) else { return nil }
        let observations = Self.read(Array(paste.contents[index..<end]), lines: Array(paste.lines[index..<end]))
        return ReaderMatch(observations: observations, lineCount: end - index)
    }

    static func opens(_ content: String) -> Bool {
        content.hasPrefix("---") || content.hasPrefix("+-") || content.hasPrefix("|")
    }

    static func belongs(_ content: String) -> Bool {
        content.hasPrefix("-") || content.hasPrefix("+") || content.hasPrefix("|")
    }

    /// The cells of a row, without the borders; nil for a rule.
    static func cells(_ content: String) -> [String]? {
        guard content.hasPrefix("|") else { return nil }
        let inner = content.trimming("|+")
        return inner.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
    }

    /// The objects of the table as observations, each quoted from the row that holds its id.
    static func read(_ contents: [String], lines: [EvidenceLine]) -> [Observation] {
        var observations: [Observation] = []
        var section = ""
        var endpoint: (report: VPCEndpointReport, line: EvidenceLine)?
        func flush() {
            if let current = endpoint { observations.append(Observation(.vpcEndpoint(current.report), current.line)) }
            endpoint = nil
        }
        for (content, line) in zip(contents, lines) {
            guard let cells = cells(content), !cells.isEmpty else { continue }
            if cells.count == 1 {
                let cell = cells[0]
                // A title starts an object; a lone value is a row of a list (`SubnetIds`).
                if !cell.isEmpty, cell.allSatisfy({ $0.isLetter || $0.isNumber }), cell.first?.isUppercase == true {
                    section = cell
                    if cell == "VpcEndpoints" || cell == "VpcEndpoint" {
                        flush()
                        endpoint = (VPCEndpointReport(), line)
                    }
                    continue
                }
                if section == "SubnetIds", cell.hasPrefix("subnet-") {
                    if endpoint != nil { endpoint?.report.subnetIDs.append(cell) } else { observations.append(Observation(.value(.subnetID, cell), line)) }
                }
                continue
            }
            if cells.count == 2, let key = keyName(cells[0]) {
                let value = cells[1]
                switch (section, key) {
                case ("VpcEndpoints", "VpcEndpointId"), ("VpcEndpoint", "VpcEndpointId"):
                    endpoint?.report.id = value
                    endpoint?.line = line
                case ("VpcEndpoints", "State"), ("VpcEndpoint", "State"): endpoint?.report.state = AWSOutputReader.endpointState(value) ?? value
                case ("VpcEndpoints", "ServiceName"), ("VpcEndpoint", "ServiceName"): endpoint?.report.serviceName = value
                case ("VpcEndpoints", "OwnerId"), ("VpcEndpoint", "OwnerId"): endpoint?.report.ownerID = value
                case ("VpcEndpoints", "VpcId"), ("VpcEndpoint", "VpcId"): endpoint?.report.vpcID = value
                case ("Groups", "GroupId"):
                    if endpoint != nil { endpoint?.report.groupIDs.append(value) } else { observations.append(Observation(.securityGroup(SecurityGroupReport(id: value)), line)) }
                case ("DnsEntries", "DnsName"):
                    if let region = AWSOutputReader.region(inDNSName: value) { observations.append(Observation(.awsRegion(region), line)) }
                case ("GetCallerIdentity", "Account"): observations.append(Observation(.callerAccount(value), line))
                default: break
                }
                continue
            }
            observations += row(cells, line: line)
        }
        flush()
        return observations
    }

    /// `VpcEndpointId`, `State`: a key column (a CamelCase name); nil for a value.
    private static func keyName(_ cell: String) -> String? {
        guard let first = cell.first, first.isUppercase, cell.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else { return nil }
        return cell
    }

    /// A row of a `--query` list: an endpoint and its state, a subnet and its zone, or ids.
    private static func row(_ cells: [String], line: EvidenceLine) -> [Observation] {
        (AWSOutputReader.textRow(cells) ?? []).map { Observation($0, line) }
    }
}
