import Foundation

/// `creditcity init DIR`: a new site folder a webmaster can build at once and then make their own —
/// the example city 信用示例市 in Content/ (site.yaml, notices, data files; docs/example-content.md says
/// what each record shows), the default templates in Templates/.
public enum SiteInitializer {
    /// Creates `dir` (which must be absent or empty) and returns the number of files written.
    @discardableResult
    public static func create(at dir: String) throws -> Int {
        if let items = try? FileManager.default.contentsOfDirectory(atPath: dir), !items.isEmpty {
            throw BuildError.notEmpty(.initialise, dir, "init creates a new site folder")
        }
        let content = try ExampleCity.write(to: dir + "/Content")
        for file in EmbeddedResources.templates {
            try FileTreeWriter.replaceFile(at: dir + "/Templates/" + file.path, with: file.bytes)
        }
        try FileTreeWriter.replaceFile(at: dir + "/.gitignore", with: Array("/Output/\n/.creditcity/\n/.Output.*\n".utf8))
        return content + EmbeddedResources.templates.count + 1
    }
}
