import Foundation

/// A data file in one of the content folders, listed in name order (SPEC section 2).
public struct ContentFile: Sendable, Equatable {
    public enum Format: String, Sendable { case csv, json, xlsx }

    /// Path to open.
    public let path: String
    /// Path as the user knows it, e.g. `Content/penalties/2026.csv`; used in every diagnostic.
    public let displayPath: String
    public let folder: DataFolder
    public let format: Format

    /// The data files of one kind's folder, in name order. Files of other types are reported once as
    /// warnings, so a stray file does not vanish without a word; an `.xls` workbook is an error that says
    /// how to convert it, because its records are lost until it is.
    public static func list(contentDir: String, displayRoot: String, folder: DataFolder,
                            log: inout DiagnosticLog) throws -> [ContentFile] {
        let dir = (contentDir as NSString).appendingPathComponent(folder.name)
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        let displayDir = displayRoot.isEmpty ? folder.name : (displayRoot as NSString).appendingPathComponent(folder.name)
        return names.filter { !$0.hasPrefix(".") }.compactMap { name in
            named((dir as NSString).appendingPathComponent(name), displayPath: (displayDir as NSString).appendingPathComponent(name),
                  folder: folder, log: &log)
        }
    }

    /// The file at `path` if its name is of a readable type; otherwise nil, with the reason logged.
    public static func named(_ path: String, displayPath display: String, folder: DataFolder, log: inout DiagnosticLog) -> ContentFile? {
        let name = (path as NSString).lastPathComponent
        let lower = name.lowercased()
        let format: Format
        if lower.hasSuffix(".csv") {
            format = .csv
        } else if lower.hasSuffix(".json") || lower.hasSuffix(".jsonl") {
            format = .json
        } else if name.hasPrefix("~$") {
            log.add(Messages.ignoredLockFile(display))
            return nil
        } else if lower.hasSuffix(".xlsx") {
            format = .xlsx
        } else if lower.hasSuffix(".xls") {
            log.add(Messages.binaryWorkbook(file: display))
            return nil
        } else {
            log.add(Messages.ignoredFile(display, folder: folder.name))
            return nil
        }
        return ContentFile(path: path, displayPath: display, folder: folder, format: format)
    }
}
