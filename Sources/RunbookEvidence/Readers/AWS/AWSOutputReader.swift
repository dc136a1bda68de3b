import Foundation
import RunbookCore

/// Recognises one-line output of the AWS CLI (v1 and v2 print the same): error lines, `--output
/// text` rows, and the single values the runbook's commands print with `--query … --output text`
/// (facts file, section 4; shapes checked against the real `aws` client talking to moto).
struct AWSOutputReader: PasteReader {
    func read(_ paste: Paste, at index: Int, state: inout ReadingState) -> ReaderMatch? {
        let content = paste.contents[index]
        let words = content.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
        guard let kinds = Self.read(content, words: words) else { return nil }
        // A state printed alone is the state of the endpoint the last command line named; an
        // error is about the last command line, and its `--region`.
        return ReaderMatch(kinds.map { kind in
            switch kind {
            case .endpointState(let state_, .none): return .endpointState(state_, endpointID: state.lastEndpoint)
            case .awsError(let code, let operation, let message, .none):
                return .awsError(code: code, operation: operation, message: message, region: state.lastCommandRegion)
            default: return kind
            }
        }, at: index, in: paste)
    }

    /// VPC endpoint states as the API returns them (camelCase; botocore's enum spells them in
    /// PascalCase, so both are accepted).
    static let endpointStates = ["pendingAcceptance", "pending", "available", "deleting", "deleted", "rejected", "failed",
                                 "expired", "partial"]

    static func read(_ content: String, words: [String]) -> [Observation.Kind]? {
        if let error = errorLine(content) { return error }
        if words.count == 3, AccountARN.isAccountID(words[0]), words[1].hasPrefix("arn:") {
            return [.callerAccount(words[0]), .callerARN(words[1])] + region(inARN: words[1])
        }
        if words.first == "VPCENDPOINTS" { return [.vpcEndpoint(textEndpoint(words))] }
        if ["DNSENTRIES", "NETWORKINTERFACEIDS", "SUBNETIDS", "GROUPS", "ROUTETABLEIDS", "TAGS"].contains(words.first) {
            return words.first == "SUBNETIDS" ? words.dropFirst().map { .value(.subnetID, $0) } : []
        }
        if words.count > 1 { return textRow(words) }
        guard words.count == 1 else { return nil }
        return single(words[0])
    }

    /// A row of `--query … --output text` (or of a table) with several values: an endpoint's id
    /// and state (`vpce-…	available`), a subnet, its zone and zone id (`subnet-…	us-east-1a	use1-az6`),
    /// the zones a service offers (`us-east-1a	us-east-1b`), or several ids of one kind. Only rows
    /// of values the runbook knows are read; nil for anything else.
    static func textRow(_ words: [String]) -> [Observation.Kind]? {
        guard words.count >= 2 else { return nil }
        let endpoints = words.filter { $0.hasPrefix("vpce-") && !$0.contains(".") }
        let states = words.compactMap(endpointState)
        let zones = words.filter(isZone)
        if endpoints.count == 1, states.count == 1, words.count == 2 || words.count == 3 {
            var report = VPCEndpointReport(id: endpoints[0], state: states[0])
            report.vpcID = words.first { $0.hasPrefix("vpc-") }
            report.ownerID = words.first(where: AccountARN.isAccountID)
            return [.vpcEndpoint(report)]
        }
        if words.count == 3 || words.count == 2, words[0].hasPrefix("subnet-"), isZone(words[1]) {
            return [.subnetZone(subnet: words[0], zone: words[1], zoneID: words.count == 3 ? words[2] : nil)]
        }
        if zones.count == words.count { return [.serviceZones(zones)] }
        if endpoints.count == words.count { return endpoints.map { .vpcEndpoint(VPCEndpointReport(id: $0)) } }
        if words.allSatisfy({ $0.hasPrefix("subnet-") }) { return words.map { .value(.subnetID, $0) } }
        if words.allSatisfy({ $0.hasPrefix("sg-") }) { return words.map { .securityGroup(SecurityGroupReport(id: $0)) } }
        return nil
    }

    /// `us-east-1a`: a region code and a zone letter.
    static func isZone(_ word: String) -> Bool {
        guard let last = word.last, last.isASCII, last.isLowercase, last.isLetter else { return false }
        return AWSConfigureReader.isRegion(String(word.dropLast()))
    }

    /// `An error occurred (CODE) when calling the OPERATION operation[ (reached max retries: N)]: MESSAGE`.
    static func errorLine(_ line: String) -> [Observation.Kind]? {
        guard let start = line.range(of: "An error occurred ("),
              let close = line[start.upperBound...].firstIndex(of: ")") else { return nil }
        let code = String(line[start.upperBound..<close])
        var operation = ""
        var message = ""
        let rest = line[line.index(after: close)...]
        if let calling = rest.range(of: " when calling the "), let end = rest[calling.upperBound...].range(of: " operation") {
            operation = String(rest[calling.upperBound..<end.lowerBound])
            if let colon = rest[end.upperBound...].range(of: ": ") { message = String(rest[colon.upperBound...]) }
        }
        return [.awsError(code: code, operation: operation, message: message)]
    }

    /// The first value in single quotes, as AWS names the resource in its messages:
    /// `The Vpc Endpoint Service 'com.amazonaws.vpce.…' does not exist`.
    static func quoted(in message: String) -> String? {
        let parts = message.split(separator: "'", omittingEmptySubsequences: false)
        return parts.count >= 3 ? String(parts[1]) : nil
    }

    /// A value printed alone on its line.
    private static func single(_ word: String) -> [Observation.Kind]? {
        if AccountARN.isAccountID(word) { return [.callerAccount(word)] }
        if let state = endpointState(word) { return [.endpointState(state, endpointID: nil)] }
        if word.hasPrefix("com.amazonaws.vpce.") { return [.value(.serviceName, word)] }
        // Ids without dots; DNS names also start with `vpce-`.
        guard !word.contains(".") else { return nil }
        if word.hasPrefix("vpce-") { return [.value(.endpointID, word)] }
        if word.hasPrefix("sg-") { return [.securityGroup(SecurityGroupReport(id: word))] }
        if word.hasPrefix("vpc-") { return [.value(.vpcID, word)] }
        if word.hasPrefix("subnet-") { return [.value(.subnetID, word)] }
        if IPv4Block(word) != nil { return [] }  // the VPC's CIDR block, looked up in the security group step
        // The endpoint id as Heroku writes it (17 characters, upper case), printed by the connect step.
        if word.utf8.count == 17, word.utf8.allSatisfy({ isUpperHex($0) }) { return [.value(.endpointID, "vpce-" + word.lowercased())] }
        return nil
    }

    private static func isUpperHex(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) || (UInt8(ascii: "A")...UInt8(ascii: "F")).contains(byte)
    }

    /// The canonical spelling of a VPC endpoint state, in any case.
    static func endpointState(_ word: String) -> String? {
        let lower = word.lowercased()
        return endpointStates.first { $0.lowercased() == lower }
    }

    /// An `arn:aws:ec2:REGION:…` names the region the AWS side works in; IAM and STS ARNs name none.
    static func region(inARN arn: String) -> [Observation.Kind] {
        let parts = arn.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 4, parts[0] == "arn", !parts[3].isEmpty else { return [] }
        return [.awsRegion(String(parts[3]))]
    }

    /// `VPCENDPOINTS  CreationTimestamp  OwnerId  PolicyDocument  PrivateDnsEnabled  ServiceName  State  VpcEndpointId  Type  VpcId`.
    private static func textEndpoint(_ words: [String]) -> VPCEndpointReport {
        var report = VPCEndpointReport()
        for word in words.dropFirst() {
            if word.hasPrefix("vpce-"), !word.contains(".") { report.id = word }
            else if word.hasPrefix("vpc-") { report.vpcID = word }
            else if word.hasPrefix("com.amazonaws.") { report.serviceName = word }
            else if AccountARN.isAccountID(word) { report.ownerID = word }
            else if let state = endpointState(word) { report.state = state }
        }
        return report
    }
}

extension AWSOutputReader {
    /// Real DNS names end `….REGION.vpce.amazonaws.com`.
    static func region(inDNSName name: String) -> String? {
        let labels = name.split(separator: ".")
        guard labels.count >= 4, labels.suffix(3).elementsEqual(["vpce", "amazonaws", "com"]) else { return nil }
        return String(labels[labels.count - 4])
    }
}
