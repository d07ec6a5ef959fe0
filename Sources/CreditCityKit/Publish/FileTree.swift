import Foundation

/// Walking a folder of the build (Output/, the staging tree, Templates/assets/).
public enum FileTree {
    /// Relative paths of the regular files under `root`, sorted; empty when `root` does not exist.
    public static func regularFiles(under root: String) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: root) else { return [] }
        var out: [String] = []
        for case let path as String in walker {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDir), !isDir.boolValue { out.append(path) }
        }
        return out.sorted()
    }
}
