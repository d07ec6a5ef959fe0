import Foundation

extension PrivacyAudit {
    /// What the audit of an already built site allows, as the build that made it did: the office's
    /// `public_numbers` (from `siteYAML`, when given and present) and the organisations' public
    /// identifiers in the site's feeds (`PublicIdentifier`).
    public static func allowed(site root: String, siteYAML: String?) throws -> PublicNumbers {
        var allowed = PublicNumbers()
        if let siteYAML, FileManager.default.fileExists(atPath: siteYAML) {
            allowed = try SiteConfigLoader.load(path: siteYAML, displayPath: siteYAML).publicNumbers
        }
        let catalogs: [FieldCatalog] = [.licensing, .penalties, .lists]
        for dataset in Dataset.allCases {
            let folder = root + "/feeds/" + FeedDataset(dataset).rawValue
            for name in ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).sorted() where name.hasSuffix(".json") {
                guard let data = FileManager.default.contents(atPath: folder + "/" + name),
                      let file = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
                      let records = file["records"] as? [[String: Any]] else { continue }
                let catalog = catalogs[dataset == .licensing ? 0 : dataset == .penalties ? 1 : 2]
                for record in records {
                    let subject = (record.first { $0.key.hasSuffix("XDR_LB") }?.value as? String).flatMap(SubjectCategory.init(standardValue:))
                    for spec in catalog.fields {
                        if let value = record[spec.code] as? String,
                           PublicIdentifier.isPublic(value, spec: spec, subject: subject ?? .person) {
                            allowed.allowIdentifier(value)
                        }
                    }
                }
            }
        }
        return allowed
    }
}

extension PublicNumbers {
    /// Whether the audit lets this finding stand: a number the office publishes, or part of an
    /// organisation's public identifier.
    public func allows(_ finding: PrivacyAudit.Finding) -> Bool { !numbers.isEmpty && numbers.contains(finding.number) }
}
