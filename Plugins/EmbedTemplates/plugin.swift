import Foundation
import PackagePlugin

/// Embeds the package's Templates/ folder into the target as Swift source, so that the
/// executable finds its templates from any working directory and after being copied elsewhere.
@main
struct EmbedTemplates: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let templates = context.package.directoryURL.appending(path: "Templates")
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedTemplates.swift")
        let inputs = try templateFiles(under: templates)
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) template files",
                executable: try context.tool(named: "embed-templates").url,
                arguments: [output.path(), templates.path()],
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    private func templateFiles(under folder: URL) throws -> [URL] {
        let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey])
        var files: [URL] = []
        while let url = enumerator?.nextObject() as? URL {
            if try url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile == true { files.append(url) }
        }
        return files.sorted { $0.path() < $1.path() }
    }
}
