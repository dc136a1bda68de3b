import RunbookCore
import RunbookRender

/// The hashes the runbook pages' Content-Security-Policy is made of, for pages of the service that
/// follow the same discipline: only their own inline style and script, allowed by hash.
public enum InlineSourceHash {
    /// `'sha256-…'` of `source` as a CSP source expression.
    public static func sha256(_ source: String) -> String {
        ContentSecurityPolicy.hash(source)
    }
}
