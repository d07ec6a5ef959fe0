extension SiteConfig.Policy {
    /// The `policy:` block of site.yaml with every setting at its default, for the site folders CreditCity
    /// writes itself (the example city, `creditcity sample`), so a webmaster sees each setting there is.
    /// `statusCodes` is the flow mapping written for `status_codes`.
    static func defaultsYAML(statusCodes: String = "{}") -> String {
        let d = SiteConfig.Policy()
        return """
            policy:
              person_name: \(d.personName.rawValue)
              id_number_keep: [\(d.idNumberKeep.head), \(d.idNumberKeep.tail)]
              minor_fine_yuan: {person: \(d.minorFineFenPerson / 100), organisation: \(d.minorFineFenOrganisation / 100)}
              licensing_max_years: \(d.licensingMaxYears.map(String.init) ?? "null")
              list_max_years: \(d.listMaxYears.map(String.init) ?? "null")
              status_codes: \(statusCodes)
              noindex_persons: \(d.noindexPersons)

            """
    }
}
