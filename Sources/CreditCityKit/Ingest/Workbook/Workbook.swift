import Foundation
import ZIPFoundation

/// Why a workbook, or one of its sheets, cannot be read; one sentence a webmaster can act on.
struct WorkbookError: Error, CustomStringConvertible {
    var reason: String
    /// The Excel row where reading stopped, when it stopped inside a sheet.
    var row: Int?
    var description: String { reason }
}

/// An `.xlsx` workbook (ECMA-376 SpreadsheetML, as Excel, WPS and LibreOffice save it), opened for
/// reading its sheets one after another.
///
/// ZIPFoundation inflates each part in chunks and libxml2's push parser reads the chunks as they come,
/// so only the shared strings, the styles and one row at a time are in memory, however long a sheet is.
struct Workbook {
    /// A sheet as the workbook lists it, in tab order.
    struct Sheet {
        var name: String
        /// Path of its part inside the archive; nil for a chart or dialog sheet, which has no cells.
        var part: String?
        /// `hidden` or `veryHidden` sheets usually hold drop-down lists of a template, not records.
        var hidden: Bool
    }

    let sheets: [Sheet]
    /// Whether serial dates count from 1904-01-01 (`<workbookPr date1904="1"/>`).
    let date1904: Bool
    private let archive: Archive
    private let sharedStrings: SharedStrings
    private let styles: CellStyles

    /// Opens the workbook at `path` and reads its sheet list, styles and shared strings.
    init(path: String) throws {
        do {
            archive = try Archive(url: URL(fileURLWithPath: path), accessMode: .read)
        } catch {
            throw WorkbookError(reason: Self.notAnArchive(path))
        }
        let rootRelations = try Self.relations(of: "_rels/.rels", in: archive)
        let workbookPart = rootRelations.first { $0.type.hasSuffix("/officeDocument") }.map { Self.resolve($0.target, from: "") }
            ?? "xl/workbook.xml"
        let listing = WorkbookListHandler()
        try Self.parse(workbookPart, in: archive, with: listing, required: true)
        let folder = (workbookPart as NSString).deletingLastPathComponent
        let relations = try Self.relations(of: folder + "/_rels/" + (workbookPart as NSString).lastPathComponent + ".rels", in: archive)
        let targets = Dictionary(relations.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        sheets = listing.sheets.map { entry in
            let relation = entry.relation.flatMap { targets[$0] }
            let isWorksheet = relation?.type.hasSuffix("/worksheet") ?? false
            return Sheet(name: entry.name, part: isWorksheet ? relation.map { Self.resolve($0.target, from: folder) } : nil,
                         hidden: entry.hidden)
        }
        date1904 = listing.date1904

        func part(ofType suffix: String) -> String? {
            relations.first { $0.type.hasSuffix(suffix) }.map { Self.resolve($0.target, from: folder) }
        }
        let stylesHandler = CellStylesHandler()
        if let stylesPart = part(ofType: "/styles") { try Self.parse(stylesPart, in: archive, with: stylesHandler, required: false) }
        styles = stylesHandler.styles
        let stringsHandler = SharedStringsHandler()
        if let stringsPart = part(ofType: "/sharedStrings") {
            try Self.parse(stringsPart, in: archive, with: stringsHandler, required: false)
        }
        sharedStrings = stringsHandler.table
    }

    /// Streams the rows of `sheet` to `row`, in order; throws when the part is damaged, after the rows
    /// before the damage have been delivered.
    func readRows(of sheet: Sheet, row: @escaping (SheetRow) -> Void) throws {
        guard let part = sheet.part else { return }
        var last = 0
        let handler = SheetRowsHandler(sharedStrings: sharedStrings, styles: styles, date1904: date1904) {
            last = $0.number
            row($0)
        }
        do {
            try Self.parse(part, in: archive, with: handler, required: true)
        } catch var error as WorkbookError {
            error.row = error.row ?? last + 1
            throw error
        }
        if let failure = handler.failure { throw WorkbookError(reason: failure.reason, row: failure.row) }
    }

    /// Feeds the part at `path` through `handler`, checking its CRC-32 so a damaged archive is not
    /// read as if it were whole.
    private static func parse(_ path: String, in archive: Archive, with handler: any XMLEventHandler, required: Bool) throws {
        guard let entry = archive[path] else {
            if required { throw WorkbookError(reason: "the workbook has no part \(path); it is damaged or not an Excel workbook") }
            return
        }
        let parser = XMLPushParser(handler: handler)
        do {
            let checksum = try archive.extract(entry, bufferSize: 64 * 1024, skipCRC32: false) { try parser.feed($0) }
            try parser.finish()
            guard checksum == entry.checksum else {
                throw WorkbookError(reason: "the archive is damaged: \(path) fails its CRC-32 check; save the workbook again")
            }
        } catch let error as XMLSyntaxError {
            throw WorkbookError(reason: "\(path) is not well-formed XML (line \(error.line): \(error.message)); save the workbook again")
        } catch let error as WorkbookError {
            throw error
        } catch {
            throw WorkbookError(reason: "the archive is damaged: \(path) cannot be inflated (\(error)); save the workbook again")
        }
    }

    private struct Relation { var id: String; var type: String; var target: String }

    /// The relationships of a `.rels` part; none when it is absent.
    private static func relations(of path: String, in archive: Archive) throws -> [Relation] {
        let handler = RelationsHandler()
        try parse(path, in: archive, with: handler, required: false)
        return handler.relations.map { Relation(id: $0.id, type: $0.type, target: $0.target) }
    }

    /// A relationship target made a path inside the archive: absolute (`/xl/…`) or relative to `folder`.
    private static func resolve(_ target: String, from folder: String) -> String {
        if target.hasPrefix("/") { return String(target.dropFirst()) }
        var parts = folder.split(separator: "/").map(String.init)
        for piece in target.split(separator: "/") {
            if piece == ".." { _ = parts.popLast() } else if piece != "." { parts.append(String(piece)) }
        }
        return parts.joined(separator: "/")
    }

    /// The message for a file ZIPFoundation cannot open: an `.xls` renamed, or a damaged download.
    private static func notAnArchive(_ path: String) -> String {
        var head: [UInt8] = []
        if let handle = FileHandle(forReadingAtPath: path) {
            head = [UInt8](handle.readData(ofLength: 8))
            try? handle.close()
        }
        if head.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            return "this is an Excel 97–2003 (.xls) workbook with an .xlsx name; rename it to .xls and convert it: "
                + "libreoffice --headless --convert-to xlsx FILE.xls"
        }
        return "not a readable .xlsx workbook: the ZIP archive is damaged or incomplete; save it again from Excel, WPS or LibreOffice"
    }
}
