/// The public form of a notice: title, 文号 and issuer masked like any text, the body rendered to safe
/// HTML with personal numbers masked in the rendered document's text (`Markdown.html(_:masker:)`).
///
/// The Markdown as written does not leave this stage: pages, Atom and the notices feed carry the one
/// masked document, rendered to HTML and written back as Markdown (raw HTML and unsafe links removed).
public struct NoticeMasking: Sendable {
    public let masker: Masker

    public init(masker: Masker) { self.masker = masker }

    /// The notice as it is published: masked front matter, `bodyHTML` and `body` from the masked document.
    public func published(_ notice: Notice) -> Notice {
        var n = notice
        n.title = masker.freeText(notice.title)
        n.docNumber = notice.docNumber.map(masker.freeText)
        n.issuer = notice.issuer.map(masker.freeText)
        (n.bodyHTML, n.body) = Markdown.render(notice.body, masker: masker)
        return n
    }
}
