/// `Content/site.yaml`: who publishes the site and the office's policy settings (SPEC section 2).
public struct SiteConfig: Sendable, Equatable {
    public var name: String
    /// 6-digit administrative division code.
    public var regionCode: String
    /// Always ends with `/`, so page URLs are `baseURL + path`.
    public var baseURL: String
    public var office: String
    public var policy: Policy
    /// Records per list page.
    public var pageSize: Int
    /// Where citizens raise an objection or apply for credit repair.
    public var contact: Contact
    /// The office's own published phone numbers (`public_numbers`): shown unmasked, allowed by the audit.
    public var publicNumbers = PublicNumbers()
    /// What one content file may cost (site.yaml `limits`).
    public var limits = ContentLimits()
    /// `authorities`: authority name → 统一社会信用代码, for the codes a 2016-template export lacks.
    public var authorities: [String: String] = [:]
    /// `columns`: per record kind, a local platform's own header → the field code it holds.
    public var columns: [DataFolder: [String: String]] = [:]
    /// Days off and make-up working days beyond the built-in official calendars (the timeliness report).
    public var holidays: [Holiday] = []

    /// One day of site.yaml `holidays`: `{date: 2027-01-01, off: true}`; `off: false` is a make-up working day.
    public struct Holiday: Sendable, Equatable {
        public var day: CivilDate
        public var off: Bool
        public init(day: CivilDate, off: Bool) {
            self.day = day
            self.off = off
        }
    }

    /// How the office applies the national rules locally.
    public struct Policy: Sendable, Equatable {
        public enum PersonName: String, Sendable { case mask, full }
        public var personName: PersonName = .mask
        /// Digits kept at the head and the tail of a masked ID number.
        public var idNumberKeep: (head: Int, tail: Int) = (4, 4)
        /// Fines strictly below these (minor_fine_yuan, held in 分) make a penalty 轻微; 个体工商户 count as persons.
        public var minorFineFenPerson: Int64 = 500_000
        public var minorFineFenOrganisation: Int64 = 5_000_000
        public var licensingMaxYears: Int? = nil
        public var listMaxYears: Int? = 3
        /// Numeric 当前状态 codes → 有效 / 无效 / …
        public var statusCodes: [String: String] = [:]
        public var noindexPersons: Bool = true

        public init() {}

        public static func == (a: Policy, b: Policy) -> Bool {
            a.personName == b.personName && a.idNumberKeep == b.idNumberKeep
                && a.minorFineFenPerson == b.minorFineFenPerson
                && a.minorFineFenOrganisation == b.minorFineFenOrganisation
                && a.licensingMaxYears == b.licensingMaxYears && a.listMaxYears == b.listMaxYears
                && a.statusCodes == b.statusCodes && a.noindexPersons == b.noindexPersons
        }
    }

    /// Contacts shown on the objection and repair page; all optional.
    public struct Contact: Sendable, Equatable {
        public var department: String = ""
        public var phone: String = ""
        public var address: String = ""
        public var email: String = ""
        public var hours: String = ""
        public init() {}
    }

    public init(name: String, regionCode: String, baseURL: String, office: String,
                policy: Policy = Policy(), pageSize: Int = 50, contact: Contact = Contact()) {
        self.name = name
        self.regionCode = regionCode
        self.baseURL = SiteConfig.normalisedBaseURL(baseURL)
        self.office = office
        self.policy = policy
        self.pageSize = pageSize
        self.contact = contact
    }

    /// Adds the trailing slash that page URLs are joined onto.
    public static func normalisedBaseURL(_ url: String) -> String {
        url.hasSuffix("/") ? url : url + "/"
    }
}
