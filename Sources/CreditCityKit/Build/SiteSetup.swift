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
        /// site.yaml values masked because they hold a personal number (`SiteTextMasking`).
        var warnings: [Diagnostic]
    }

    func run() async throws -> Site {
        let content = options.contentDir
        let displayPath = (content as NSString).appendingPathComponent("site.yaml")
        var config = try SiteConfigLoader.load(path: content + "/site.yaml", displayPath: displayPath)
        if let base = options.baseURL { config.baseURL = SiteConfig.normalisedBaseURL(base) }
        // site.yaml text is shown on every page: masked like content, the office's public_numbers excepted.
        let siteText = SiteTextMasking.masked(config, displayPath: displayPath)
        config = siteText.config
        // Checked before anything of it is read, so no file from outside Templates/ reaches the site.
        let templates = try TemplateFolder(options.templatesDir)
        let library = try SiteRenderer.loadTemplates(options.templatesDir)
        return Site(config: config, templates: templates, library: library, warnings: siteText.warnings)
    }
}
