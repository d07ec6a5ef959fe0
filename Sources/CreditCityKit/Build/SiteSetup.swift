import Foundation

/// The first stage: site.yaml and every template, read and checked before any content work, so a
/// typo in either fails the build in a second.
struct SiteSetup {
    let options: BuildOptions

    struct Site {
        var config: SiteConfig
        /// Templates/ as checked: no link leads out of it; its assets are the files a build copies.
        var templates: TemplateFolder
        var library: TemplateLibrary
    }

    func run() async throws -> Site {
        let content = options.contentDir
        var config = try SiteConfigLoader.load(path: content + "/site.yaml", displayPath: (content as NSString).appendingPathComponent("site.yaml"))
        if let base = options.baseURL { config.baseURL = SiteConfig.normalisedBaseURL(base) }
        // Checked before anything of it is read, so no file from outside Templates/ reaches the site.
        let templates = try TemplateFolder(options.templatesDir)
        let library = try SiteRenderer.loadTemplates(options.templatesDir)
        return Site(config: config, templates: templates, library: library)
    }
}
