/// The check before rendering: the detector over every value a published record or notice shows,
/// after masking, so that a finding names the content file, line and field that hold the number
/// (`Content/penalties/x.csv:12: error: CF_NR_FK: unmasked mobile number 138****5678 …`) instead of a
/// byte of the output. The audit of the built site stays the last gate.
///
/// Masked text cannot hold a finding; what can is a value published as it is: a date, an amount or a
/// code that holds a personal number, or a notice slug (part of the page's address). A 统一社会信用代码
/// that passes its own check is an organisation's public identifier even when it also reads as an ID
/// number: it is returned to be allowed, not reported.
public struct PublishedTextCheck: Sendable {
    public let publicNumbers: PublicNumbers

    public init(publicNumbers: PublicNumbers) { self.publicNumbers = publicNumbers }

    /// What the check of one record found: errors to report, identifiers the audit must allow.
    public struct Outcome: Sendable {
        public var diagnostics: [Diagnostic] = []
        /// Public identifiers of organisations (`PublicIdentifier`) that hold a number the detector reads.
        public var publicIdentifiers: [String] = []
    }

    /// Every shown value of a published record; `location` is its content file and line.
    public func check(_ r: PublishedRecord, at location: SourceLocation) -> Outcome {
        var out = Outcome()
        let catalog: FieldCatalog = r.dataset == .licensing ? .licensing : r.dataset == .penalties ? .penalties : .lists
        for (code, value) in r.fields {
            let found = SensitiveScanner.scan(value).filter { !publicNumbers.allows($0) }
            guard !found.isEmpty else { continue }
            if let spec = catalog.position(of: code).map({ catalog.fields[$0] }),
               PublicIdentifier.isPublic(value, spec: spec, subject: r.subject) {
                out.publicIdentifiers.append(value)
                continue
            }
            for f in found {
                out.diagnostics.append(Diagnostic(.error, file: location.file, line: location.line, field: code,
                                                  Self.message(f, in: "this value", fix: "correct the content")))
            }
        }
        return out
    }

    /// A published notice (`NoticeMasking`): title, 文号, issuer, slug and the body as a reader sees it.
    public func check(_ n: Notice) -> [Diagnostic] {
        var values: [(String, String)] = [("title", n.title), ("slug", n.slug)]
        if let d = n.docNumber { values.append(("doc_number", d)) }
        if let i = n.issuer { values.append(("issuer", i)) }
        var out: [Diagnostic] = []
        for (key, value) in values {
            for f in SensitiveScanner.scan(value) where !publicNumbers.allows(f) {
                let message = key == "slug"
                    ? Self.message(f, in: "the slug, which is part of the page's address and cannot be masked", fix: "choose another slug")
                    : Self.message(f, in: "this value", fix: "correct the content")
                out.append(Diagnostic(.error, file: n.location.file, line: n.location.line, field: key, message))
            }
        }
        let body = Array(n.bodyHTML.utf8).withUnsafeBufferPointer { HTMLText($0, tracksOrigin: false) }
        for text in [body.visible, body.apart] {
            for f in text.bytes.withUnsafeBufferPointer({ SensitiveScanner.scan($0) }) where !publicNumbers.allows(f) {
                out.append(Diagnostic(.error, file: n.location.file, line: n.location.line, field: "body",
                                      Self.message(f, in: "the rendered body", fix: "correct the content")))
            }
        }
        return out
    }

    static func message(_ f: SensitiveScanner.Finding, in place: String, fix: String) -> String {
        "unmasked \(f.kind.rawValue) \(PrivacyAudit.Finding.hint(f.number)) would be published in \(place); \(fix)"
    }
}
