// Turns every JSON file under the package's `Schemas/` folder into Swift source at build time,
// so the binary carries its schemas and vocabulary and `Schemas/` stays the single source of truth.
import Foundation
import PackagePlugin

@main
struct EmbedSchemasPlugin: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let schemasFolder = context.package.directoryURL.appending(path: "Schemas")
        let inputs = try jsonFiles(under: schemasFolder)
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedSchemaFiles.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(inputs.count) schema files",
                executable: try context.tool(named: "SchemaEmbedder").url,
                arguments: [schemasFolder.path, output.path],
                inputFiles: inputs,
                outputFiles: [output]
            ),
        ]
    }

    private func jsonFiles(under folder: URL) throws -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walker.compactMap { $0 as? URL }.filter { $0.pathExtension == "json" }.sorted { $0.path < $1.path }
    }
}
