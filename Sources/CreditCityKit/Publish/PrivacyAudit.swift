import Foundation

/// The last gate (SPEC section 5): scans a built site for personal numbers with the masker's own
/// detector, reading each file as its reader does.
///
/// HTML and XML as a browser shows them (`HTMLText`: tags and comments removed, references decoded,
/// inline tags joining their sides), plus attribute values, comments and scripts on their own; JSON as
/// a parser gets it (`JSONText`: strings decoded, hashes and ids skipped by key); the terms of the
/// search index's term shards are skipped (each is a piece of a name the display shards carry whole);
/// anything else as plain text with character references and `\u` escapes decoded. File paths are read
/// too. The office's `public_numbers` and organisations' 统一社会信用代码 are allowed (`PublicNumbers`).
public enum PrivacyAudit {
    public struct Finding: Sendable, Equatable, CustomStringConvertible {
        public var file: String
        /// Byte offset in the file where the number (or the reference or escape spelling its first digit) starts.
        public var offset: Int
        public var kind: SensitiveScanner.Kind
        /// The number as read (ASCII digits), to match allowed numbers; never printed whole.
        public var number: String
        /// How it was read: "page text", "attribute, comment or script", "JSON value", "search index", "text", "file name".
        public var reading: String

        public var description: String {
            "\(file): byte \(offset): unmasked \(kind.rawValue) \(Self.hint(number)) in the \(reading)"
        }

        /// The number with its middle hidden, enough to find it without spreading it in build logs.
        static func hint(_ number: String) -> String {
            let s = Array(number)
            guard s.count > 7 else { return number }
            return String(s.prefix(3)) + String(repeating: "*", count: s.count - 7) + String(s.suffix(4))
        }
    }

    /// Every finding in the tree under `root` not allowed by `allowed`, files in path order.
    public static func scan(root: String, allowed: PublicNumbers = PublicNumbers()) throws -> [Finding] {
        FileTree.regularFiles(under: root).concurrentMap(chunk: 64) { path in
            let bytes = FileManager.default.contents(atPath: root + "/" + path).map { [UInt8]($0) } ?? []
            return scan(bytes: bytes, file: path).filter { !allowed.allows($0) }
        }.flatMap { $0 }
    }

    /// Findings in one file's bytes, read as the file's kind is read; `file` is its path in the site.
    public static func scan(bytes: [UInt8], file: String) -> [Finding] {
        var found: [Finding] = []
        for f in SensitiveScanner.scan(file) {
            found.append(Finding(file: file, offset: 0, kind: f.kind, number: f.number, reading: "file name"))
        }
        bytes.withUnsafeBufferPointer { b in
            // A first reading keeps no offsets; only a file with something to report is read again with them.
            if !read(b, file: file, tracksOrigin: false).isEmpty { found += read(b, file: file, tracksOrigin: true) }
        }
        // One number read twice (page text and the atom's second reading) is one finding.
        var seen = Set<String>()
        return found.sorted { ($0.offset, $0.kind.rawValue) < ($1.offset, $1.kind.rawValue) }
            .filter { seen.insert("\($0.offset) \($0.kind.rawValue) \($0.number)").inserted }
    }

    static func read(_ b: UnsafeBufferPointer<UInt8>, file: String, tracksOrigin: Bool) -> [Finding] {
        var found: [Finding] = []
        func add(_ text: ReadText, _ reading: String) {
            for f in text.bytes.withUnsafeBufferPointer({ SensitiveScanner.scan($0) }) {
                found.append(Finding(file: file, offset: text.offset(f.range.lowerBound) ?? 0, kind: f.kind,
                                     number: f.number, reading: reading))
            }
        }
        let ext = (file as NSString).pathExtension.lowercased()
        if ext == "html" || ext == "htm" || ext == "xml" {
            var html = HTMLText(b, tracksOrigin: tracksOrigin)
            add(html.visible, "page text")
            add(html.apart, "attribute, comment or script")
            if ext == "xml" {
                // Atom carries HTML as escaped text: what a feed reader shows is that HTML's text.
                html = html.visible.bytes.withUnsafeBufferPointer { HTMLText($0, origin: html.visible.origin, tracksOrigin: tracksOrigin) }
                add(html.visible, "page text")
                add(html.apart, "attribute, comment or script")
            }
        } else if ext == "json", let json = JSONText(b, tracksOrigin: tracksOrigin) {
            add(json.values, "JSON value")
        } else if file.hasPrefix("search/"), ext == "txt" {
            add(searchShard(b, skipTerms: file.hasPrefix("search/t/"), tracksOrigin: tracksOrigin), "search index")
        } else {
            add(plain(b, tracksOrigin: tracksOrigin), "text")
        }
        return found
    }

    /// Any other text: character references and `\u` escapes decoded.
    static func plain(_ b: UnsafeBufferPointer<UInt8>, tracksOrigin: Bool) -> ReadText {
        var out = ReadText(capacity: b.count, tracksOrigin: tracksOrigin)
        var i = 0
        while i < b.count {
            if b[i] == 0x26, let (scalar, length) = ReadText.characterReference(b, at: i) {
                out.append(scalar: scalar, from: i)
                i += length
            } else if b[i] == 0x5C, i + 5 < b.count, b[i + 1] == 0x75, let unit = JSONText.hex4(b, i + 2) {
                out.append(scalar: unit, from: i)
                i += 6
            } else {
                out.append(b[i], from: i)
                i += 1
            }
        }
        return out
    }

    /// A search shard (tab-separated lines): each cell read on its own, as the search script shows it.
    /// Term shards without their first column: terms are pieces (prefixes of 1–18 characters) of names
    /// and codes that the display shards carry whole, and a prefix of an organisation's code is no phone.
    static func searchShard(_ b: UnsafeBufferPointer<UInt8>, skipTerms: Bool, tracksOrigin: Bool) -> ReadText {
        var out = ReadText(capacity: b.count, tracksOrigin: tracksOrigin)
        var inTerm = skipTerms
        for i in 0..<b.count {
            let c = b[i]
            if c == 0x0A || c == 0x09 {
                out.appendBoundary(from: i)
                inTerm = skipTerms && c == 0x0A
            } else if !inTerm {
                out.append(c, from: i)
            }
        }
        return out
    }
}

/// The privacy audit of a file too large to hold, fed in pieces: each piece is scanned with the end of
/// the one before, so a number cut between two pieces is still found, and found once.
struct StreamAudit {
    static let overlap = 256
    let file: String
    private var tail: [UInt8] = []
    private var tailOffset = 0
    private(set) var findings: [PrivacyAudit.Finding] = []

    init(file: String) { self.file = file }

    mutating func add(_ piece: some Collection<UInt8>) {
        let window = tail + piece
        for f in PrivacyAudit.scan(bytes: window, file: file) {
            // What lies wholly in the carried-over tail was reported with the piece before.
            if f.offset + 12 <= tail.count, !tail.isEmpty { continue }
            var moved = f
            moved.offset += tailOffset
            if !findings.contains(moved) { findings.append(moved) }
        }
        let keep = min(Self.overlap, window.count)
        tailOffset += window.count - keep
        tail = Array(window.suffix(keep))
    }
}
