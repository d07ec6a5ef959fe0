/// A subject of the example city (all fictional): an organisation, an 个体工商户 or a natural person,
/// with the identifiers a record about them carries. Every 统一社会信用代码 (with its embedded GB 11714
/// organisation code) and every 公民身份号码 is checksum-valid.
struct ExampleSubject: Sendable {
    enum Kind: Sendable { case organisation, individualBusiness, person }

    let kind: Kind
    let name: String
    /// 统一社会信用代码, or the placeholder an 个体工商户 without one is exported with.
    let code: String?
    /// 公民身份号码 of a natural person.
    let idNumber: String?
    /// 法定代表人 (for an 个体工商户 its operator) and their 公民身份号码, which must never reach Output/.
    let representative: (name: String, idNumber: String)?
    /// A registration before 2015 also carries the old numbers: 工商注册号 and 组织机构代码 (and the
    /// 税务登记号 made from the credit code).
    var registration: String?
    var organisationCode: String?
    /// 事业单位证书号, 社会组织登记证号.
    var institutionCertificate: String?
    var socialOrganisationCertificate: String?

    /// What an 个体工商户 without a credit code is exported with (SPEC section 2).
    static let placeholderCode = "00000000000000000X"

    static func organisation(_ name: String, _ code: String, representative: String, _ representativeID: String,
                             registration: String? = nil, organisationCode: String? = nil, institutionCertificate: String? = nil,
                             socialOrganisationCertificate: String? = nil) -> ExampleSubject {
        ExampleSubject(kind: .organisation, name: name, code: code, idNumber: nil, representative: (representative, representativeID),
                       registration: registration, organisationCode: organisationCode,
                       institutionCertificate: institutionCertificate, socialOrganisationCertificate: socialOrganisationCertificate)
    }

    static func business(_ name: String, _ code: String, operator: String, _ operatorID: String) -> ExampleSubject {
        ExampleSubject(kind: .individualBusiness, name: name, code: code, idNumber: nil, representative: (`operator`, operatorID))
    }

    static func person(_ name: String, _ idNumber: String) -> ExampleSubject {
        ExampleSubject(kind: .person, name: name, code: nil, idNumber: idNumber, representative: nil)
    }

    /// 行政相对人类别 / 主体类别.
    var category: SubjectCategory {
        switch kind {
        case .organisation: .organisation
        case .individualBusiness: .individualBusiness
        case .person: .person
        }
    }

    /// The subject's fields of a record with field prefix `CF`, `XK` or `MD`; list entries carry the
    /// 法定代表人 but not their ID (`representativeID` false).
    func fields(prefix p: String, representativeID: Bool) -> [String: ExampleValue] {
        var f: [String: ExampleValue] = [p + "_XDR_MC": .text(name), p + "_XDR_LB": .text(category.rawValue)]
        if let idNumber {
            f[p + "_XDR_ZJLX"] = "身份证"
            f[p + "_XDR_ZJHM"] = .text(idNumber)
        }
        if let code { f[p + "_XDR_SHXYM"] = .text(code) }
        if let representative {
            f[p + "_FRDB"] = .text(representative.name)
            if representativeID {
                f[p + "_FR_ZJLX"] = "身份证"
                f[p + "_FR_ZJHM"] = .text(representative.idNumber)
            }
        }
        guard representativeID else { return f }
        f[p + "_XDR_GSZC"] = registration.map(ExampleValue.text)
        f[p + "_XDR_ZZJG"] = organisationCode.map(ExampleValue.text)
        if organisationCode != nil, let code { f[p + "_XDR_SWDJ"] = .text(String(code.dropFirst(2).prefix(15))) }
        f[p + "_XDR_SYDW"] = institutionCertificate.map(ExampleValue.text)
        f[p + "_XDR_SHZZ"] = socialOrganisationCertificate.map(ExampleValue.text)
        return f
    }
}

