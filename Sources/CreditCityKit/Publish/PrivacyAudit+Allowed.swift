import Foundation

extension PrivacyAudit {
    /// What the audit of an already built site allows, as the build that made it did: the office's
    /// `public_numbers` (from `siteYAML`, when given and present) and the 统一社会信用代码 of the site's
    /// feeds (the values of the standard's code fields that pass their check).
    public static func allowed(site root: String, siteYAML: String?) throws -> PublicNumbers {
        var allowed = PublicNumbers()
        if let siteYAML, FileManager.default.fileExists(atPath: siteYAML) {
            allowed = try SiteConfigLoader.load(path: siteYAML, displayPath: siteYAML).publicNumbers
        }
        let codeKeys = Set([FieldCatalog.licensing, .penalties, .lists].flatMap { $0.fields.filter { $0.value == .creditCode }.map(\.code) })
        for dataset in Dataset.allCases {
            let folder = root + "/feeds/" + FeedDataset(dataset).rawValue
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where name.hasSuffix(".json") {
                guard let data = FileManager.default.contents(atPath: folder + "/" + name),
                      let file = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let records = file["records"] as? [[String: Any]] else { continue }
                for record in records {
                    for key in codeKeys {
                        if let code = record[key] as? String, CreditCode.check(code) == .valid(code) { allowed.allowCreditCode(code) }
                    }
                }
            }
        }
        return allowed
    }
}
