import Crypto

/// Stable public ids for records (SPEC section 3): `A-Z a-z 0-9 - _` only, the same across builds,
/// and revealing no personal identifier.
///
/// The id is a hash of the record's key, but where the key names a person by ID number only the
/// already-public masked form (first and last four characters) goes into the hash, so hashing
/// candidate ID numbers cannot confirm who is on a list.
public enum RecordIdentity {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    /// The id of a record's public identity, before a twin suffix.
    public static func id(for record: Record) -> String {
        identity(dataset: record.dataset, key: record.key, values: record.values, roles: record.roles).text(record.dataset)
    }

    /// The public identity of a record with these values (`key` is the SPEC section 3 identity).
    static func identity(dataset: Dataset, key: String, values: [String?], roles: FieldRoles) -> PublicID {
        var material = dataset.rawValue + "\u{1F}"
        if dataset.isList {
            let subject: String
            if let code = values[roles.subjectCode], code != CreditCode.placeholderCode {
                subject = code
            } else if let number = values[roles.idNumber] {
                subject = "\(number.prefix(4))*\(number.suffix(4))\u{1F}\(values[roles.subjectName] ?? "")"
            } else {
                subject = values[roles.subjectName] ?? ""
            }
            material += (roles.identity.map { values[$0] ?? "" } + [subject]).joined(separator: "\u{1F}")
        } else {
            material += key
        }
        let digest = Array(SHA256.hash(data: Array(material.utf8)))
        return PublicID(high: digest[0..<8].reduce(0) { $0 << 8 | UInt64($1) }, low: UInt16(digest[8]) << 8 | UInt16(digest[9]))
    }

    /// Lower-case RFC 4648 base32 without padding: letters and 2–7 only, so an id never looks like a
    /// phone or ID number to the privacy audit.
    static func base32(_ bytes: some Collection<UInt8>) -> String {
        var out: [UInt8] = []
        var buffer = 0, bits = 0
        for b in bytes {
            buffer = (buffer << 8) | Int(b)
            bits += 8
            while bits >= 5 {
                out.append(alphabet[(buffer >> (bits - 5)) & 31])
                bits -= 5
            }
        }
        if bits > 0 { out.append(alphabet[(buffer << (5 - bits)) & 31]) }
        return String(decoding: out, as: UTF8.self)
    }
}
