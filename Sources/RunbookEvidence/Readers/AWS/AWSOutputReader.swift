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
        // A state printed alone is the state of the endpoint the last command line named.
        return ReaderMatch(kinds.map { kind in
            guard case .endpointState(let state_, .none) = kind else { return kind }
            return .endpointState(state_, endpointID: state.lastEndpoint)
        }, at: index, in: paste)
    }

    /// VPC endpoint states as the API returns them (camelCase; botocore's enum spells them in
    /// PascalCase, so both are accepted).
    static let endpointStates = ["pendingAcceptance", "pending", "available", "deleting", "deleted", "rejected", "failed",
                                 "expired", "partial"]

    static func read(_ content: String, words: [String]) -> [Observation.Kind]? {
        if let error = errorLine(content) { return error }
        if words.count == 3, AccountARN.isAccountID(words[0]), words[1].hasPrefix("arn:") {
            return [.callerAccount(words[0])] + region(inARN: words[1])
        }
        if words.first == "VPCENDPOINTS" { return [.vpcEndpoint(textEndpoint(words))] }
        if ["DNSENTRIES", "NETWORKINTERFACEIDS", "SUBNETIDS", "GROUPS", "ROUTETABLEIDS", "TAGS"].contains(words.first) {
            return words.first == "SUBNETIDS" ? words.dropFirst().map { .value(.subnetID, $0) } : []
        }
        guard words.count == 1 else { return nil }
        return single(words[0])
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
