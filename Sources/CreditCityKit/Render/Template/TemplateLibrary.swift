import Foundation

/// The site's templates (`Templates/*.mustache`, partials in subfolders), parsed once, and rendered from
/// typed view models into UTF-8 bytes.
///
/// Our own Mustache renderer rather than swift-mustache's: that one looks every name up through dynamic
/// casts of `Any` and escapes character by character, about half of a build's time (docs/performance.md);
/// this one renders the same bytes from `TemplateModel`s into a byte buffer. A test renders every
/// template through both and compares.
public struct TemplateLibrary: Sendable {
    let templates: [String: [TemplateNode]]

    /// Parses every `.mustache` file under `directory`, named by its path without the extension
    /// (`partials/header`); a syntax error, or a partial or parent that does not exist, fails here.
    public init(directory: String) throws {
        var templates: [String: [TemplateNode]] = [:]
        for path in FileTree.regularFiles(under: directory) where path.hasSuffix(".mustache") {
            guard let data = FileManager.default.contents(atPath: directory + "/" + path) else {
                throw BuildError.unreadable(.templates, directory + "/" + path, "permission denied or not a file")
            }
            let name = String(path.dropLast(".mustache".count))
            templates[name] = try TemplateParser(bytes: [UInt8](data), file: directory + "/" + path).parse()
        }
        self.templates = templates
        for (name, nodes) in templates {
            for used in Self.included(nodes) where templates[used] == nil {
                throw BuildError(.templates, path: directory + "/" + name + ".mustache", "includes \(used), which is not a template of \(directory)")
            }
        }
    }

    init(templates: [String: [TemplateNode]]) { self.templates = templates }

    public func has(_ name: String) -> Bool { templates[name] != nil }

    /// The partials and parents a template includes.
    static func included(_ nodes: [TemplateNode]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case .partial(let name, _): [name]
            case .parent(let name, let blocks, _): [name] + blocks.values.flatMap(included)
            case .section(_, let inner), .invertedSection(_, let inner), .block(_, let inner): included(inner)
            case .text, .variable: []
            }
        }
    }

    /// The bytes of template `name` rendered from `model`.
    public func render(_ model: any TemplateModel, _ name: String) throws -> [UInt8] {
        guard let nodes = templates[name] else { throw BuildError.missingTemplates("", [name]) }
        var renderer = TemplateRenderer(library: self)
        renderer.out.reserveCapacity(16 * 1024)
        var context = TemplateRenderer.Context(stack: [model], blocks: [:])
        renderer.render(nodes, &context)
        return renderer.out
    }
}
