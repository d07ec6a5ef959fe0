/// Each distinct string once, referred to by a 32-bit number: a million records name a few hundred
/// thousand subjects, a few hundred list names and a few dozen authorities, so the record index holds
/// numbers and this table holds the text.
public struct StringTable: Sendable {
    /// Reference 0 is "no value".
    public typealias Ref = UInt32

    private var strings: [String] = [""]
    private var numbers: [String: Ref] = [:]

    public init() {}

    public var count: Int { strings.count }

    /// The number of `text`, adding it when new; nil and "" are 0.
    public mutating func intern(_ text: String?) -> Ref {
        guard let text, !text.isEmpty else { return 0 }
        if let n = numbers[text] { return n }
        let n = Ref(strings.count)
        strings.append(text)
        numbers[text] = n
        return n
    }

    /// The number of `text` if the table has it.
    public func find(_ text: String) -> Ref? { text.isEmpty ? 0 : numbers[text] }

    public subscript(ref: Ref) -> String { strings[Int(ref)] }

    /// The string, or nil for reference 0.
    public func optional(_ ref: Ref) -> String? { ref == 0 ? nil : strings[Int(ref)] }
}
