import Foundation
import Testing
import RunbookKit
import RunbookTestSupport
@testable import RunbookRender

/// Our sentences inside commands: one shell word each, whatever a catalog holds.
@Suite struct ShellWordTests {
    /// A sentence printed by a command is one shell word in every language, whatever it holds:
    /// bash prints it back unchanged and runs nothing from it.
    @Test func sentencesInCommandsAreInertShellWords() throws {
        let hostile = #"It's $(touch /tmp/plr-pwned) `id` "$HOME" \ ! {state} done"#
        var files = EmbeddedTemplates.files
        var english = try #require(try JSONSerialization.jsonObject(with: Data(files["locales/en.json"]!.utf8)) as? [String: String])
        english["shell.state.unreadable"] = hostile
        files["locales/en.json"] = String(decoding: try JSONSerialization.data(withJSONObject: english), as: UTF8.self)
        let renderer = MarkdownRenderer(language: .en, templates: try TemplateSet(files: files))
        let word = renderer.render(Verbatim("echo \(Text("shell.state.unreadable", ["state": .shellVariable("STATE")]))"), asShell: true)
        let bash = Process()
        bash.executableURL = URL(fileURLWithPath: "/bin/bash")
        bash.arguments = ["-c", "STATE=pending; " + word]
        let output = Pipe()
        bash.standardOutput = output
        try bash.run()
        bash.waitUntilExit()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(printed == #"It's $(touch /tmp/plr-pwned) `id` "$HOME" \ ! pending done"# + "\n")
        #expect(!FileManager.default.fileExists(atPath: "/tmp/plr-pwned"))
    }
}
