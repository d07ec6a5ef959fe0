import Foundation

/// The tool behind the EmbedResources build plugin: writes one Swift file that holds the bytes of the
/// given files and folders, base64-encoded (a string literal compiles in a moment; a byte-array
/// literal of the same size keeps the type checker busy for minutes).
///
///     EmbedResources OUTPUT.swift NAME=PATH …
///
/// Each NAME becomes `static let NAME: [EmbeddedFile]` in an extension of `EmbeddedResources`, with
/// one entry per regular file under the folder PATH (hidden files skipped), by path relative to PATH
/// in byte order; a PATH that is a file gives one entry named by its last component.
@main
struct EmbedResources {
    static func main() throws {
        let arguments = CommandLine.arguments.dropFirst()
        guard let output = arguments.first, arguments.count > 1 else { throw Failure("usage: EmbedResources OUTPUT.swift NAME=PATH …") }
        var text = """
            // Generated at build time by the EmbedResources plugin (Plugins/EmbedResourcesPlugin); not kept in the tree.

            extension EmbeddedResources {

            """
        for argument in arguments.dropFirst() {
            guard let equals = argument.firstIndex(of: "=") else { throw Failure("\(argument): expected NAME=PATH") }
            let name = String(argument[..<equals]), path = String(argument[argument.index(after: equals)...])
            text += "    static let \(name): [EmbeddedFile] = [\n"
            for (relative, data) in try files(at: path) {
                text += "        EmbeddedFile(path: \"\(relative)\", base64: \"\(data.base64EncodedString())\"),\n"
            }
            text += "    ]\n"
        }
        text += "}\n"
        // Written only when different, so an unchanged result does not make the library recompile.
        let url = URL(fileURLWithPath: output)
        if (try? Data(contentsOf: url)) != Data(text.utf8) {
            try Data(text.utf8).write(to: url, options: .atomic)
        }
    }

    /// (relative path, bytes) of the file at `path`, or of every regular file under the folder.
    static func files(at path: String) throws -> [(String, Data)] {
        let fm = FileManager.default
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { throw Failure("\(path): not found") }
        guard isDirectory.boolValue else {
            return [((path as NSString).lastPathComponent, try Data(contentsOf: URL(fileURLWithPath: path)))]
        }
        guard let walker = fm.enumerator(atPath: path) else { throw Failure("\(path): cannot be listed") }
        var relatives: [String] = []
        for case let relative as String in walker {
            guard !relative.split(separator: "/").contains(where: { $0.hasPrefix(".") }),
                  fm.fileExists(atPath: path + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue else { continue }
            guard !relative.contains("\""), !relative.contains("\\") else { throw Failure("\(path)/\(relative): a quote or backslash in the name") }
            relatives.append(relative)
        }
        return try relatives.sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }.map { relative in
            (relative, try Data(contentsOf: URL(fileURLWithPath: path + "/" + relative)))
        }
    }

    /// Why the tool stopped; the build prints it.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }
}
