import Foundation
import PackagePlugin

/// Builds Templates/ and the example city's workbook into CreditCityKit, so `creditcity init` can write
/// a new site folder from the binary alone, and no generated source is kept in the tree.
///
/// SwiftPM asks a plugin for its commands only when it plans the build anew (after a change to the
/// package), so the tool itself walks the folders on every run; and every file and every folder is
/// an input of the command: an edited file re-runs it, and so does a file added or removed, which
/// changes its folder.
@main
struct EmbedResourcesPlugin: BuildToolPlugin {
    /// What is embedded: the name of a static property of `EmbeddedResources`, and a folder (every
    /// regular file under it) or a single file, relative to the package root.
    static let sources: [(name: String, path: String)] = [
        ("templates", "Templates"),
        ("exampleWorkbook", "Content/penalties/2026-q4-departments.xlsx"),
    ]

    func createBuildCommands(context: PluginContext, target: any Target) async throws -> [Command] {
        let root = context.package.directoryURL
        let output = context.pluginWorkDirectoryURL.appending(component: "EmbeddedResources+Files.swift")
        var inputs: [URL] = []
        var arguments = [output.path(percentEncoded: false)]
        for source in Self.sources {
            let url = root.appending(path: source.path)
            inputs += try Self.inputs(at: url)
            arguments.append("\(source.name)=\(url.path(percentEncoded: false))")
        }
        return [
            .buildCommand(
                displayName: "Embedding the default templates and the example workbook into \(target.name)",
                executable: try context.tool(named: "EmbedResources").url,
                arguments: arguments,
                inputFiles: inputs,
                outputFiles: [output]
            )
        ]
    }

    /// The file itself, or the folder with every folder and regular file under it (hidden ones skipped).
    static func inputs(at url: URL) throws -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path(percentEncoded: false), isDirectory: &isDirectory) else {
            throw EmbedError(description: "\(url.path(percentEncoded: false)): not found; it is built into CreditCityKit")
        }
        guard isDirectory.boolValue else { return [url] }
        let walker = FileManager.default.enumerator(at: url, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])
        var found = [url]
        while let item = walker?.nextObject() as? URL { found.append(item) }
        return found
    }
}

/// A file the plugin was told to embed is missing.
struct EmbedError: Error, CustomStringConvertible {
    var description: String
}
