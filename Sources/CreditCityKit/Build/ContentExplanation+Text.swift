/// The human form of an explanation, printed by `creditcity check --explain FILE`.
extension ContentExplanation {
    /// Rejected rows shown in full; the rest are counted.
    static let rowsShown = 10

    public var text: String {
        var lines = ["\(file): \(folder.name) (\(Self.title(folder)))"]
        if tables.isEmpty {
            lines.append("  not read")
        }
        for table in tables {
            lines.append(contentsOf: describe(table))
        }
        lines.append(contentsOf: rowSummary())
        return lines.joined(separator: "\n") + "\n"
    }

    private static func title(_ folder: DataFolder) -> String {
        switch folder {
        case .licensing: "行政许可"
        case .penalties: "行政处罚"
        case .lists: "红黑名单"
        case .events: "信用修复、异议、撤销等事件"
        }
    }

    private func describe(_ table: TableReading) -> [String] {
        var lines: [String] = []
        if table.sheet == nil, table.mapping == nil, let rejection = table.rejection {
            return ["  not read: \(rejection)"]
        }
        var how: [String] = []
        switch format {
        case .csv?: how.append("CSV")
        case .json?: how.append("JSON")
        case .xlsx?, nil: break
        }
        if let encoding = table.encoding { how.append(Self.describe(encoding)) }
        let usable = table.mapping?.columns.contains { $0.target != .ignored } ?? false
        if usable, let line = table.headerLine {
            how.append("header on \(table.sheet == nil ? "line" : "row") \(line)")
        }
        if !table.titleRows.isEmpty {
            how.append("title row\(table.titleRows.count == 1 ? "" : "s") \(table.titleRows.map(String.init).joined(separator: ", ")) skipped")
        }
        if usable, let mapping = table.mapping, table.skipped == nil { how.append(mapping.template.title) }
        if how.isEmpty { how.append(table.damage != nil ? "damaged" : table.skipped == nil ? "no header row" : "skipped") }
        lines.append("  \(table.sheet.map { "sheet [\($0)]" } ?? "read as"): " + how.joined(separator: ", "))
        if let skipped = table.skipped {
            lines.append("    skipped: \(skipped)")
            return lines
        }
        if usable, let mapping = table.mapping {
            lines.append("    columns:")
            let width = mapping.columns.map { Self.displayWidth($0.header) }.max() ?? 0
            for (i, column) in mapping.columns.enumerated() where !column.header.isEmpty {
                let number = String(i + 1)
                let pad = String(repeating: " ", count: max(0, 3 - number.count))
                let header = column.header + String(repeating: " ", count: max(0, width - Self.displayWidth(column.header)))
                lines.append("    \(pad)\(number)  \(header)  → \(describe(column, in: mapping))")
            }
            if let legacy = mapping.legacy {
                let filled = legacy.filledIn.map { "\($0) \(folder.catalog.spec($0).name)" }
                lines.append("    filled in: " + filled.joined(separator: ", ")
                    + " (类别 from the code, name and 居民身份证号; codes from site.yaml authorities; 数据来源单位 is the authority)")
            }
        }
        if let rejection = table.rejection { lines.append("    rejected whole (\(table.rowsRejectedWhole) rows): \(rejection)") }
        if let damage = table.damage { lines.append("    damaged, rows after it not read: \(damage)") }
        lines.append("    rows read: \(table.rows)")
        return lines
    }

    /// Columns a header takes on a terminal: Chinese characters and full-width forms take two.
    static func displayWidth(_ text: String) -> Int {
        text.unicodeScalars.reduce(0) { $0 + ($1.value >= 0x1100 && !(0xFF61...0xFFDC).contains($1.value) ? 2 : 1) }
    }

    private func describe(_ column: ColumnMapping.Column, in mapping: ColumnMapping) -> String {
        let catalog = folder.catalog
        switch column.target {
        case .ignored:
            return "ignored: names no field (add a site.yaml columns alias if it holds one)"
        case .field(let f):
            let spec = catalog.fields[f]
            return "\(spec.code) \(spec.name) (by \(column.via?.rawValue ?? "code"))"
        case .legacy(let l):
            guard let legacy = mapping.legacy else { return "?" }
            let field = legacy.fields[l]
            let via = "by \(column.via?.rawValue ?? "2016 code") of \(field.code)"
            func name(_ code: String) -> String { "\(code) \(catalog.spec(code).name)" }
            switch field.conversion {
            case .copy(let code), .timestamp(let code):
                return "\(name(code)) (\(via))"
            case .penaltyCategory:
                return "\(name("CF_CFLB")) (\(via); codes 0–6 become words, 1 and 2 are merged)"
            case .status(let code):
                return "\(name(code)) (\(via); 0 正常, 1 撤销, 2 异议, 3 其他 → not shown)"
            case .residentID(let number, let type):
                return "\(name(number)), with \(type) 身份证 (\(via))"
            case .approvalCategory(let code):
                return "\(name(code)) (\(via); other than 普通/特许/认可/核准/登记 → 其他)"
            case .decisionDate(let codes):
                return codes.map(name).joined(separator: " and ") + " (\(via))"
            case .notCarried:
                return "read, not published: V2.0 has no such field (\(via))"
            }
        }
    }

    private static func describe(_ encoding: TextEncoding) -> String {
        switch encoding {
        case .utf8: "UTF-8"
        case .utf8WithBOM: "UTF-8 with BOM"
        case .gb18030: "GB18030 (GBK)"
        }
    }

    private func rowSummary() -> [String] {
        let wholesale = tables.reduce(0) { $0 + $1.rowsRejectedWhole }
        var lines = ["  rows: \(rowsRead) read, \(rowsAccepted) accepted, \(rowsRejected) rejected"
            + (wholesale > 0 ? "; \(wholesale) more in tables rejected whole" : "")]
        let errors = diagnostics.filter { $0.severity == .error }
        let warnings = diagnostics.filter { $0.severity == .warning }
        if !errors.isEmpty {
            // Rows in order; a row's several problems stay together.
            var order: [String] = []
            var byRow: [String: [Diagnostic]] = [:]
            for d in errors {
                let key = "\(d.file):\(d.line.map(String.init) ?? "")"
                if byRow[key] == nil { order.append(key) }
                byRow[key, default: []].append(d)
            }
            lines.append("  first rejected rows:")
            for key in order.prefix(Self.rowsShown) {
                for d in byRow[key] ?? [] { lines.append("    \(d)") }
            }
            if order.count > Self.rowsShown { lines.append("    … and \(order.count - Self.rowsShown) more rows with errors") }
        }
        if !warnings.isEmpty {
            lines.append("  warnings:")
            for d in warnings.prefix(Self.rowsShown) { lines.append("    \(d)") }
            if warnings.count > Self.rowsShown { lines.append("    … and \(warnings.count - Self.rowsShown) more") }
        }
        return lines
    }
}
