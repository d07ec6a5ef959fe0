/// The records of the example city are written with these: a record names its subject, the kind of
/// violation, licence or list from the city's registers, and gives only what is its own (document
/// number, days, amounts, texts); the registers fill in names, codes and standard wording.
extension ExampleRow {
    /// A 行政处罚 of the V2.0 template. `until` is 公示截止期; `source` a 数据来源单位 other than the
    /// deciding authority; `fields` any further value by field code (it wins over the others).
    static func penalty(
        _ subject: ExampleSubject, _ violation: ExampleViolation, _ number: String, decided: String,
        fine: String? = nil, confiscated: String? = nil, facts: String, content: String,
        severity: String? = nil, status: String? = nil, scope: String? = nil, until: ExampleValue? = nil,
        remark: String? = nil, uploaded: ExampleValue? = nil, source: ExampleAuthority? = nil,
        fields: [String: ExampleValue] = [:], note: String = ""
    ) -> ExampleRow {
        let from = source ?? violation.authority
        var f = subject.fields(prefix: "CF", representativeID: true)
        f.merge([
            "CF_WSH": .text(number), "CF_WFXW": .text(violation.type), "CF_SY": .text(facts), "CF_YJ": .text(violation.basis),
            "CF_CFLB": .text(violation.categories), "CF_NR": .text(content), "CF_JDRQ": .day(decided),
            "CF_CFJG": .text(violation.authority.name), "CF_CFJGDM": .text(violation.authority.code),
            "CF_SJLY": .text(from.name), "CF_SJLYDM": .text(from.code),
        ]) { $1 }
        f["CF_NR_FK"] = fine.map(ExampleValue.text)
        f["CF_NR_WFFF"] = confiscated.map(ExampleValue.text)
        f["CF_SXYZCD"] = severity.map(ExampleValue.text)
        f["CF_ZT"] = status.map(ExampleValue.text)
        f["SYFW"] = scope.map(ExampleValue.text)
        f["CF_GSJZQ"] = until
        f["BZ"] = remark.map(ExampleValue.text)
        f["SJC"] = uploaded
        f.merge(fields) { $1 }
        return ExampleRow(fields: f, subject: subject, note: note)
    }

    /// A 行政处罚 as a platform of 2016 exported it (V1.0): 处罚类别 and 当前状态 as codes, no 类别, no
    /// amounts, no authority code and no 数据来源单位 (the build fills those in from site.yaml).
    /// Keyed by the 2016 template's column codes (`LegacyTemplate.penalties`).
    static func legacyPenalty(
        _ subject: ExampleSubject, _ violation: ExampleViolation, _ number: String, decided: String,
        categories: [String], status: String = "0", uploaded: String = "", facts: String, content: String, note: String
    ) -> ExampleRow {
        // The subject as a V2.0 record names it; the 2016 template has no column for the representative's ID.
        let v2 = subject.fields(prefix: "CF", representativeID: true)
        let code = v2["CF_XDR_SHXYM"].flatMap { $0 == .text(ExampleSubject.placeholderCode) ? nil : $0 }
        var region = ExampleCity.regionCode
        if case .text(let c) = code { region = String(c.dropFirst(2).prefix(6)) }
        let f: [String: ExampleValue?] = [
            "CF_WSH": .text(number), "CF_CFMC": .text(violation.type),
            "CF_CFLB1": .text(categories.first ?? ""), "CF_CFLB2": .text(categories.dropFirst().first ?? ""),
            "CF_SY": .text(facts), "CF_YJ": .text(violation.basis), "CF_XDR_MC": v2["CF_XDR_MC"], "CF_XDR_SHXYM": code,
            "CF_XDR_ZDM": v2["CF_XDR_ZZJG"], "CF_XDR_GSDJ": v2["CF_XDR_GSZC"], "CF_XDR_SWDJ": v2["CF_XDR_SWDJ"],
            "CF_XDR_SFZ": v2["CF_XDR_ZJHM"], "CF_FR": v2["CF_FRDB"], "CF_JG": .text(content), "CF_JDRQ": .day(decided),
            "CF_XZJG": .text(violation.authority.name), "CF_ZT": .text(status), "DFBM": .text(region), "SJC": .text(uploaded),
        ]
        return ExampleRow(fields: f.compactMapValues { $0 }, subject: subject, note: note)
    }

    /// A 行政许可. `until` is 有效期至 (a day, 长期 or empty); `validFrom` 有效期自 when it is not the decision day.
    static func licence(
        _ subject: ExampleSubject, _ type: ExampleLicenceType, _ number: String, decided: String, validFrom: String? = nil,
        until: ExampleValue, licenceNumber: String, status: String = "有效", scope: String? = nil, remark: String? = nil,
        uploaded: ExampleValue? = nil, fields: [String: ExampleValue] = [:], note: String = ""
    ) -> ExampleRow {
        var f = subject.fields(prefix: "XK", representativeID: true)
        f.merge([
            "XK_XKWS": .text(type.document), "XK_WSH": .text(number), "XK_XKLB": .text(type.category),
            "XK_XKBH": .text(licenceNumber), "XK_NR": .text(type.content), "XK_JDRQ": .day(decided),
            "XK_YXQZ": .day(validFrom ?? decided), "XK_YXQZI": until,
            "XK_XKJG": .text(type.authority.name), "XK_XKJGDM": .text(type.authority.code), "XK_ZT": .text(status),
            "XK_LYDW": .text(type.authority.name), "XK_LYDWDM": .text(type.authority.code),
        ]) { $1 }
        f["XK_XKZS"] = type.certificate.isEmpty ? nil : .text(type.certificate)
        f["SYFW"] = scope.map(ExampleValue.text)
        f["BZ"] = remark.map(ExampleValue.text)
        f["SJC"] = uploaded
        f.merge(fields) { $1 }
        return ExampleRow(fields: f, subject: subject, note: note)
    }

    /// A listing decision (认定) of a red or black list and the entries it makes, one row a subject: one
    /// 认定文号 often names several. `until` is 有效期至, `removed` 移出日期.
    static func listed(
        _ list: ExampleListName, by authority: String, _ number: String, decided: String, until: ExampleValue? = nil,
        removed: String? = nil, _ entries: [ExampleListEntry]
    ) -> [ExampleRow] {
        entries.map { entry in
            var f = entry.subject.fields(prefix: "MD", representativeID: false)
            f.merge([
                "MD_LB": .text(list.colour.rawValue), "MD_MC": .text(list.name), "MD_RDBM": .text(authority),
                "MD_RDWH": .text(number), "MD_RDYJ": .text(list.basis), "MD_RDSY": .text(list.reason), "MD_RDRQ": .day(decided),
            ]) { $1 }
            f["MD_YXQZ"] = until
            f["MD_YCRQ"] = removed.map(ExampleValue.day)
            f["MD_SHZT"] = entry.review.map(ExampleValue.text)
            return ExampleRow(fields: f, subject: entry.subject, note: entry.note)
        }
    }

    /// A later event (信用修复, 异议, 异议办结, 撤销) on the record of `recordType` with document `number`;
    /// `authority` (SJ_JG) and `subject` (SJ_XDR) name it where the number alone is not unique.
    static func event(
        _ recordType: String, _ number: String, _ type: String, on day: String, authority: String? = nil,
        subject: String? = nil, explanation: String
    ) -> ExampleRow {
        var f: [String: ExampleValue] = [
            "SJ_JLLX": .text(recordType), "SJ_WSH": .text(number), "SJ_LX": .text(type), "SJ_RQ": .day(day), "SJ_SM": .text(explanation),
        ]
        f["SJ_JG"] = authority.map(ExampleValue.text)
        f["SJ_XDR"] = subject.map(ExampleValue.text)
        return ExampleRow(fields: f, subject: nil, note: "")
    }
}
