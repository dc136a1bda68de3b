extension PrivateLinkRunbook {
    /// What `--version` prints; raise it with every release.
    static let version = "0.2.0"
}
