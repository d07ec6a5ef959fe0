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
            guard let text = try? TextDecoding.decode([UInt8](data)).text else {
                log.add(Messages.noticeRejected(display, line: nil, key: nil, Messages.noticeNotText))
                continue
            }
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
}
