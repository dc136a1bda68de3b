import Foundation
import RunbookCore

/// Reads the JSON the AWS CLI prints by default, by the shapes of botocore's service model
/// (facts file, section 4): `VpcEndpoint`/`VpcEndpoints`, `SecurityGroups`, `SecurityGroupRules`,
/// a new group's `GroupId`, and `get-caller-identity`'s `Account`. Objects are recognised wherever
/// they sit, so `--query VpcEndpoints` (an array) reads like the whole answer. JSON cut off in the
/// paste is read key by key instead, for the ids and the state it still shows.
struct AWSJSONReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        guard Self.opensBlock(paste.contents[index]) else { return nil }
        let end = Self.endOfBlock(paste.contents, from: index)
        guard let found = Self.read(Array(paste.contents[index..<end]), lines: Array(paste.lines[index..<end])) else {
            return ReaderMatch(lineCount: end - index, unrecognised: paste.lines[index..<end].filter { !$0.text.trimmingSpaces.isEmpty })
        }
        return ReaderMatch(observations: found, lineCount: end - index)
    }

    /// The index after a JSON block opened at `start`: where its brackets close, or, for JSON cut
    /// off in the paste, the first line that cannot be JSON.
    static func endOfBlock(_ contents: [String], from start: Int) -> Int {
        var depth = 0
        var index = start
        while index < contents.count {
            if index > start, depth > 0, !continuesBlock(contents[index]) { return index }
            // JSON strings never span lines, so a stray quote cannot hide the rest of the paste.
            var inString = false
            depth = Self.depth(after: contents[index], from: depth, inString: &inString)
            index += 1
            if depth <= 0 { return index }
        }
        return index
    }

    /// Whether a line opens a JSON block.
    static func opensBlock(_ content: String) -> Bool {
        content.hasPrefix("{") || content == "[" || content.hasPrefix("[{") || content.hasPrefix("[\"") || content.hasPrefix("[ ")
    }

    /// Whether a line can belong to pretty-printed JSON; the first that cannot ends a cut-off block.
    /// A line that starts like a literal must be one (`true`, `false`, `null`, a number), followed
    /// only by what closes or separates values: a sentence that starts with `t`, `f`, `n` or a digit
    /// ("the endpoint is…", "2 hours later") ends the block.
    static func continuesBlock(_ content: String) -> Bool {
        guard let first = content.unicodeScalars.first else { return true }
        if "{}[]\"".unicodeScalars.contains(first) { return true }
        var rest = Substring(content)
        if let literal = ["true", "false", "null"].first(where: { rest.hasPrefix($0) }) {
            rest = rest.dropFirst(literal.count)
        } else if first == "-" || ("0"..."9").contains(first) {
            rest = rest.drop { "-+.eE0123456789".contains($0) }
        } else {
            return false
        }
        return rest.allSatisfy { ",]} \t".contains($0) }
    }

    /// The depth of brackets after `content`, starting from `depth`, ignoring brackets in strings.
    static func depth(after content: String, from depth: Int, inString: inout Bool) -> Int {
        var depth = depth
        var escaped = false
        for byte in content.utf8 {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "{"), UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"): depth -= 1
            default: break
            }
        }
        return depth
    }

    /// What a block of lines shows: nil when nothing in it is an AWS answer the runbook knows.
    static func read(_ contents: [String], lines: [EvidenceLine]) -> [Observation]? {
        let text = contents.joined(separator: "\n")
        let found: [Observation]
        if let json = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed]) {
            var reader = Walker(contents: contents, lines: lines)
            reader.walk(json)
            found = reader.observations
            if found.isEmpty, !reader.recognisedOther { return nil }
        } else {
            found = keyByKey(contents, lines: lines)
            if found.isEmpty { return nil }
        }
        return found
    }

    /// Walks parsed JSON, turning each known object into observations quoted from its lines.
    private struct Walker {
        let contents: [String]
        let lines: [EvidenceLine]
        var observations: [Observation] = []
        /// Answers that state nothing the diagnosis uses (`{"Return": true}`, `{"Unsuccessful": []}`).
        var recognisedOther = false
        /// Lines already quoted, so that a repeated id is quoted where it next appears.
        private var cursor = 0

        init(contents: [String], lines: [EvidenceLine]) {
            self.contents = contents
            self.lines = lines
        }

        mutating func walk(_ value: Any) {
            if let array = value as? [Any] {
                for element in array { walk(element) }
                return
            }
            guard let object = value as? [String: Any] else { return }
            if object["VpcEndpointId"] is String {
                endpoint(object)
            } else if object["IpPermissions"] != nil, object["GroupId"] is String {
                group(object)
            } else if let rules = object["SecurityGroupRules"] as? [[String: Any]] {
                for rule in rules { ingressRule(rule) }
            } else if let account = object["Account"] as? String {
                add(.callerAccount(account), near: "\"Account\"")
                if let arn = object["Arn"] as? String {
                    add(.callerARN(arn), near: "\"Arn\"")
                    for region in AWSOutputReader.region(inARN: arn) { add(region, near: "\"Arn\"") }
                }
            } else if object["Return"] as? Bool == true, let id = object["GroupId"] as? String {
                // delete-security-group (facts file, section 8: botocore's DeleteSecurityGroup output).
                add(.securityGroupDeleted(id), near: id)
            } else if let unsuccessful = object["Unsuccessful"] as? [Any], object.count == 1 {
                // delete-vpc-endpoints: `{"Unsuccessful": []}` when every id was deleted (facts file, section 4).
                if unsuccessful.isEmpty { add(.endpointDeleteAccepted, near: "Unsuccessful") } else { recognisedOther = true }
            } else if let id = object["GroupId"] as? String, object.count <= 2 {
                // create-security-group: the new group's id (and its ARN, which names the region).
                add(.securityGroup(SecurityGroupReport(id: id)), near: id)
                if let arn = object["SecurityGroupArn"] as? String { for region in AWSOutputReader.region(inARN: arn) { add(region, near: arn) } }
            } else {
                if object["Return"] != nil || object["Unsuccessful"] != nil { recognisedOther = true }
                for (_, child) in object.sorted(by: { $0.key < $1.key }) { walk(child) }
            }
        }

        private mutating func endpoint(_ object: [String: Any]) {
            var report = VPCEndpointReport()
            report.id = object["VpcEndpointId"] as? String
            report.state = (object["State"] as? String).map { AWSOutputReader.endpointState($0) ?? $0 }
            report.serviceName = object["ServiceName"] as? String
            report.ownerID = object["OwnerId"] as? String
            report.vpcID = object["VpcId"] as? String
            report.subnetIDs = object["SubnetIds"] as? [String] ?? []
            report.groupIDs = (object["Groups"] as? [[String: Any]] ?? []).compactMap { $0["GroupId"] as? String }
            add(.vpcEndpoint(report), near: report.id ?? "\"VpcEndpointId\"")
            for entry in object["DnsEntries"] as? [[String: Any]] ?? [] {
                guard let name = entry["DnsName"] as? String, let region = AWSOutputReader.region(inDNSName: name) else { continue }
                add(.awsRegion(region), near: name)
                break
            }
        }

        private mutating func group(_ object: [String: Any]) {
            let id = object["GroupId"] as? String
            let rules = (object["IpPermissions"] as? [[String: Any]] ?? []).map(portRule)
            let report = SecurityGroupReport(id: id, vpcID: object["VpcId"] as? String, inboundRules: rules, listsEveryRule: true)
            add(.securityGroup(report), near: id ?? "\"GroupId\"")
            if let arn = object["SecurityGroupArn"] as? String { for region in AWSOutputReader.region(inARN: arn) { add(region, near: arn) } }
        }

        private mutating func ingressRule(_ rule: [String: Any]) {
            guard rule["IsEgress"] as? Bool != true else { return }
            let id = rule["GroupId"] as? String
            add(.securityGroup(SecurityGroupReport(id: id, inboundRules: [portRule(rule)])), near: "\"FromPort\"")
        }

        private func portRule(_ object: [String: Any]) -> PortRule {
            PortRule(ipProtocol: (object["IpProtocol"] as? String) ?? "", fromPort: object["FromPort"] as? Int, toPort: object["ToPort"] as? Int)
        }

        /// Records an observation quoted from the first line from the cursor on that holds `needle`.
        private mutating func add(_ kind: Observation.Kind, near needle: String) {
            let index = (cursor..<contents.count).first { contents[$0].contains(needle) }
                ?? contents.indices.first { contents[$0].contains(needle) } ?? 0
            cursor = index
            observations.append(Observation(kind, lines[index]))
        }
    }

    /// JSON cut off in the paste: `"Key": "value"` pairs line by line, for the endpoint's id and
    /// state, the account, and the ids of the VPC and group.
    private static func keyByKey(_ contents: [String], lines: [EvidenceLine]) -> [Observation] {
        var observations: [Observation] = []
        var endpoint: (report: VPCEndpointReport, line: EvidenceLine)?
        func flush() {
            if let current = endpoint { observations.append(Observation(.vpcEndpoint(current.report), current.line)) }
            endpoint = nil
        }
        for (content, line) in zip(contents, lines) {
            guard let (key, value) = pair(content) else { continue }
            switch key {
            case "VpcEndpointId":
                flush()
                endpoint = (VPCEndpointReport(id: value), line)
            case "State": endpoint?.report.state = AWSOutputReader.endpointState(value) ?? value
            case "ServiceName": endpoint?.report.serviceName = value
            case "OwnerId": endpoint?.report.ownerID = value
            case "VpcId":
                if endpoint != nil { endpoint?.report.vpcID = value } else { observations.append(Observation(.value(.vpcID, value), line)) }
            case "GroupId": observations.append(Observation(.securityGroup(SecurityGroupReport(id: value)), line))
            case "Account": observations.append(Observation(.callerAccount(value), line))
            default: break
            }
        }
        flush()
        return observations
    }

    /// `"Key": "value"` (or a number) on one line.
    private static func pair(_ content: String) -> (String, String)? {
        let parts = content.split(separator: "\"", omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].isEmpty else { return nil }
        let key = String(parts[1])
        let afterKey = parts[2].trimmingCharacters(in: .whitespaces)
        guard afterKey.hasPrefix(":") else { return nil }
        if parts.count >= 5 { return (key, String(parts[3])) }
        let number = afterKey.dropFirst().trimmingCharacters(in: CharacterSet(charactersIn: " ,"))
        return number.isEmpty ? nil : (key, number)
    }
}
