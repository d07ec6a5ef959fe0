import CreditCityTestSupport
import Foundation
import Mustache
import Testing
@testable import CreditCityKit

/// Our Mustache renderer (`TemplateLibrary`) against swift-mustache, the implementation the templates
/// were first written for: every page template with a full model, and Mustache's own corner cases
/// (standalone lines, inverted sections, the context stack, dotted names, inheritance), byte for byte.
@Suite("Template renderer")
struct TemplateRendererTests {
    /// A `TemplateModel` as swift-mustache sees it.
    struct Bridge: MustacheParent {
        let model: any TemplateModel
        func child(named name: String) -> Any? { model.child(named: name).map(Self.value) }

        static func value(_ v: any TemplateRepresentable) -> Any {
            switch v.templateValue {
            case .text(let s): s
            case .number(let n): n
            case .flag(let b): b
            case .list(let items): items.map(value)
            case .model(let m): Bridge(model: m)
            }
        }
    }

    /// A model from a dictionary, for the corner cases.
    struct Model: TemplateModel, @unchecked Sendable {
        let values: [String: any TemplateRepresentable]
        func child(named name: String) -> (any TemplateRepresentable)? { values[name] }
    }

    func both(_ templates: [String: String], _ model: any TemplateModel, _ name: String = "main") async throws -> (ours: String, theirs: String) {
        try await TestSupport.withTemporaryFolder { dir in
            for (path, text) in templates {
                let url = dir.appendingPathComponent(path + ".mustache")
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
            let ours = String(decoding: try TemplateLibrary(directory: dir.path).render(model, name), as: UTF8.self)
            let theirs = try await MustacheLibrary(directory: dir.path).render(Bridge(model: model), withTemplate: name) ?? "<nil>"
            return (ours, theirs)
        }
    }

    /// Every page template of the site, with the coverage test's full models.
    @Test("the site's templates render as swift-mustache renders them", arguments: TemplateCoverageTests.models.map(\.template))
    func siteTemplates(template: String) async throws {
        let model = try #require(TemplateCoverageTests.models.first { $0.template == template }?.model)
        let ours = String(decoding: try TemplateLibrary(directory: TestSupport.templatesDir).render(model, template), as: UTF8.self)
        let theirs = try await MustacheLibrary(directory: TestSupport.templatesDir).render(Bridge(model: model), withTemplate: template)
        #expect(ours == theirs)
    }

    static let row = Model(values: ["name": "<行>&'\"", "n": 3])
    static let model = Model(values: [
        "title": "A & B", "html": "<b>x</b>", "yes": true, "no": false, "empty": [Model](), "rows": [row, row],
        "count": 7, "nested": Model(values: ["inner": "深", "title": "inner title"]),
    ])

    @Test("Mustache corner cases", arguments: [
        "{{title}}|{{{html}}}|{{& html}}|{{count}}|{{missing}}|{{yes}}",
        "a\n  {{#yes}}\n  in\n  {{/yes}}\nb\n",
        "{{#rows}}{{name}}/{{title}}/{{n}};{{/rows}}",
        "{{^empty}}none{{/empty}}{{^rows}}x{{/rows}}{{^no}}not{{/no}}{{^missing}}absent{{/missing}}",
        "{{nested.inner}} {{#nested}}{{title}}{{/nested}} {{title}}",
        "  {{! comment }}\n{{#no}}never{{/no}}\r\n  {{^yes}}\n  hidden\n  {{/yes}}\nend",
        "{{#title}}[{{.}}]{{/title}}{{#count}}({{.}}){{/count}}",
    ])
    func cornerCases(text: String) async throws {
        let (ours, theirs) = try await both(["main": text], Self.model)
        #expect(ours == theirs)
    }

    @Test("partials and inheritance")
    func inheritance() async throws {
        let templates = [
            "layout": "<h1>{{$head}}default head{{/head}}</h1>\n{{>part}}\n{{$body}}{{/body}}\n",
            "part": "[{{title}}]",
            "main": "{{<layout}}\n{{$body}}\n{{#rows}}{{>row}}{{/rows}}\n{{/body}}\n{{/layout}}\n",
            "row": "<li>{{name}}</li>\n",
        ]
        let (ours, theirs) = try await both(templates, Self.model)
        #expect(ours == theirs)
    }
}
