/// One record in compact form: what the rules, the plan, the list rows and the output keys need,
/// without its field values. Strings are references into the `RecordIndex`'s `StringTable`; the
/// values stay in `RecordValues` until a page or feed object needs them.
///
/// About 180 bytes, so a million records fit in a few hundred megabytes (issue 12, item 5).
public struct RecordEntry: Sendable {
    public var kind: RecordKind
    public var dataset: Dataset
    public var subject: SubjectCategory
    /// Position of the content file in `RecordIndex.files` and the record's position among the file's
    /// accepted records (where `RecordValues` keeps its values).
    public var file: UInt32
    public var slot: UInt32
    /// Where the record is reported: the file (a workbook's sheet is `file.xlsx[sheet]`), as a position
    /// in `RecordIndex.files`, and the line.
    public var source: UInt32
    public var line: UInt32
    /// The identity of SPEC section 3, hashed (the key itself may hold an ID number).
    public var keyHash: StableHash
    public var publicID: PublicID
    /// Everything the record's page and feed object are made from: kind, subject and every value.
    public var contentHash: StableHash
    public var facts: RecordFacts
    /// Subject name and 统一社会信用代码 as given, the list-table summary (许可证书/处罚类别/名单名称),
    /// the authority and its credit code.
    public var name: StringTable.Ref
    public var code: StringTable.Ref
    public var summary: StringTable.Ref
    /// Whether `summary` is free text (masked like other free text) rather than a closed list.
    public var summaryIsText: Bool
    public var authority: StringTable.Ref
    public var authorityCode: StringTable.Ref
    /// The 法定代表人 of a 个体工商户 or 自然人 (a person whose name is masked wherever the record
    /// shows it); none for an organisation, whose representative is public.
    public var operatorName: StringTable.Ref
    /// The 文书号 / 认定文号 and the subject's ID number, hashed, for matching events.
    public var documentHash: UInt64
    public var idNumberHash: UInt64
}

/// A record's public id (SPEC section 3) in ten bytes and a twin number: `cf-` + 16 base32 letters,
/// `-2`, `-3` … for the second and third record of one public identity.
public struct PublicID: Hashable, Sendable {
    public var high: UInt64
    public var low: UInt16
    /// 0 for the first record of an identity; 2, 3 … for its twins.
    public var twin: UInt16 = 0

    /// Sorts as the id text sorts by its bytes (the feeds' order): the 80 bits read as 16 base32 letters,
    /// each ranked by its ASCII code ('2'…'7' before 'a'…'z'); twins after their first, by their suffix text.
    public static func textOrder(_ a: PublicID, _ b: PublicID) -> Bool {
        let (ka, kb) = (a.rankKey, b.rankKey)
        if ka != kb { return ka.0 != kb.0 ? ka.0 < kb.0 : ka.1 < kb.1 }
        if a.twin == b.twin { return false }
        if a.twin == 0 || b.twin == 0 { return a.twin == 0 }
        return String(a.twin).utf8.lexicographicallyPrecedes(String(b.twin).utf8)
    }

    /// The 16 five-bit letters, each replaced by its rank in ASCII order, packed in the same 80 bits.
    var rankKey: (UInt64, UInt32) {
        func rank(_ v: UInt64) -> UInt64 { v >= 26 ? v - 26 : v + 6 }
        var high: UInt64 = 0, low: UInt64 = 0
        let bits = (high: self.high, low: UInt64(self.low))
        for i in 0..<16 {
            // Letter i is bits 79-5i … 75-5i of the 80-bit number high:low.
            let shift = 75 - 5 * i
            let v: UInt64
            if shift >= 16 {
                v = (bits.high >> UInt64(shift - 16)) & 31
            } else {
                v = ((bits.high << UInt64(16 - shift)) | (bits.low >> UInt64(shift))) & 31
            }
            if i < 12 { high = high << 5 | rank(v) } else { low = low << 5 | rank(v) }
        }
        return (high, UInt32(low))
    }

    /// The identity without the twin number.
    public var base: PublicID { PublicID(high: high, low: low) }

    /// The id text, e.g. `hei-kdlyvpua2wtc5vpz-2`.
    public func text(_ dataset: Dataset) -> String {
        var bytes = [UInt8](repeating: 0, count: 10)
        for i in 0..<8 { bytes[i] = UInt8(truncatingIfNeeded: high >> (56 - 8 * i)) }
        bytes[8] = UInt8(truncatingIfNeeded: low >> 8)
        bytes[9] = UInt8(truncatingIfNeeded: low)
        let base = dataset.idPrefix + "-" + RecordIdentity.base32(bytes)
        return twin > 1 ? base + "-\(twin)" : base
    }
}
