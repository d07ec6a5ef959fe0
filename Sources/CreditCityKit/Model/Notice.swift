/// A policy notice from `notices/*.md`: YAML front matter and a GitHub-flavoured Markdown body.
public struct Notice: Sendable, Equatable {
    public static let categories = ["政策法规", "通知公告", "信用动态", "典型案例"]

    public var title: String
    public var date: CivilDate
    public var category: String
    public var docNumber: String?
    public var issuer: String?
    /// URL segment: letters, digits, `-` and `_` only.
    public var slug: String
    public var expires: CivilDate?
    public var draft: Bool
    /// The Markdown as written; once published (`NoticeMasking`), the masked document written back
    /// as Markdown, raw HTML and unsafe links removed.
    public var body: String
    public var location: SourceLocation
    /// The published body: cmark-gfm's safe HTML (no raw HTML, no `javascript:` links), masked
    /// (`NoticeMasking`); empty until the notice is published.
    public var bodyHTML: String = ""

    /// Drafts and notices past `expires` are not shown (SPEC section 4).
    public func isShown(asOf: CivilDate) -> Bool {
        !draft && date <= asOf && (expires.map { asOf <= $0 } ?? true)
    }
}
