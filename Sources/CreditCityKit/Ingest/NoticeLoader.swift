import Foundation
import Yams

/// Reads `notices/*.md` in name order; a notice with bad front matter is rejected with file:line: key.
public enum NoticeLoader {
    public static func load(contentDir: String, displayRoot: String, log: inout DiagnosticLog) throws -> [Notice] {
        let dir = (contentDir as NSString).appendingPathComponent("notices")
        guard FileManager.default.fileExists(atPath: dir) else { return [] }
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }.sorted()
        var notices: [Notice] = []
        var slugs: [String: String] = [:]
        for name in names {
            let display = ((displayRoot.isEmpty ? "notices" : (displayRoot as NSString).appendingPathComponent("notices")) as NSString)
                .appendingPathComponent(name)
            guard let data = FileManager.default.contents(atPath: (dir as NSString).appendingPathComponent(name)) else {
                throw BuildError.unreadable(.content, display, "permission denied or not a file")
            }
            var text: String
            do {
                text = try TextDecoding.decode([UInt8](data)).text
            } catch {
                let e = error as? TextDecodingError
                log.add(Messages.noticeRejected(display, line: e?.line, key: nil, e?.reason ?? Messages.noticeNotText))
                continue
            }
            if RecordScreen.hasControlCharacters(text) { text = removingControlCharacters(text, file: display, log: &log) }
            let defaultSlug = String(name.dropLast(3))
            switch parse(text, file: display, defaultSlug: defaultSlug) {
            case .success(let notice):
                if let earlier = slugs[notice.slug] {
                    log.add(Messages.noticeRejected(display, line: 1, key: "slug", Messages.slugTaken(notice.slug, by: earlier)))
                    continue
                }
                slugs[notice.slug] = display
                notices.append(notice)
            case .failure(let d):
                log.add(d)
            }
        }
        return notices
    }


    public static func parse(_ text: String, file: String, defaultSlug: String) -> Result<Notice, Diagnostic> {
        func fail(_ line: Int?, _ key: String?, _ message: String) -> Result<Notice, Diagnostic> {
            .failure(Messages.noticeRejected(file, line: line, key: key, message))
        }
        let normalised = text.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = normalised.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.first?.trimmingWhitespace() == "---",
              let close = lines.dropFirst().firstIndex(where: { $0.trimmingWhitespace() == "---" }) else {
            return fail(1, nil, Messages.noticeNeedsFrontMatter)
        }
        let yaml = lines[1..<close].joined(separator: "\n")
        let body = lines[(close + 1)...].joined(separator: "\n")
        lines.removeAll()
        let node: Node
        do {
            guard let n = try Yams.compose(yaml: yaml), n.mapping != nil else { return fail(2, nil, Messages.frontMatterNotMapping) }
            node = n
        } catch {
            return fail(2, nil, Messages.frontMatterNotYAML("\(error)"))
        }
        // Front-matter lines are counted from the file's first line (the opening ---).
        func line(_ key: String) -> Int? { node[key]?.mark.map { $0.line + 1 } }
        func string(_ key: String) -> String? {
            guard let s = node[key]?.string?.trimmingWhitespace(), !s.isEmpty else { return nil }
            return s
        }
        func day(_ key: String) -> Result<CivilDate?, Diagnostic> {
            guard let raw = string(key) else { return .success(nil) }
            switch DateParsing.parse(raw) {
            case .success(.day(let d)): return .success(d)
            case .success(.noEnd): return key == "expires" ? .success(nil) : .failure(Messages.noticeRejected(file, line: line(key), key: key, Messages.notADay(raw)))
            case .failure(let e): return .failure(Messages.noticeRejected(file, line: line(key), key: key, Messages.badDate(raw, "\(e)")))
            }
        }
        guard let title = string("title") else { return fail(1, "title", "title is required") }
        let date: CivilDate
        switch day("date") {
        case .success(let d?): date = d
        case .success(nil): return fail(1, "date", "date is required")
        case .failure(let d): return .failure(d)
        }
        let category = string("category") ?? "通知公告"
        guard Notice.categories.contains(category) else {
            return fail(line("category"), "category", Messages.noticeCategory(category))
        }
        let slug = string("slug") ?? defaultSlug
        guard slug.utf8.count <= ContentLimits.slugBytes else {
            let origin = string("slug") == nil ? "the file name gives a slug of" : "slug is"
            return fail(line("slug") ?? 1, "slug", "\(origin) \(slug.utf8.count) bytes; at most \(ContentLimits.slugBytes) are allowed, as it names the notice's folder and address (set a shorter slug: in the front matter)")
        }
        guard !slug.isEmpty, slug.unicodeScalars.allSatisfy({ $0.isASCII && (CharacterSet.alphanumerics.contains($0) || $0 == "-" || $0 == "_") }) else {
            return fail(line("slug") ?? 1, "slug", Messages.slugCharacters(slug))
        }
        let expires: CivilDate?
        switch day("expires") {
        case .success(let d): expires = d
        case .failure(let d): return .failure(d)
        }
        var draft = false
        if let d = node["draft"] {
            guard let b = d.bool else { return fail(line("draft"), "draft", Messages.draftNotBool) }
            draft = b
        }
        return .success(Notice(title: title, date: date, category: category, docNumber: string("doc_number"),
                               issuer: string("issuer"), slug: slug, expires: expires, draft: draft, body: body,
                               location: SourceLocation(file: file, line: 1)))
    }

    /// The notice's text without control characters, with a warning for each line that had some
    /// (naming the front-matter key or `body`); past ten lines, one warning counts the rest.
    static func removingControlCharacters(_ text: String, file: String, log: inout DiagnosticLog) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var inFrontMatter = false, warned = 0, unreported = 0
        for i in lines.indices {
            let trimmed = lines[i].trimmingWhitespace()
            if trimmed == "---", i == 0 || inFrontMatter { inFrontMatter = i == 0 }
            guard RecordScreen.hasControlCharacters(lines[i]) else { continue }
            let (kept, removed) = RecordScreen.removingControlCharacters(lines[i])
            // A line end's CR is no control character here: it is kept with the line.
            lines[i] = kept
            guard warned < 10 else { unreported += 1; continue }
            warned += 1
            let key = inFrontMatter ? kept.split(separator: ":", maxSplits: 1).first.map { $0.trimmingWhitespace() } : "body"
            log.add(Messages.controlCharacters(removed, field: key, file: file, line: i + 1))
        }
        if unreported > 0 {
            log.add(Diagnostic(.warning, file: file, line: nil, "control characters removed on \(unreported) more lines"))
        }
        return lines.joined(separator: "\n")
    }
}
