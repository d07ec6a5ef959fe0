/// The encoding a content file turned out to be in, reported so a build can say how it read each file.
public enum TextEncoding: String, Sendable {
    case utf8
    case utf8WithBOM
    case gb18030
}

/// A content file that is neither UTF-8 nor GB18030, with the first byte that fits neither.
public struct TextDecodingError: Error, CustomStringConvertible, Equatable, Sendable {
    /// 0-based offset of the first byte that could not be decoded.
    public var offset: Int
    /// 1-based physical line holding that byte, so the webmaster can find it in an editor.
    public var line: Int
    /// Why the decoder stopped there.
    public var reason: String

    public var description: String {
        "byte \(offset) (line \(line)): \(reason)"
    }

    /// A byte that breaks both UTF-8 and GB18030.
    static func undecodable(_ bytes: [UInt8], at offset: Int) -> TextDecodingError {
        TextDecodingError(
            offset: offset,
            line: lineNumber(of: offset, in: bytes),
            reason: "0x\(hex(bytes.indices.contains(offset) ? bytes[offset] : 0)) cannot be decoded: "
                + "the file is neither UTF-8 nor GB18030 (GBK); save it as UTF-8 or as GB18030"
        )
    }

    /// A file that announces UTF-8 with a byte order mark but then is not UTF-8.
    static func invalidAfterBOM(_ bytes: [UInt8], at offset: Int, line: Int) -> TextDecodingError {
        TextDecodingError(
            offset: offset,
            line: line,
            reason: "0x\(hex(bytes[offset])) is not UTF-8, but the file starts with a UTF-8 byte order mark; "
                + "it is neither UTF-8 nor GB18030"
        )
    }

    /// A byte that breaks UTF-8 in a file that is otherwise UTF-8 (a damaged or mixed export).
    static func notUTF8(_ bytes: [UInt8], at offset: Int, line: Int) -> TextDecodingError {
        TextDecodingError(
            offset: offset,
            line: line,
            reason: "0x\(hex(bytes[offset])) is not UTF-8, and the rest of the file is UTF-8; "
                + "correct the text there and save the file as UTF-8"
        )
    }

    /// A file that ends in the middle of a multi-byte character.
    static func truncated(_ bytes: [UInt8], at offset: Int) -> TextDecodingError {
        TextDecodingError(
            offset: offset,
            line: lineNumber(of: offset, in: bytes),
            reason: "the file ends in the middle of a character: it is neither complete UTF-8 nor GB18030"
        )
    }

    private static func hex(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// Counting LFs is enough: CRLF files have one LF per line too.
    private static func lineNumber(of offset: Int, in bytes: [UInt8]) -> Int {
        var line = 1
        for byte in bytes[..<min(offset, bytes.count)] where byte == 0x0A { line += 1 }
        return line
    }
}

/// A content file's text, and where a file read as UTF-8 had bytes that are not UTF-8.
public struct DecodedText: Sendable {
    public var text: String
    public var encoding: TextEncoding
    /// Each byte sequence that is not UTF-8, in order, in a file that is otherwise UTF-8: it reads as
    /// U+FFFD in `text`, and only the records holding one are rejected. Empty for clean files.
    public var invalidBytes: [TextDecodingError]
}

/// Turns the bytes of a content file into text by detecting, not configuring, the encoding:
/// webmasters export from whatever tool they have, and Excel on Chinese Windows writes GB18030/GBK.
public enum TextDecoding {
    /// Decodes `bytes`: a UTF-8 BOM is stripped, valid UTF-8 is taken as is, anything else is read as
    /// GB18030. A file that is not clean in either throws, at the line of the first bad byte.
    public static func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: TextEncoding) {
        let decoded = try decodeContent(bytes)
        if let first = decoded.invalidBytes.first { throw first }
        return (decoded.text, decoded.encoding)
    }

    /// Like `decode`, but a UTF-8 file with a few bad bytes (a damaged export) is still read: each bad
    /// sequence becomes U+FFFD and is listed with its line. A file is taken as damaged UTF-8 when it
    /// starts with a UTF-8 BOM, or when its valid multi-byte characters outnumber the bad sequences
    /// four to one (GBK text read as UTF-8 is nearly all bad sequences); otherwise it is GB18030.
    public static func decodeContent(_ bytes: [UInt8]) throws -> DecodedText {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            if let text = String(validating: body, as: UTF8.self) {
                return DecodedText(text: text, encoding: .utf8WithBOM, invalidBytes: [])
            }
            // A BOM is a firm claim of UTF-8; reading such a file as GB18030 would only produce mojibake.
            let scan = scanUTF8(body, bytes: bytes, bom: true)
            return DecodedText(text: String(decoding: body, as: UTF8.self), encoding: .utf8WithBOM, invalidBytes: scan.invalid)
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return DecodedText(text: text, encoding: .utf8, invalidBytes: [])
        }
        let scan = scanUTF8(bytes[...], bytes: bytes, bom: false)
        if scan.multiByte > 0, scan.multiByte >= 4 * scan.invalidCount {
            return DecodedText(text: String(decoding: bytes, as: UTF8.self), encoding: .utf8, invalidBytes: scan.invalid)
        }
        return DecodedText(text: try decodeGB18030(bytes), encoding: .gb18030, invalidBytes: [])
    }

    /// Valid multi-byte characters and bad sequences of `slice` (part of `bytes`), with the offset and
    /// line of the first 1,000 bad ones.
    static func scanUTF8(_ slice: ArraySlice<UInt8>, bytes: [UInt8], bom: Bool)
        -> (multiByte: Int, invalidCount: Int, invalid: [TextDecodingError]) {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = slice.makeIterator()
        var offset = slice.startIndex, line = 1, multiByte = 0, invalidCount = 0
        var invalid: [TextDecodingError] = []
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                if encoded.count > 1 { multiByte += 1 } else if encoded.first == 0x0A { line += 1 }
                offset += encoded.count
            case .error(let length):
                invalidCount += 1
                if invalid.count < 1000 {
                    invalid.append(bom ? .invalidAfterBOM(bytes, at: offset, line: line) : .notUTF8(bytes, at: offset, line: line))
                }
                offset += length
            case .emptyInput:
                return (multiByte, invalidCount, invalid)
            }
        }
    }

    /// GB18030 through glibc's iconv, the system's maintained converter, rather than a table of our own.
    private static func decodeGB18030(_ bytes: [UInt8]) throws -> String {
        do {
            return String(decoding: try Iconv.convert(bytes, from: "GB18030", to: "UTF-8"), as: UTF8.self)
        } catch .unavailable {
            throw TextDecodingError(offset: 0, line: 1, reason: "this system's iconv cannot convert GB18030; the file is not UTF-8")
        } catch .truncated(let offset) {
            throw TextDecodingError.truncated(bytes, at: offset)
        } catch .invalid(let offset) {
            throw TextDecodingError.undecodable(bytes, at: offset)
        }
    }
}
