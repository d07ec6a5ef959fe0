import Foundation

/// `creditcity init DIR`: a new site folder a webmaster can build at once and then make their own —
/// site.yaml and example content (a small sample city) in Content/, the default templates in Templates/.
public enum SiteInitializer {
    public struct Failure: Error, CustomStringConvertible { public var description: String }

    /// Creates `dir` (which must be absent or empty) and returns the files written.
    @discardableResult
    public static func create(at dir: String, referenceDay: CivilDate) throws -> Int {
        let fm = FileManager.default
        if let items = try? fm.contentsOfDirectory(atPath: dir), !items.isEmpty {
            throw Failure(description: "\(dir) is not empty; init creates a new site folder")
        }
        let summary = try SampleGenerator(records: 300, seed: 1, referenceDay: referenceDay).write(to: dir + "/Content")
        for file in EmbeddedResources.templates {
            try FileTreeWriter.replaceFile(at: dir + "/Templates/" + file.path, with: file.bytes)
        }
        try FileTreeWriter.replaceFile(at: dir + "/.gitignore", with: Array("/Output/\n/.creditcity/\n/.Output.*\n".utf8))
        return summary.files + EmbeddedResources.templates.count + 1
    }
}
