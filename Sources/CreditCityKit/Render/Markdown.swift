import CCmarkGFM
import Foundation

/// GitHub-flavoured Markdown to HTML with the system libcmark-gfm (tables, strikethrough, autolinks).
///
/// Rendered without CMARK_OPT_UNSAFE: raw HTML becomes a comment and `javascript:` / `vbscript:` /
/// `file:` links lose their URL, so a notice can never inject script into the site.
///
/// With a masker, personal numbers are masked in the parsed document, not in the source: the literal
/// text of the text and code nodes, joined as the reader sees it (`MarkdownText`), so the mask's `*`
/// stay text and a number split by emphasis or a comment is seen whole. Link and image addresses and
/// titles are masked on their own, as the attributes they become.
public enum Markdown {
    /// The extensions, registered and looked up once. libcmark-gfm registers them behind a plain flag
    /// into a global list without a lock: notices rendered on both cores at first use could register
    /// twice while another looks them up, and render a table or a strikethrough as plain text. A
    /// static is initialised once, thread-safely; the extensions are never changed after that.
    nonisolated(unsafe) private static let extensions: [OpaquePointer] = {
        cmark_gfm_core_extensions_ensure_registered()
        let names = ["table", "strikethrough", "autolink", "tagfilter"]
        return names.compactMap { (name: String) in cmark_find_syntax_extension(name) }
    }()

    public static func html(_ markdown: String, masker: Masker? = nil) -> String {
        render(markdown, masker: masker).html
    }

    /// The HTML, and the Markdown a feed reader may render itself: the same masked document written
    /// back by cmark-gfm (the mask's `*` escaped), raw HTML and unsafe links removed.
    public static func render(_ markdown: String, masker: Masker?) -> (html: String, markdown: String) {
        let options = CMARK_OPT_DEFAULT | CMARK_OPT_STRIKETHROUGH_DOUBLE_TILDE | CMARK_OPT_GITHUB_PRE_LANG
        guard let parser = cmark_parser_new(options) else { return ("", "") }
        defer { cmark_parser_free(parser) }
        for ext in extensions { cmark_parser_attach_syntax_extension(parser, ext) }
        markdown.withCString { cmark_parser_feed(parser, $0, strlen($0)) }
        guard let document = cmark_parser_finish(parser) else { return ("", "") }
        defer { cmark_node_free(document) }
        if let masker { MarkdownText(document: document).mask(with: masker) }
        func take(_ text: UnsafeMutablePointer<CChar>?) -> String {
            guard let text else { return "" }
            defer { free(text) }
            return String(cString: text)
        }
        let html = take(cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)))
        MarkdownText(document: document).removeUnsafe()
        return (html, take(cmark_render_commonmark(document, options, 0)))
    }
}
