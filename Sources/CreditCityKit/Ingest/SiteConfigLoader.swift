import Foundation
import Yams

/// Reads and checks `site.yaml`. Any problem here is fatal: without a valid site there is no build.
public enum SiteConfigLoader {
    public static func load(path: String, displayPath: String) throws -> SiteConfig {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BuildError.siteConfig(displayPath, line: nil, key: "site.yaml", "cannot read the file (does Content/site.yaml exist?)")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw BuildError.siteConfig(displayPath, line: nil, key: "site.yaml", "is not UTF-8 text")
        }
        return try parse(text, displayPath: displayPath)
    }

    public static func parse(_ text: String, displayPath: String) throws -> SiteConfig {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw BuildError.siteConfig(displayPath, line: 1, key: "site.yaml", "is empty; it needs at least name, region_code and base_url")
            }
            root = node
        } catch let failure as BuildError {
            throw failure
        } catch {
            throw BuildError.siteConfig(displayPath, line: nil, key: "site.yaml", "is not valid YAML: \(error)")
        }
        guard root.mapping != nil else {
            throw BuildError.siteConfig(displayPath, line: root.mark?.line, key: "site.yaml", "must be a mapping of keys to values")
        }
        let reader = Reader(file: displayPath, root: root)

        let name = try reader.requiredString("name")
        let regionCode = try reader.requiredString("region_code")
        guard regionCode.count == 6, regionCode.allSatisfy(\.isASCII), regionCode.allSatisfy(\.isNumber) else {
            throw reader.failure("region_code", "must be a 6-digit administrative division code in quotes, e.g. \"420500\"; found \(regionCode)")
        }
        let baseURL = try reader.requiredString("base_url")
        if let problem = SiteConfig.baseURLProblem(baseURL) { throw reader.failure("base_url", problem) }
        let office = try reader.optionalString("office") ?? name
        var config = SiteConfig(name: name, regionCode: regionCode, baseURL: baseURL, office: office)
        if let size = try reader.optionalInt("page_size") {
            guard (1...1000).contains(size) else { throw reader.failure("page_size", "must be between 1 and 1000; found \(size)") }
            config.pageSize = size
        }
        if let contact = root["contact"] {
            let c = Reader(file: displayPath, root: contact, prefix: "contact.")
            config.contact.department = try c.optionalString("department") ?? ""
            config.contact.phone = try c.optionalString("phone") ?? ""
            config.contact.address = try c.optionalString("address") ?? ""
            config.contact.email = try c.optionalString("email") ?? ""
            config.contact.hours = try c.optionalString("hours") ?? ""
        }
        if let numbers = root["public_numbers"], numbers.null == nil {
            config.publicNumbers = try parsePublicNumbers(numbers, reader)
        }
        if let days = root["holidays"], days.null == nil {
            config.holidays = try parseHolidays(days, reader: reader)
        }
        if let policyNode = root["policy"], policyNode.null == nil {
            config.policy = try parsePolicy(Reader(file: displayPath, root: policyNode, prefix: "policy."))
        }
        config.authorities = try parseAuthorities(reader)
        config.columns = try parseColumns(reader)
        if let limitsNode = root["limits"], limitsNode.null == nil {
            config.limits = try parseLimits(Reader(file: displayPath, root: limitsNode, prefix: "limits."))
        }
        return config
    }

    /// `public_numbers: ["0717-6220000", "13807170000"]`: the office's own numbers, never an ID number.
    static func parsePublicNumbers(_ node: Node, _ r: Reader) throws -> PublicNumbers {
        guard let list = node.sequence, list.allSatisfy({ $0.scalar != nil }) else {
            throw r.failure("public_numbers", "must be a list of phone numbers in quotes, e.g. [\"0717-6220000\"]")
        }
        do {
            return try PublicNumbers(officeNumbers: list.compactMap(\.string))
        } catch let rejection as PublicNumbers.Rejection {
            throw r.failure("public_numbers", rejection.description)
        }
    }

    /// `holidays: [{date: 2027-01-01, off: true}, {date: 2027-02-07, off: false}]`; `off` defaults to true.
    static func parseHolidays(_ node: Node, reader: Reader) throws -> [SiteConfig.Holiday] {
        guard let items = node.sequence else {
            throw reader.failure("holidays", "must be a list like [{date: 2027-01-01, off: true}]")
        }
        return try items.map { item in
            let line = item.mark?.line ?? node.mark?.line
            func failure(_ reason: String) -> BuildError { BuildError.siteConfig(reader.file, line: line, key: "holidays", reason) }
            guard item.mapping != nil, let text = item["date"]?.string else {
                throw failure("each entry needs a date, e.g. {date: 2027-01-01, off: true}")
            }
            guard case .success(.day(let day)) = DateParsing.parse(text) else { throw failure("'\(text)' is not a day") }
            var off = true
            if let flag = item["off"], flag.null == nil {
                guard let b = flag.bool else { throw failure("off must be true (a day off) or false (a make-up working day)") }
                off = b
            }
            return SiteConfig.Holiday(day: day, off: off)
        }
    }

    /// `authorities`: name → 统一社会信用代码, each code checked here so a typo fails at once, on its line.
    static func parseAuthorities(_ r: Reader) throws -> [String: String] {
        guard let node = r.node("authorities"), node.null == nil else { return [:] }
        guard let mapping = node.mapping else {
            throw r.failure("authorities", "must be a mapping of authority name to 统一社会信用代码, e.g. {示例市市场监督管理局: 11420500MB1234567X}")
        }
        var out: [String: String] = [:]
        for (k, v) in mapping {
            guard let name = k.string?.trimmingWhitespace(), !name.isEmpty else {
                throw BuildError.siteConfig(r.file, line: k.mark?.line, key: "authorities", "an authority name must be text")
            }
            let key = "authorities.\(name)"
            guard v.scalar != nil, let code = v.string?.trimmingWhitespace() else {
                throw BuildError.siteConfig(r.file, line: v.mark?.line ?? k.mark?.line, key: key, "must be the authority's 统一社会信用代码")
            }
            switch CreditCode.check(code) {
            case .valid(let normalised): out[name] = normalised
            case .placeholder:
                throw BuildError.siteConfig(r.file, line: v.mark?.line, key: key, "00000000000000000X is a placeholder, not an authority's 统一社会信用代码")
            case .invalid(let reason):
                throw BuildError.siteConfig(r.file, line: v.mark?.line, key: key, "\(code) is not a valid 统一社会信用代码: \(reason)")
            }
        }
        return out
    }

    /// `columns`: per dataset (folder name), a local header → field code of that dataset (a 2016 code
    /// for penalties and licensing too); an unknown dataset or code fails here, on its line.
    static func parseColumns(_ r: Reader) throws -> [DataFolder: [String: String]] {
        guard let node = r.node("columns"), node.null == nil else { return [:] }
        let datasets = DataFolder.allCases.map(\.name).joined(separator: ", ")
        guard let mapping = node.mapping else {
            throw r.failure("columns", "must map a dataset (\(datasets)) to its aliases, e.g. {penalties: {处罚相对人: CF_XDR_MC}}")
        }
        var out: [DataFolder: [String: String]] = [:]
        for (k, v) in mapping {
            let dataset = k.string ?? ""
            guard let folder = DataFolder(rawValue: dataset) else {
                throw BuildError.siteConfig(r.file, line: k.mark?.line, key: "columns", "'\(dataset)' is not a dataset; expected one of \(datasets)")
            }
            guard let aliases = v.mapping else {
                throw BuildError.siteConfig(r.file, line: v.mark?.line ?? k.mark?.line, key: "columns.\(dataset)", "must be a mapping of a local header to a field code, e.g. {处罚相对人: CF_XDR_MC}")
            }
            var map: [String: String] = [:]
            for (header, target) in aliases {
                let local = header.string?.trimmingWhitespace() ?? ""
                let code = (target.string ?? "").trimmingWhitespace().uppercased()
                let key = "columns.\(dataset).\(local)"
                guard !local.isEmpty else {
                    throw BuildError.siteConfig(r.file, line: header.mark?.line, key: "columns.\(dataset)", "a header must be text")
                }
                guard folder.catalog.index(ofCode: code) != nil || LegacyTemplate.of(folder)?.index(ofCode: code) != nil else {
                    throw BuildError.siteConfig(r.file, line: target.mark?.line ?? header.mark?.line, key: key, "'\(target.string ?? "")' is not a field code of \(dataset); "
                                      + "use a code of SPEC section 2, e.g. \(folder.catalog.fields[0].code)")
                }
                map[local] = code
            }
            out[folder] = map
        }
        return out
    }

    static func parsePolicy(_ r: Reader) throws -> SiteConfig.Policy {
        var p = SiteConfig.Policy()
        if let mode = try r.optionalString("person_name") {
            guard let m = SiteConfig.Policy.PersonName(rawValue: mode) else {
                throw r.failure("person_name", "must be mask or full; found \(mode)")
            }
            p.personName = m
        }
        if let keep = r.node("id_number_keep") {
            let parts = keep.array().compactMap(\.int)
            guard keep.sequence != nil, parts.count == 2, parts.allSatisfy({ $0 >= 0 }), parts[0] + parts[1] <= 10 else {
                throw r.failure("id_number_keep", "must be two numbers [head, tail] keeping at most 10 of 18 digits, e.g. [4, 4]")
            }
            p.idNumberKeep = (parts[0], parts[1])
        }
        if let fines = r.node("minor_fine_yuan") {
            let f = Reader(file: r.file, root: fines, prefix: r.prefix + "minor_fine_yuan.")
            if let v = try f.optionalYuan("person") { p.minorFineFenPerson = v }
            if let v = try f.optionalYuan("organisation") { p.minorFineFenOrganisation = v }
        }
        p.licensingMaxYears = try r.optionalYears("licensing_max_years", default: nil)
        p.listMaxYears = try r.optionalYears("list_max_years", default: 3)
        if let codes = r.node("status_codes"), codes.null == nil {
            guard let mapping = codes.mapping else {
                throw r.failure("status_codes", "must be a mapping like {\"1\": 有效, \"2\": 无效}")
            }
            for (k, v) in mapping {
                guard let key = k.string, let value = v.string,
                      ["有效", "正常", "无效", "撤销", "异议"].contains(value) else {
                    throw BuildError.siteConfig(r.file, line: v.mark?.line, key: r.prefix + "status_codes", "each code must map to 有效, 正常, 无效, 撤销 or 异议")
                }
                p.statusCodes[key] = value
            }
        }
        if let v = r.node("noindex_persons") {
            guard let b = v.bool else { throw r.failure("noindex_persons", "must be true or false") }
            p.noindexPersons = b
        }
        return p
    }

    /// Typed access to one mapping, with failures that name the key and its line.
    struct Reader {
        let file: String
        let root: Node
        var prefix = ""

        func node(_ key: String) -> Node? { root[key] }

        func failure(_ key: String, _ reason: String) -> BuildError {
            BuildError.siteConfig(file, line: (root[key]?.mark ?? root.mark).map(\.line), key: prefix + key, reason)
        }

        func requiredString(_ key: String) throws -> String {
            guard let s = try optionalString(key), !s.isEmpty else { throw failure(key, "is required") }
            return s
        }

        func optionalString(_ key: String) throws -> String? {
            guard let n = root[key], n.null == nil else { return nil }
            guard n.scalar != nil, let s = n.string else { throw failure(key, "must be a single value") }
            return s.trimmingWhitespace()
        }

        func optionalInt(_ key: String) throws -> Int? {
            guard let n = root[key], n.null == nil else { return nil }
            guard let i = n.int else { throw failure(key, "must be a whole number") }
            return i
        }

        /// An amount of 元 (a plain decimal, 0 or more), in 分.
        func optionalYuan(_ key: String) throws -> Int64? {
            guard let n = root[key], n.null == nil else { return nil }
            guard n.scalar != nil, let text = n.string, text.utf8.allSatisfy({ $0 == UInt8(ascii: ".") || ($0 >= 48 && $0 <= 57) }),
                  case .success(let fen) = AmountParsing.fen(yuan: text) else {
                throw failure(key, "must be a number of 元, 0 or more")
            }
            return fen
        }

        /// A number of years, or null meaning "no cap"; absent means the default.
        func optionalYears(_ key: String, default value: Int?) throws -> Int? {
            guard let n = root[key] else { return value }
            if n.null != nil { return nil }
            guard let i = n.int, (1...100).contains(i) else { throw failure(key, "must be a number of years (1–100) or null") }
            return i
        }
    }
}
