/// The sizes of the digit groups of one candidate number, and whether people write a personal number
/// that way (docs/privacy.md lists them).
///
/// A list of accepted groupings, not "any split": a site is full of digit groups joined by spaces and
/// dashes (dates, page numbers, amounts), and only the ways people write a phone or ID number are
/// read as one. Sizes are kept in one integer, five bits a group, so trying a window allocates nothing.
struct Grouping {
    private(set) var total = 0
    private(set) var groups = 0
    /// The sizes, most recent in the lowest five bits (meaningful up to 6 groups).
    private(set) var code: UInt64 = 0
    private(set) var allSingles = true
    /// A two-group number joined by one dot reads as a decimal: `138.12345678`, `1.3812345678`.
    private(set) var hasSingleDotJoin = false

    mutating func append(_ size: Int, singleDotJoin: Bool) {
        total += size
        groups += 1
        code = code << 5 | UInt64(min(size, 31))
        if size != 1 { allSingles = false }
        if singleDotJoin { hasSingleDotJoin = true }
    }

    /// The same grouping with its last group one longer: the check X of an ID number (one digit at a
    /// time stays so: `4 2 0 … 1X`).
    var withX: Grouping {
        var g = self
        g.total += 1
        g.code += 1
        return g
    }

    static func code(_ sizes: [Int]) -> UInt64 { sizes.reduce(0) { $0 << 5 | UInt64($1) } }

    /// 13812345678, 138 1234 5678, 1381 2345 678, 138-12345678, 1 3812345678, 1381234 5678, 1381 2345678,
    /// and one digit at a time.
    static let mobile: Set<UInt64> = Set([[11], [3, 4, 4], [4, 4, 3]].map(code))
    static let mobileTwoGroups: Set<UInt64> = Set([[3, 8], [1, 10], [7, 4], [4, 7]].map(code))

    /// 18 in a row, 6-8-4 (region, birth day, sequence), 6-4-4-4, 6-12, 6-4-2-2-4, 4-4-4-4-2, 3-3-4-4-4,
    /// 6-6-6, one digit at a time.
    static let id18: Set<UInt64> = Set([[18], [6, 8, 4], [6, 4, 4, 4], [6, 12], [6, 4, 2, 2, 4], [4, 4, 4, 4, 2],
                                        [3, 3, 4, 4, 4], [6, 6, 6]].map(code))
    /// 15 in a row, 6-6-3, 6-9, one digit at a time.
    static let id15: Set<UInt64> = Set([[15], [6, 6, 3], [6, 9]].map(code))

    var isMobileGrouping: Bool {
        if groups <= 6, Self.mobile.contains(code) { return true }
        if groups == 2, Self.mobileTwoGroups.contains(code) { return !hasSingleDotJoin }
        return allSingles && total == 11
    }

    var isIDGrouping18: Bool { (groups <= 6 && Self.id18.contains(code)) || (allSingles && total == 18) }
    var isIDGrouping15: Bool { (groups <= 6 && Self.id15.contains(code)) || (allSingles && total == 15) }
}
