import Foundation

/// The code lists of the 2016 template and how each becomes a V2.0 value.
public enum LegacyCodes {
    /// A cell that no code list of the template accepts.
    public struct Invalid: Error, Equatable {
        public var message: String
    }

    /// 处罚类别 codes of the 2016 template. Code 4 covered both 暂扣 and 吊销 of licences and business
    /// licences; V2.0 has no such joint category and the SPEC maps it to 吊销许可证件.
    public static let penaltyCategoryCodes: [(code: String, text: String, categories: [String])] = [
        ("0", "警告", ["警告"]),
        ("1", "罚款", ["罚款"]),
        ("2", "没收违法所得、没收非法财物", ["没收违法所得", "没收非法财物"]),
        ("3", "责令停产停业", ["责令停产停业"]),
        ("4", "暂扣或者吊销许可证、暂扣或者吊销执照", ["吊销许可证件"]),
        ("5", "行政拘留", ["行政拘留"]),
        ("6", "其他", ["其他"]),
    ]

    /// The 2016 wording of categories whose V2.0 name differs.
    static let penaltyCategoryWords: [String: String] = [
        "暂扣或者吊销许可证": "吊销许可证件", "暂扣或者吊销执照": "吊销许可证件",
        "暂扣或吊销许可证": "吊销许可证件", "暂扣或吊销执照": "吊销许可证件",
        "吊销许可证": "吊销许可证件", "吊销执照": "吊销许可证件", "暂扣许可证": "暂扣许可证件",
    ]

    /// 处罚类别1 or 处罚类别2: codes 0–6 or category words, several separated by ；;、,
    public static func penaltyCategories(_ cell: String) -> Result<[String], Invalid> {
        var out: [String] = []
        for part in PenaltyCategories.split(cell) {
            if part.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) {
                guard let entry = penaltyCategoryCodes.first(where: { $0.code == part }) else {
                    return .failure(Invalid(message: "'\(part)' is not a 处罚类别 code of the 2016 template; expected "
                        + penaltyCategoryCodes.map { "\($0.code) \($0.text)" }.joined(separator: ", ")))
                }
                out += entry.categories
            } else if let word = penaltyCategoryWords[part] {
                out.append(word)
            } else if FieldCatalog.penaltyCategoryValues.contains(part) {
                out.append(part)
            } else {
                return .failure(Invalid(message: "'\(part)' is not a 处罚类别; expected a code 0–6 or one of "
                    + FieldCatalog.penaltyCategoryValues.joined(separator: ", ")))
            }
        }
        return .success(out)
    }

    /// 当前状态: 0 正常, 1 撤销, 2 异议, 3 其他. 其他 is not a state a record may be shown in, so it
    /// becomes 无效; the words themselves are accepted too.
    public static func status(_ cell: String) -> Result<String, Invalid> {
        switch cell {
        case "0", "正常": .success("正常")
        case "1", "撤销": .success("撤销")
        case "2", "异议": .success("异议")
        case "3", "其他": .success("无效")
        case "有效", "无效": .success(cell)
        default:
            .failure(Invalid(message: "'\(cell)' is not a 当前状态 of the 2016 template; expected 0 正常, 1 撤销, 2 异议 or 3 其他"))
        }
    }

    /// 审批类别 → 许可类别: the five words of both templates (also written with 许可 after them, e.g.
    /// 普通许可); anything else is 其他.
    public static func approvalCategory(_ cell: String) -> String {
        let word = cell.hasSuffix("许可") && cell.count > 2 ? String(cell.dropLast(2)) : cell
        return ["普通", "特许", "认可", "核准", "登记"].contains(word) ? word : "其他"
    }

    /// 数据更新时间戳 as `YYYY-MM-DD HH:MM:SS` where it is a compact `yyyyMMddHHmmss[SSS]` or a Unix time in
    /// seconds or milliseconds (read in Asia/Shanghai); other forms (`2016-08-01 10:20:30`, `2016/8/1`)
    /// are already what the date fields accept and are kept as they are.
    public static func timestamp(_ cell: String) -> String {
        let bytes = Array(cell.utf8)
        guard bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return cell }
        func number(_ range: Range<Int>) -> Int {
            bytes[range].reduce(0) { $0 * 10 + Int($1 - UInt8(ascii: "0")) }
        }
        switch bytes.count {
        case 14, 17:
            guard let day = CivilDate(year: number(0..<4), month: number(4..<6), day: number(6..<8)),
                  number(8..<10) < 24, number(10..<12) < 60, number(12..<14) < 60 else { return cell }
            return day.iso + " " + clock(number(8..<10) * 3600 + number(10..<12) * 60 + number(12..<14))
        case 10, 13:
            // Seconds or milliseconds since 1970-01-01 UTC, shown in Beijing time (UTC+8, no daylight saving).
            let seconds = (bytes.count == 13 ? number(0..<13) / 1000 : number(0..<10)) + 8 * 3600
            let day = CivilDate(dayNumber: seconds / 86_400)
            return day.iso + " " + clock(seconds % 86_400)
        default:
            return cell
        }
    }

    private static func clock(_ seconds: Int) -> String {
        func two(_ v: Int) -> String { v < 10 ? "0\(v)" : "\(v)" }
        return "\(two(seconds / 3600)):\(two(seconds / 60 % 60)):\(two(seconds % 60))"
    }
}
