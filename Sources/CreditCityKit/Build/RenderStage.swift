import Foundation
import Mustache

/// Render: every page of the plan, the search index and the site's assets, into the new tree.
struct RenderStage {
    let library: MustacheLibrary
    let config: SiteConfig
    let asOf: CivilDate
    let templatesDir: String

    func run(_ plan: SitePlan, values: RecordValues, statistics: SiteStatistics, writer: FileTreeWriter) throws {
        let renderer = SiteRenderer(library: library, config: config, asOf: asOf)
        try renderer.renderSite(plan, values: values, writer: writer)
        try renderer.renderSearch(plan, writer: writer)
        try renderer.renderStatistics(statistics, writer: writer)
        try copyAssets(into: writer)
    }

    /// Copies Templates/assets/ (CSS, images, scripts) into the site as `assets/`.
    func copyAssets(into writer: FileTreeWriter) throws {
        let assets = templatesDir + "/assets"
        for path in FileTree.regularFiles(under: assets) {
            guard let data = FileManager.default.contents(atPath: assets + "/" + path) else {
                throw BuildError.unreadable(.templates, assets + "/" + path, "permission denied or not a file")
            }
            try writer.write("assets/" + path, data)
        }
    }
}
