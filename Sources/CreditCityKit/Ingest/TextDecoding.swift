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
    static func invalidAfterBOM(_ bytes: [UInt8], at offset: Int) -> TextDecodingError {
        TextDecodingError(
            offset: offset,
            line: lineNumber(of: offset, in: bytes),
            reason: "the file starts with a UTF-8 byte order mark but is not valid UTF-8 here; "
                + "it is neither UTF-8 nor GB18030"
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

/// Turns the bytes of a content file into text by detecting, not configuring, the encoding:
/// webmasters export from whatever tool they have, and Excel on Chinese Windows writes GB18030/GBK.
public enum TextDecoding {
    /// Decodes `bytes`: a UTF-8 BOM is stripped, valid UTF-8 is taken as is, anything else is read as GB18030.
    public static func decode(_ bytes: [UInt8]) throws -> (text: String, encoding: TextEncoding) {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = bytes[3...]
            if let text = String(validating: body, as: UTF8.self) {
                return (text, .utf8WithBOM)
            }
            // A BOM is a firm claim of UTF-8; reading such a file as GB18030 would only produce mojibake.
            throw TextDecodingError.invalidAfterBOM(bytes, at: 3 + firstInvalidUTF8Offset(body))
        }
        if let text = String(validating: bytes, as: UTF8.self) {
            return (text, .utf8)
        }
        return (try decodeGB18030(bytes), .gb18030)
    }

    /// Offset (relative to the slice start) of the first byte that is not part of a valid UTF-8 sequence.
    private static func firstInvalidUTF8Offset(_ bytes: ArraySlice<UInt8>) -> Int {
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var offset = 0
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded): offset += encoded.count
            case .emptyInput, .error: return offset
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
