import CreditCityTestSupport
import Foundation
@testable import CreditCityKit

/// A valid personal number written in one of the surface forms people type: digit widths, groupings,
/// separator runs, invisible characters, country codes, neighbours, and (for Markdown) emphasis,
/// comments, code, links and line breaks. Made from one seed, so a failing case can be rebuilt.
struct PlantedNumber: CustomStringConvertible {
    /// The number as the oracle looks for it: ASCII digits, X for a check character.
    var number: String
    /// How it is written into the field, neighbours included.
    var text: String
    var seed: UInt64
    /// Whether the form may use Markdown (a notice body).
    var isMarkdown: Bool

    var description: String { "seed \(seed): \(number) as \(text.debugDescription)" }

    /// The generator plants are made with (SplitMix64, seeded per case).
    typealias Random = SeededGenerator

    static let mobileGroupings: [[Int]] = [[11], [3, 4, 4], [4, 4, 3], [3, 8], [1, 10], [7, 4], [4, 7], Array(repeating: 1, count: 11)]
    static let id18Groupings: [[Int]] = [[18], [6, 8, 4], [6, 4, 4, 4], [6, 12], [6, 4, 2, 2, 4], [4, 4, 4, 4, 2], [3, 3, 4, 4, 4],
                                         [6, 6, 6], Array(repeating: 1, count: 18)]
    static let id15Groupings: [[Int]] = [[15], [6, 6, 3], [6, 9], Array(repeating: 1, count: 15)]
    /// Separators between groups (a run is one to three of them).
    static let separators = [" ", "  ", "\u{00A0}", "\u{3000}", "\u{2009}", "\u{202F}", ".", "-", "—", "–", "_", "/", "(", ")",
                             "（", "）", "．", "－", "／", "－", " - ", "\t"]
    static let invisible = ["\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{00AD}"]
    static let countryCodes = ["+86 ", "+86", "86-", "(+86)", "0086 ", "＋８６ ", "+86-", "86 "]
    static let before = ["", "手机", "电话：", "Tel", "Tel:", "ID", "证件号码", "当事人王小明（", "ABC", "abcdef", "，", " ", "\u{3000}",
                         "2026年", "第3条", "联系方式为", "Ｔｅｌ", "（", "a@b.cn "]
    static let after = ["", "Email:a@b.cn", "Email", "ABCDEF", "abc", "，", "。", "）", " ", "号", "于2026年", "Tel", "XYZ", "Ｘ"]

    /// A planted number from `seed`; `markdown` lets the form use Markdown (notice bodies only).
    init(seed: UInt64, markdown: Bool = false) {
        var r = Random(seed: seed)
        self.seed = seed
        self.isMarkdown = markdown
        let kind = r.int(0...9)
        var digits: [String]
        var groupings: [[Int]]
        var prefix = ""
        var isOld = false
        if kind < 5 {
            digits = ["1", String(r.int(3...9))] + (0..<9).map { _ in String(r.int(0...9)) }
            groupings = Self.mobileGroupings
            if r.chance(25) { prefix = r.pick(Self.countryCodes) }
        } else if kind < 9 {
            let birth = CivilDate(dayNumber: Int(TestSupport.day("1930-01-01").dayNumber) + r.int(0...28_000))
            let id = TestSupport.idNumber(region: String(r.int(110_000...659_999)), birth: birth, sequence: String(format: "%03d", r.int(0...999)))
            digits = id.map(String.init)
            if digits[17] == "X" { digits[17] = r.pick(["X", "x", "Ｘ"]) }
            groupings = Self.id18Groupings
        } else {
            let birth = CivilDate(dayNumber: Int(TestSupport.day("1930-01-01").dayNumber) + r.int(0...25_000))
            let ymd = birth.iso.replacingOccurrences(of: "-", with: "").dropFirst(2)
            // A mainland province code: without a check digit, that and the birth day are all there is.
            let province = r.pick([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
                                   50, 51, 52, 53, 54, 61, 62, 63, 64, 65])
            digits = (String(province) + String(format: "%04d", r.int(0...9999)) + ymd + String(format: "%03d", r.int(0...999))).map(String.init)
            groupings = Self.id15Groupings
            isOld = true
        }
        number = digits.joined().uppercased().replacingOccurrences(of: "Ｘ", with: "X")

        // Digit widths: ASCII, full-width, mixed, or another form NFKC reads as digits.
        let width = r.int(0...9)
        func written(_ d: String) -> String {
            guard let v = Int(d) else { return d }
            switch width {
            case 0...5: return d
            case 6, 7: return String(UnicodeScalar(0xFF10 + v) ?? "?")
            case 8: return r.chance(50) ? d : String(UnicodeScalar(0xFF10 + v) ?? "?")
            default: return String(UnicodeScalar(r.pick([0x1D7CE, 0x1D7D8, 0x1D7F6]) + v) ?? "?")
            }
        }
        var grouping = r.pick(groupings)
        let twoGroups = grouping.count == 2
        if twoGroups, r.chance(10) { grouping = [grouping.reduce(0, +)] }
        var out = ""
        var at = 0
        for (g, size) in grouping.enumerated() {
            if g > 0 {
                var run = (0..<r.int(1...2)).map { _ in r.pick(Self.separators) }.joined()
                // A lone dot between two groups reads as a decimal point, by design not a number.
                if twoGroups, run == "." || run == "．" { run = " " }
                out += run
            }
            for k in 0..<size {
                if k > 0, r.chance(4) { out += r.pick(Self.invisible) }
                out += written(digits[at])
                at += 1
            }
        }
        if r.chance(15) {
            // An invisible character anywhere between two digit characters or before a separator.
            var scalars = Array(out.unicodeScalars)
            scalars.insert(contentsOf: r.pick(Self.invisible).unicodeScalars, at: r.int(1...(scalars.count - 1)))
            out = String(String.UnicodeScalarView(scalars))
        }
        if markdown {
            // Markdown that cmark-gfm does not take as markup (`**` inside a run that `_` already opened)
            // stays literal: the page would show `911**9`, which is no way of writing a number. Such a
            // form is planted unwrapped.
            let wrapped = Self.markdownWrapped(out, &r)
            let shown = PrivacyOracle.visibleText(html: Markdown.html("联系方式" + wrapped))
            if !shown.contains("*"), !shown.contains("~"), !shown.contains("`") { out = wrapped }
        }
        // An old 15-digit number glued to a letter reads as a code (docs/privacy.md): none beside it.
        let isLetter: (Character?) -> Bool = { $0.map { $0.isLetter && !$0.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) } } ?? false }
        let before = isOld ? Self.before.filter { !isLetter($0.last) } : Self.before
        let after = isOld ? Self.after.filter { !isLetter($0.first) } : Self.after
        text = r.pick(before) + prefix + out + r.pick(after)
    }

    /// The number inside Markdown a reader sees as text: emphasis around part of it, a comment or raw
    /// inline HTML inside it, code, a link's text, a soft line break.
    static func markdownWrapped(_ s: String, _ r: inout Random) -> String {
        let scalars = Array(s.unicodeScalars)
        // Cut only between two digit characters (ASCII or not), where no Markdown delimiter rule bites.
        let cuts = (1..<scalars.count).filter { i in
            scalars[i - 1].properties.numericType != nil && scalars[i].properties.numericType != nil
        }
        func cut(_ i: Int, _ insert: String) -> String {
            String(String.UnicodeScalarView(scalars[..<i])) + insert + String(String.UnicodeScalarView(scalars[i...]))
        }
        switch r.int(0...9) {
        case 0 where cuts.count >= 2:
            let a = r.pick(Array(cuts.dropLast())), b = r.pick(cuts.filter { $0 > a })
            return String(String.UnicodeScalarView(scalars[..<a])) + "**" + String(String.UnicodeScalarView(scalars[a..<b])) + "**"
                + String(String.UnicodeScalarView(scalars[b...]))
        case 1 where !cuts.isEmpty: return cut(r.pick(cuts), "<!-- c -->")
        case 2 where !cuts.isEmpty: return cut(r.pick(cuts), "<b>")
        case 3: return "`" + s + "`"
        case 4: return "*" + s + "*"
        case 5: return "[" + s + "](https://example.cn/a)"
        case 6: return "~~" + s + "~~"
        case 7:
            // A soft line break where a single space stands between two digits.
            let spaces = (1..<max(1, scalars.count - 1)).filter { i in
                scalars[i] == " " && scalars[i - 1].properties.numericType != nil && scalars[i + 1].properties.numericType != nil
            }
            // Not where the next line would start a list item ("1. ", "6) ").
            guard let i = spaces.first(where: { i in
                let next = scalars[(i + 1)...].prefix { $0.properties.numericType != nil }
                let after = scalars.dropFirst(i + 1 + next.count).first
                return after != "." && after != ")"
            }) else { return s }
            return String(String.UnicodeScalarView(scalars[..<i])) + "\n" + String(String.UnicodeScalarView(scalars[(i + 1)...]))
        default: return s
        }
    }
}
