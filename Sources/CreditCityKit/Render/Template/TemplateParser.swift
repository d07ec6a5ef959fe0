/// Parses Mustache templates (https://mustache.github.io/mustache.5.html) as our templates use them:
/// variables (escaped and not), sections, inverted sections, comments, partials, and parents with
/// blocks (template inheritance), with the specification's rule that a tag alone on its line takes the
/// line with it. Set-delimiter tags, pragmas and lambdas are not supported and are reported.
struct TemplateParser {
    let bytes: [UInt8]
    let file: String

    /// A piece of the template before the tree is built.
    enum Item {
        /// Text; `endsLine` when it ends with a line feed.
        case text([UInt8], endsLine: Bool)
        case tag(kind: UInt8, name: String, line: Int)
    }

    static let open: [UInt8] = Array("{{".utf8), close: [UInt8] = Array("}}".utf8), tripleClose: [UInt8] = Array("}}}".utf8)
    static let standaloneKinds: Set<UInt8> = Set("#^/!><$=".utf8)

    func parse() throws -> [TemplateNode] {
        var items = try scan()
        removeStandaloneLines(&items)
        var position = 0
        let nodes = try build(items, &position, closing: nil)
        return nodes
    }

    func failure(_ line: Int, _ message: String) -> BuildError { BuildError.templateSyntax(file, line: line, message) }

    /// Text (cut at line ends) and tags, in order.
    func scan() throws -> [Item] {
        var items: [Item] = []
        var i = 0, line = 1, textStart = 0
        func flushText(upTo end: Int) {
            var start = textStart
            var j = textStart
            while j < end {
                if bytes[j] == 0x0A {
                    items.append(.text(Array(bytes[start...j]), endsLine: true))
                    start = j + 1
                }
                j += 1
            }
            if start < end { items.append(.text(Array(bytes[start..<end]), endsLine: false)) }
        }
        while i < bytes.count {
            guard matches(Self.open, at: i) else {
                if bytes[i] == 0x0A { line += 1 }
                i += 1
                continue
            }
            flushText(upTo: i)
            let tagLine = line
            var j = i + 2
            var kind: UInt8 = 0
            var closer = Self.close
            if j < bytes.count, bytes[j] == UInt8(ascii: "{") {
                kind = UInt8(ascii: "&")
                closer = Self.tripleClose
                j += 1
            } else if j < bytes.count, Set("#^/!><$&=%".utf8).contains(bytes[j]) {
                kind = bytes[j]
                j += 1
            }
            guard let end = find(closer, from: j) else { throw failure(tagLine, "a tag opened here is never closed with \(String(decoding: closer, as: UTF8.self))") }
            for b in bytes[i..<end] where b == 0x0A { line += 1 }
            let name = String(decoding: bytes[j..<end], as: UTF8.self).trimmingWhitespace()
            switch kind {
            case UInt8(ascii: "="): throw failure(tagLine, "set-delimiter tags ({{=…=}}) are not supported")
            case UInt8(ascii: "%"): throw failure(tagLine, "pragmas ({{%…}}) are not supported")
            case UInt8(ascii: "!"): break
            default:
                guard !name.isEmpty else { throw failure(tagLine, "a tag without a name") }
                if name.contains("(") || name.contains(" ") { throw failure(tagLine, "'\(name)' is not a name (transforms are not supported)") }
            }
            items.append(.tag(kind: kind, name: name, line: tagLine))
            i = end + closer.count
            textStart = i
        }
        flushText(upTo: bytes.count)
        return items
    }

    func matches(_ needle: [UInt8], at i: Int) -> Bool {
        i + needle.count <= bytes.count && bytes[i..<(i + needle.count)].elementsEqual(needle)
    }

    func find(_ needle: [UInt8], from start: Int) -> Int? {
        var i = start
        while i + needle.count <= bytes.count {
            if matches(needle, at: i) { return i }
            i += 1
        }
        return nil
    }

    static func isBlank(_ text: [UInt8]) -> Bool {
        text.allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
    }

    /// A line holding only white space and one section, comment, partial, parent or block tag is
    /// removed with its line end; a standalone partial or parent keeps the white space before it as the
    /// indentation of what it includes. The tag is marked by keeping its indentation in a text item
    /// right before it (empty text for none) only for partials and parents.
    func removeStandaloneLines(_ items: inout [Item]) {
        var out: [Item] = []
        var lineStart = 0
        var k = 0
        func finishLine(_ end: Int) {
            // items[lineStart..<end] are one line (the last may end it).
            let line = items[lineStart..<end]
            var tags = 0, eligible = true, blank = true
            var indentation: [UInt8] = []
            var seenTag = false
            for item in line {
                switch item {
                case .tag(let kind, _, _):
                    tags += 1
                    seenTag = true
                    if !Self.standaloneKinds.contains(kind) { eligible = false }
                case .text(let t, _):
                    if !Self.isBlank(t) { blank = false }
                    if !seenTag { indentation += t }
                }
            }
            guard tags == 1, eligible, blank else {
                out.append(contentsOf: line)
                return
            }
            for item in line {
                guard case .tag(let kind, let name, let lineNumber) = item else { continue }
                if kind == UInt8(ascii: ">") || kind == UInt8(ascii: "<") {
                    out.append(.text(indentation, endsLine: false))
                    out.append(.tag(kind: kind == UInt8(ascii: ">") ? Self.indentedPartial : Self.indentedParent, name: name, line: lineNumber))
                } else {
                    out.append(item)
                }
            }
        }
        while k < items.count {
            if case .text(_, let endsLine) = items[k], endsLine {
                finishLine(k + 1)
                lineStart = k + 1
            }
            k += 1
        }
        if lineStart < items.count { finishLine(items.count) }
        items = out
    }

    /// Kinds for partials and parents that were standalone (their indentation is the text item before).
    static let indentedPartial: UInt8 = 1, indentedParent: UInt8 = 2

    /// The nodes up to the tag closing `closing` (the end of the template when nil).
    func build(_ items: [Item], _ position: inout Int, closing: (name: String, line: Int)?) throws -> [TemplateNode] {
        var nodes: [TemplateNode] = []
        while position < items.count {
            let item = items[position]
            position += 1
            switch item {
            case .text(let t, _):
                if !t.isEmpty {
                    // A standalone partial's indentation is kept by the next item, not written.
                    if position < items.count, case .tag(let kind, _, _) = items[position],
                       kind == Self.indentedPartial || kind == Self.indentedParent { continue }
                    nodes.append(.text(t))
                }
            case .tag(let kind, let name, let line):
                let indentation: [UInt8] = {
                    guard position >= 2, case .text(let t, _) = items[position - 2] else { return [] }
                    return t
                }()
                switch kind {
                case 0: nodes.append(.variable(TemplateName(name), escaped: true))
                case UInt8(ascii: "&"): nodes.append(.variable(TemplateName(name), escaped: false))
                case UInt8(ascii: "!"): break
                case UInt8(ascii: "#"): nodes.append(.section(TemplateName(name), try build(items, &position, closing: (name, line))))
                case UInt8(ascii: "^"): nodes.append(.invertedSection(TemplateName(name), try build(items, &position, closing: (name, line))))
                case UInt8(ascii: "$"): nodes.append(.block(name, try build(items, &position, closing: (name, line))))
                case UInt8(ascii: ">"), Self.indentedPartial:
                    nodes.append(.partial(name, indentation: kind == Self.indentedPartial ? indentation : []))
                case UInt8(ascii: "<"), Self.indentedParent:
                    let inside = try build(items, &position, closing: (name, line))
                    var blocks: [String: [TemplateNode]] = [:]
                    for node in inside {
                        if case .block(let blockName, let content) = node { blocks[blockName] = content }
                    }
                    nodes.append(.parent(name, blocks: blocks, indentation: kind == Self.indentedParent ? indentation : []))
                case UInt8(ascii: "/"):
                    guard let closing, closing.name == name else {
                        throw failure(line, closing.map { "{{/\(name)}} closes {{\($0.name)}} of line \($0.line)" } ?? "{{/\(name)}} closes nothing")
                    }
                    return nodes
                default:
                    throw failure(line, "unknown tag")
                }
            }
        }
        if let closing { throw failure(closing.line, "{{\(closing.name)}} is never closed") }
        return nodes
    }
}
