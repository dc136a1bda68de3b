/// An IPv4 CIDR block such as `10.0.0.0/16`, parsed from a value that matched `cidr.pattern`.
package struct IPv4Block: Sendable, Equatable {
    let address: UInt32
    let prefix: Int

    package init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let prefix = Int(parts[1]), (0...32).contains(prefix) else { return nil }
        let octets = parts[0].split(separator: ".").compactMap { UInt32($0) }
        guard octets.count == 4, octets.allSatisfy({ $0 <= 255 }) else { return nil }
        address = octets.reduce(0) { $0 << 8 | $1 }
        self.prefix = prefix
    }

    private var mask: UInt32 { prefix == 0 ? 0 : UInt32.max << (32 - prefix) }

    /// True when no bit after the prefix is set, as AWS expects of a rule's source.
    var isNetworkAddress: Bool { address & ~mask == 0 }

    /// The block with the host bits cleared, e.g. `10.0.0.5/16` → `10.0.0.0/16`.
    var networkBlock: String {
        let network = address & mask
        let octets = [24, 16, 8, 0].map { String(network >> UInt32($0) & 0xFF) }
        return octets.joined(separator: ".") + "/\(prefix)"
    }
}
