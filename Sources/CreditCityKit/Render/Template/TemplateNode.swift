/// A parsed template: text and tags, sections holding their own nodes (`TemplateParser`).
indirect enum TemplateNode: Sendable {
    case text([UInt8])
    /// `{{name}}` (escaped) or `{{{name}}}` / `{{& name}}` (as is).
    case variable(TemplateName, escaped: Bool)
    /// `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    case section(TemplateName, [TemplateNode])
    case invertedSection(TemplateName, [TemplateNode])
    /// `{{> name}}`, with the indentation of a standalone tag (given to every line of the partial).
    case partial(String, indentation: [UInt8])
    /// `{{< name}}…{{/name}}`: the template `name` with these blocks (`{{$block}}…{{/block}}`) replaced.
    case parent(String, blocks: [String: [TemplateNode]], indentation: [UInt8])
    /// `{{$ name}}default{{/name}}`: the default, unless the template that included this one gave the block.
    case block(String, [TemplateNode])
}

/// A name in a tag: `.` (the current value), or names separated by dots (`pagination.next`).
struct TemplateName: Sendable, Hashable {
    let parts: [String]

    var isImplicit: Bool { parts.isEmpty }

    init(_ text: String) {
        parts = text == "." ? [] : text.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    var text: String { parts.isEmpty ? "." : parts.joined(separator: ".") }
}
