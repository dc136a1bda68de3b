import Foundation

/// Runs the built `privatelink-runbook` binary, as a user would.
enum CLI {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// The executable beside the test bundle (`.build/<config>/privatelink-runbook`).
    static let binary: URL = {
        let buildFolder = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = buildFolder.appendingPathComponent("privatelink-runbook")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return packageRoot.appendingPathComponent(".build/debug/privatelink-runbook")
    }()

    static func run(_ arguments: [String], executable: URL = binary, in workingFolder: URL? = nil,
                    environment: [String: String] = [:], standardInput: URL? = nil) throws -> Subprocess.Result {
        var env = ProcessInfo.processInfo.environment
        env["LANG"] = "C.UTF-8"
        env["LC_ALL"] = nil
        env["LC_MESSAGES"] = nil
        for (key, value) in environment { env[key] = value }
        return try Subprocess.run(executable, arguments, environment: env, in: workingFolder, standardInput: standardInput)
    }

    /// A new empty folder, removed by the caller.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("plr-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Every file under `folder`, relative, sorted.
    static func files(under folder: URL) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return enumerator.compactMap { $0 as? String }.filter {
            var isFolder: ObjCBool = false
            FileManager.default.fileExists(atPath: folder.appendingPathComponent($0).path, isDirectory: &isFolder)
            return !isFolder.boolValue
        }.sorted()
    }

    /// The article's example arguments from Output/article-example.args, one a line.
    static func articleExampleArguments() throws -> [String] {
        try String(contentsOf: packageRoot.appendingPathComponent("Output/article-example.args"), encoding: .utf8)
            .split(separator: "\n").map(String.init)
    }
}
