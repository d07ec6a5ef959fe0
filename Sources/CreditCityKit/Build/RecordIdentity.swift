import Crypto

/// Stable public ids for records (SPEC section 3): `A-Z a-z 0-9 - _` only, the same across builds,
/// and revealing no personal identifier.
///
/// The id is a hash of the record's key, but where the key names a person by ID number only the
/// already-public masked form (first and last four characters) goes into the hash, so hashing
/// candidate ID numbers cannot confirm who is on a list.
public enum RecordIdentity {
    static let alphabet = Array("abcdefghijklmnopqrstuvwxyz234567".utf8)

    public static func id(for record: Record) -> String {
        var material = record.dataset.rawValue + "\u{1F}"
        switch record.kind {
        case .licensing, .penalty:
            material += record.key
        case .listEntry, .event:
            let subject: String
            if let code = record["MD_XDR_SHXYM"], code != "00000000000000000X" {
                subject = code
            } else if let number = record["MD_XDR_ZJHM"] {
                subject = "\(number.prefix(4))*\(number.suffix(4))\u{1F}\(record["MD_XDR_MC"] ?? "")"
            } else {
                subject = record["MD_XDR_MC"] ?? ""
            }
            material += [record["MD_MC"] ?? "", record["MD_RDBM"] ?? "", record["MD_RDWH"] ?? "", subject].joined(separator: "\u{1F}")
        }
        return record.dataset.idPrefix + "-" + base32(Array(SHA256.hash(data: Array(material.utf8))).prefix(10))
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
