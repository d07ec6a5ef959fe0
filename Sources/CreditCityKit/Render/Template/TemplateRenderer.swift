/// Renders parsed templates (`TemplateNode`) from view models, as Mustache says: names are looked up
/// from the innermost model outwards, sections repeat for lists and show for true and for present
/// values, inverted sections show for false, empty and absent ones, and text is HTML-escaped unless the
/// tag asks otherwise (`{{{…}}}`, `{{&…}}`).
struct TemplateRenderer {
    let library: TemplateLibrary
    var out: [UInt8] = []
    /// Indentation of standalone partials being rendered, written at the start of each of their lines.
    var indentation: [UInt8] = []
    var atLineStart = false

    /// The models in scope, innermost last, and the blocks a child template gave its parent.
    struct Context {
        var stack: [any TemplateRepresentable]
        var blocks: [String: (nodes: [TemplateNode], stack: [any TemplateRepresentable])]
    }

    mutating func render(_ nodes: [TemplateNode], _ context: inout Context) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                write(bytes)
            case .variable(let name, let escaped):
                guard let value = lookup(name, context.stack) else { continue }
                switch value.templateValue {
                case .text(let s): escaped ? writeEscaped(s) : write(s.utf8)
                case .number(let n): write(String(n).utf8)
                case .flag(let b): write((b ? "true" : "false").utf8)
                case .list, .model: break
                }
            case .section(let name, let inner):
                guard let value = lookup(name, context.stack) else { continue }
                switch value.templateValue {
                case .list(let items):
                    for item in items { renderPushing(item, inner, &context) }
                case .flag(let b):
                    if b { render(inner, &context) }
                case .text, .number, .model:
                    renderPushing(value, inner, &context)
                }
            case .invertedSection(let name, let inner):
                let show: Bool
                if let value = lookup(name, context.stack) {
                    switch value.templateValue {
                    case .list(let items): show = items.isEmpty
                    case .flag(let b): show = !b
                    case .text, .number, .model: show = false
                    }
                } else {
                    show = true
                }
                if show { render(inner, &context) }
            case .partial(let name, let indent):
                guard let nodes = library.templates[name] else { continue }
                let saved = indentation
                if !indent.isEmpty {
                    indentation += indent
                    atLineStart = out.isEmpty || out.last == 0x0A
                }
                render(nodes, &context)
                indentation = saved
            case .parent(let name, let blocks, _):
                guard let nodes = library.templates[name] else { continue }
                var inner = context
                // The outermost template's blocks win: a block given further out is not replaced.
                for (blockName, content) in blocks where inner.blocks[blockName] == nil {
                    inner.blocks[blockName] = (content, context.stack)
                }
                render(nodes, &inner)
            case .block(let name, let fallback):
                if let given = context.blocks[name] {
                    var inner = context
                    inner.stack = given.stack
                    render(given.nodes, &inner)
                } else {
                    render(fallback, &context)
                }
            }
        }
    }

    mutating func renderPushing(_ value: any TemplateRepresentable, _ nodes: [TemplateNode], _ context: inout Context) {
        context.stack.append(value)
        render(nodes, &context)
        context.stack.removeLast()
    }

    /// The value of a name: the first model (innermost out) that has its first part, then the rest of
    /// the parts inside it; `.` is the innermost value.
    func lookup(_ name: TemplateName, _ stack: [any TemplateRepresentable]) -> (any TemplateRepresentable)? {
        guard let first = name.parts.first else { return stack.last }
        var found: (any TemplateRepresentable)?
        for value in stack.reversed() {
            guard case .model(let model) = value.templateValue, let child = model.child(named: first) else { continue }
            found = child
            break
        }
        for part in name.parts.dropFirst() {
            guard let current = found, case .model(let model) = current.templateValue else { return nil }
            found = model.child(named: part)
        }
        return found
    }

    mutating func write(_ bytes: some Collection<UInt8>) {
        guard !indentation.isEmpty else {
            out.append(contentsOf: bytes)
            return
        }
        for b in bytes {
            if atLineStart {
                out += indentation
                atLineStart = false
            }
            out.append(b)
            if b == 0x0A { atLineStart = true }
        }
    }

    static let escapes: [UInt8: [UInt8]] = [
        UInt8(ascii: "&"): Array("&amp;".utf8), UInt8(ascii: "<"): Array("&lt;".utf8), UInt8(ascii: ">"): Array("&gt;".utf8),
        UInt8(ascii: "\""): Array("&quot;".utf8), UInt8(ascii: "'"): Array("&#39;".utf8),
    ]

    /// HTML-escapes as Mustache does: & < > " and '.
    mutating func writeEscaped(_ s: String) {
        var s = s
        s.withUTF8 { utf8 in
            var start = 0
            for i in 0..<utf8.count {
                let b = utf8[i]
                guard b == 0x26 || b == 0x3C || b == 0x3E || b == 0x22 || b == 0x27, let replacement = Self.escapes[b] else { continue }
                if i > start { write(UnsafeBufferPointer(rebasing: utf8[start..<i])) }
                write(replacement)
                start = i + 1
            }
            if start < utf8.count { write(UnsafeBufferPointer(rebasing: utf8[start...])) }
        }
    }
}
