import CCmarkGFM
import Foundation

/// The text of a parsed cmark-gfm document as a browser shows it: literal text of text and code nodes,
/// nothing for raw HTML (rendered as a comment), a space for soft and hard line breaks, a boundary
/// between blocks (as the audit reads a page: digits in two table cells are not one number), an
/// ordered list item's number before its text; an image's alt text apart (it becomes an attribute).
struct MarkdownText {
    let document: OpaquePointer

    func mask(with masker: Masker) {
        var nodes: [OpaquePointer] = []
        var page = JoinedText()
        // Alt texts of the images being walked, innermost last.
        var alts: [JoinedText] = []
        // The number an ordered list item shows before its first block, and each open list's next number.
        var itemNumber: String?
        var listNumbers: [Int] = []
        func add(_ node: OpaquePointer) {
            guard let literal = cmark_node_get_literal(node) else { return }
            let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
            if alts.isEmpty { page.append(bytes, owner: nodes.count) } else { alts[alts.count - 1].append(bytes, owner: nodes.count) }
            nodes.append(node)
        }
        func apply(_ masked: [Int: [UInt8]]) {
            for (i, bytes) in masked {
                _ = (bytes + [0]).withUnsafeBufferPointer {
                    cmark_node_set_literal(nodes[i], UnsafeRawPointer($0.baseAddress)?.assumingMemoryBound(to: CChar.self))
                }
            }
        }

        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            let isBlock = type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK)
            switch type {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                add(node)
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
                if alts.isEmpty { page.appendLineBreak() } else { alts[alts.count - 1].appendLineBreak() }
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                if event == CMARK_EVENT_ENTER { maskAttributes(node, masker) }
                guard type == CMARK_NODE_IMAGE else { break }
                if event == CMARK_EVENT_ENTER {
                    page.appendBoundary()
                    alts.append(JoinedText())
                } else if let alt = alts.popLast() {
                    apply(alt.masked(by: masker))
                    page.appendBoundary()
                }
            case CMARK_NODE_LIST:
                let ordered = cmark_node_get_list_type(node) == CMARK_ORDERED_LIST
                if event == CMARK_EVENT_ENTER, ordered { listNumbers.append(Int(cmark_node_get_list_start(node))) }
                if event == CMARK_EVENT_EXIT, ordered { listNumbers.removeLast() }
                page.appendBoundary()
            case CMARK_NODE_ITEM:
                page.appendBoundary()
                let ordered = cmark_node_parent(node).map { cmark_node_get_list_type($0) == CMARK_ORDERED_LIST } ?? false
                if event == CMARK_EVENT_ENTER, ordered, let n = listNumbers.last {
                    itemNumber = "\(n). "
                    listNumbers[listNumbers.count - 1] = n + 1
                }
            default:
                // Blocks (paragraphs, headings, table cells, code and raw HTML blocks) stand apart; inline
                // containers (emphasis, strikethrough) and raw inline HTML join the text on their sides.
                guard isBlock else { break }
                page.appendBoundary()
                if event == CMARK_EVENT_ENTER, let number = itemNumber {
                    page.appendUnowned(number)
                    itemNumber = nil
                }
                if type == CMARK_NODE_CODE_BLOCK { add(node); page.appendBoundary() }
            }
        }
        apply(page.masked(by: masker))
    }

    /// Removes raw HTML and empties `javascript:`, `vbscript:`, `file:` and non-image `data:` addresses,
    /// as the HTML renderer does without CMARK_OPT_UNSAFE, so the Markdown carries neither.
    func removeUnsafe() {
        var raw: [OpaquePointer] = []
        guard let iterator = cmark_iter_new(document) else { return }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_HTML_INLINE || type == CMARK_NODE_HTML_BLOCK { raw.append(node) }
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let url = cmark_node_get_url(node) {
                let scheme = String(cString: url).lowercased().trimmingWhitespace()
                let dataImage = scheme.hasPrefix("data:image/") && ["png", "gif", "jpeg", "webp"].contains { scheme.hasPrefix("data:image/\($0)") }
                if ["javascript:", "vbscript:", "file:"].contains(where: scheme.hasPrefix) || (scheme.hasPrefix("data:") && !dataImage) {
                    _ = cmark_node_set_url(node, "")
                }
            }
        }
        cmark_iter_free(iterator)
        for node in raw {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// A link's or image's address and title, each masked on its own.
    func maskAttributes(_ node: OpaquePointer, _ masker: Masker) {
        if let url = cmark_node_get_url(node) {
            let text = String(cString: url)
            let masked = masker.freeText(text)
            if masked != text { _ = cmark_node_set_url(node, masked) }
        }
        if let title = cmark_node_get_title(node) {
            let text = String(cString: title)
            let masked = masker.freeText(text)
            if masked != text { _ = cmark_node_set_title(node, masked) }
        }
    }
}
