/// site.yaml text as the site shows it: name, office and contacts with personal numbers masked, the
/// office's own `public_numbers` excepted.
///
/// A masked value is reported as a warning: a mobile number in `contact.phone` is usually the office's
/// own, and the webmaster should list it under `public_numbers` rather than find it masked on the site.
public enum SiteTextMasking {
    /// The site as shown, and a warning for each value masked; `displayPath` names site.yaml in them.
    public static func masked(_ config: SiteConfig, displayPath: String) -> (config: SiteConfig, warnings: [Diagnostic]) {
        let masker = Masker(policy: config.policy, publicNumbers: config.publicNumbers)
        var out = config
        var warnings: [Diagnostic] = []
        func mask(_ key: String, _ value: inout String) {
            let shown = masker.freeText(value)
            guard shown != value else { return }
            let kinds = Set(SensitiveScanner.scan(value).filter { !config.publicNumbers.allows($0) }.map(\.kind))
            let what = kinds.map(\.rawValue).sorted().joined(separator: " and ")
            let hint = kinds == [.mobile] ? "; if it is the office's own number, list it under public_numbers" : ""
            warnings.append(Diagnostic(.warning, file: displayPath, line: nil, field: key, "\(what) masked on the site as \(shown)\(hint)"))
            value = shown
        }
        mask("name", &out.name)
        mask("office", &out.office)
        mask("contact.department", &out.contact.department)
        mask("contact.phone", &out.contact.phone)
        mask("contact.address", &out.contact.address)
        mask("contact.email", &out.contact.email)
        mask("contact.hours", &out.contact.hours)
        return (out, warnings)
    }
}

extension SiteConfig {
    /// The masker this site's records, notices and pages go through: its policy, with the office's own
    /// `public_numbers` left as they are.
    public var masker: Masker { Masker(policy: policy, publicNumbers: publicNumbers) }
}
