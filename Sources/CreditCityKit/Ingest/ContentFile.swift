import Foundation

/// A data file in one of the content folders, listed in name order (SPEC section 2).
public struct ContentFile: Sendable, Equatable {
    public enum Format: String, Sendable { case csv, json }

    /// Path to open.
    public let path: String
    /// Path as the user knows it, e.g. `Content/penalties/2026.csv`; used in every diagnostic.
    public let displayPath: String
    public let folder: DataFolder
    public let format: Format

    /// The data files of one kind's folder, in name order. Files of other types are reported once
    /// as warnings, so a stray `.xlsx` does not vanish without a word.
    public static func list(contentDir: String, displayRoot: String, folder: DataFolder,
                            log: inout DiagnosticLog) throws -> [ContentFile] {
        let dir = (contentDir as NSString).appendingPathComponent(folder.name)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        let displayDir = displayRoot.isEmpty ? folder.name : (displayRoot as NSString).appendingPathComponent(folder.name)
        var files: [ContentFile] = []
        for name in names where !name.hasPrefix(".") {
            let display = (displayDir as NSString).appendingPathComponent(name)
            let lower = name.lowercased()
            let format: Format
            if lower.hasSuffix(".csv") {
                format = .csv
            } else if lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") {
                format = .json
            } else {
                log.add(Messages.ignoredFile(display, folder: folder.name))
                continue
            }
            files.append(ContentFile(path: (dir as NSString).appendingPathComponent(name), displayPath: display, folder: folder, format: format))
        }
        return files
    }
}
