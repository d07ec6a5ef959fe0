import Foundation

/// Each distinct string once, referred to by a 32-bit number: a million records name a few hundred
/// thousand subjects, a few hundred list names and a few dozen authorities, so the record index holds
/// numbers and this table holds the text.
public struct StringTable: Sendable {
    /// Reference 0 is "no value".
    public typealias Ref = UInt32

    private var strings: [String] = [""]
    private var numbers: [Bytes: Ref] = [:]

    /// A string by its UTF-8 bytes: hashing and comparing bytes is several times cheaper than `String`'s
    /// Unicode-aware hashing of Chinese text, and it keeps two spellings that differ only in their
    /// normalisation apart (each is shown as it was written).
    struct Bytes: Hashable {
        let text: String
        init(_ text: String) {
            var t = text
            t.makeContiguousUTF8()
            self.text = t
        }
        func hash(into hasher: inout Hasher) {
            var t = text
            t.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
        }
        static func == (a: Bytes, b: Bytes) -> Bool {
            var (x, y) = (a.text, b.text)
            return x.withUTF8 { p in
                y.withUTF8 { q in
                    guard p.count == q.count else { return false }
                    guard let pa = p.baseAddress, let qa = q.baseAddress else { return true }
                    return memcmp(pa, qa, p.count) == 0
                }
            }
        }
    }

    public init() {}

    public var count: Int { strings.count }

    /// The number of `text`, adding it when new; nil and "" are 0.
    public mutating func intern(_ text: String?) -> Ref {
        guard let text, !text.isEmpty else { return 0 }
        let key = Bytes(text)
        if let n = numbers[key] { return n }
        let n = Ref(strings.count)
        strings.append(key.text)
        numbers[key] = n
        return n
    }

    /// The number of `text` if the table has it.
    public func find(_ text: String) -> Ref? { text.isEmpty ? 0 : numbers[Bytes(text)] }

    public subscript(ref: Ref) -> String { strings[Int(ref)] }

    /// The string, or nil for reference 0.
    public func optional(_ ref: Ref) -> String? { ref == 0 ? nil : strings[Int(ref)] }
}
