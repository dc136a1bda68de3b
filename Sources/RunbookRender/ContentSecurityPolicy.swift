import Crypto
import Foundation

/// The page's Content-Security-Policy: nothing may load, and only the page's own inline style
/// and script run, allowed by their SHA-256 hashes; so a stray `<script>` or `style` in content
/// (which safe-mode libcmark already drops) could not run either.
package enum ContentSecurityPolicy {
    static func allowing(styles: [String], scripts: [String] = []) -> String {
        var directives = ["default-src 'none'"]
        directives.append("style-src " + styles.map(hash).joined(separator: " "))
        if !scripts.isEmpty { directives.append("script-src " + scripts.map(hash).joined(separator: " ")) }
        directives += ["base-uri 'none'", "form-action 'none'"]
        return directives.joined(separator: "; ")
    }

    package static func hash(_ source: String) -> String {
        "'sha256-" + Data(SHA256.hash(data: Data(source.utf8))).base64EncodedString() + "'"
    }
}
