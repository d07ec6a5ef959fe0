import Testing
@testable import CreditCityKit

/// Encoding detection: UTF-8, UTF-8 with BOM, GB18030 through iconv, and the error for anything else.
@Suite("TextDecoding")
struct TextDecodingTests {
    /// `"行政相对人名称,罚款\r\n某某公司,0.5".encode("gb18030")`, made with Python.
    static let gb18030CSV: [UInt8] = [
        208, 208, 213, 254, 207, 224, 182, 212, 200, 203, 195, 251, 179, 198, 44, 183, 163, 191, 238, 13, 10,
        196, 179, 196, 179, 185, 171, 203, 190, 44, 48, 46, 53,
    ]

    /// Plain UTF-8 is recognised and returned unchanged.
    @Test("UTF-8")
    func utf8() throws {
        let decoded = try TextDecoding.decode(Array("行政相对人名称,罚款\n某某公司,0.5".utf8))
        #expect(decoded.text == "行政相对人名称,罚款\n某某公司,0.5")
        #expect(decoded.encoding == .utf8)
    }

    /// A UTF-8 byte order mark is detected and stripped, so the first header is not "\u{FEFF}XK_XDR_MC".
    @Test("UTF-8 with BOM is stripped")
    func utf8WithBOM() throws {
        let decoded = try TextDecoding.decode([0xEF, 0xBB, 0xBF] + Array("XK_XDR_MC,名称".utf8))
        #expect(decoded.text == "XK_XDR_MC,名称")
        #expect(decoded.encoding == .utf8WithBOM)
        #expect(try TextDecoding.decode([0xEF, 0xBB, 0xBF]).text == "")
    }

    /// An empty file is empty UTF-8.
    @Test("empty")
    func empty() throws {
        let decoded = try TextDecoding.decode([])
        #expect(decoded.text == "")
        #expect(decoded.encoding == .utf8)
    }

    /// A GB18030 (GBK-compatible) CSV as Excel on Chinese Windows writes it is decoded to the right text.
    @Test("GB18030 CSV")
    func gb18030() throws {
        let decoded = try TextDecoding.decode(Self.gb18030CSV)
        #expect(decoded.text == "行政相对人名称,罚款\r\n某某公司,0.5")
        #expect(decoded.encoding == .gb18030)
    }

    /// Four-byte GB18030 sequences (CJK Extension B 𠀀, an emoji) decode too, which GBK tables cannot do.
    @Test("GB18030 four-byte sequences")
    func gb18030FourByte() throws {
        // "行𠀀😀" in GB18030: 行 = D0 D0, 𠀀 = 95 32 82 36, 😀 = 94 39 FC 36.
        let decoded = try TextDecoding.decode([0xD0, 0xD0, 0x95, 0x32, 0x82, 0x36, 0x94, 0x39, 0xFC, 0x36])
        #expect(decoded.text == "行𠀀😀")
        #expect(decoded.encoding == .gb18030)
    }

    /// A large GB18030 file (more output than the first buffer guess) decodes completely.
    @Test("large GB18030 file")
    func largeGB18030() throws {
        let bytes = Array([[UInt8]](repeating: Self.gb18030CSV + [13, 10], count: 5_000).joined())
        let decoded = try TextDecoding.decode(bytes)
        #expect(decoded.text.utf8.count == 5_000 * (Array("行政相对人名称,罚款\r\n某某公司,0.5".utf8).count + 2))
        #expect(decoded.text.hasSuffix("某某公司,0.5\r\n"))
    }

    /// A byte that is neither UTF-8 nor GB18030 is reported with its offset and line.
    @Test("undecodable byte")
    func undecodable() {
        #expect(throws: TextDecodingError(offset: 4, line: 2, reason:
            "0xFF cannot be decoded: the file is neither UTF-8 nor GB18030 (GBK); save it as UTF-8 or as GB18030")) {
            try TextDecoding.decode([0x41, 0x0A, 0xD0, 0xD0, 0xFF, 0x42])
        }
    }

    /// A file cut in the middle of a two-byte character is reported at that character.
    @Test("truncated GB18030")
    func truncated() throws {
        let error = try #require(throws: TextDecodingError.self) {
            try TextDecoding.decode([0xD0, 0xD0, 0x41, 0xD0])
        }
        #expect(error.offset == 3)
        #expect(error.line == 1)
        #expect(error.description.hasPrefix("byte 3 (line 1): "))
    }

    /// A BOM followed by non-UTF-8 bytes is an error rather than a GB18030 guess.
    @Test("BOM then invalid UTF-8")
    func bomThenInvalid() throws {
        let error = try #require(throws: TextDecodingError.self) {
            try TextDecoding.decode([0xEF, 0xBB, 0xBF, 0x41, 0x42] + Self.gb18030CSV)
        }
        #expect(error.offset == 5)
        #expect(error.description.contains("neither UTF-8 nor GB18030"))
    }

    /// A UTF-8 file with one bad byte on line 3 is still UTF-8: the strict decoder reports line 3 (not
    /// where a GB18030 reading would stop), and the content reader keeps the text with U+FFFD there.
    @Test("bad byte in a UTF-8 file is reported at its line")
    func badByteInUTF8() throws {
        let bytes = Array("行政相对人名称,违法事实\n某某公司,无证经营\n".utf8) + Array("某某商店,".utf8) + [0xFF] + Array("售假\n".utf8)
        let error = try #require(throws: TextDecodingError.self) { try TextDecoding.decode(bytes) }
        #expect(error.line == 3)
        #expect(error.reason == "0xFF is not UTF-8, and the rest of the file is UTF-8; correct the text there and save the file as UTF-8")
        let decoded = try TextDecoding.decodeContent(bytes)
        #expect(decoded.encoding == .utf8)
        #expect(decoded.invalidBytes.map(\.line) == [3])
        #expect(decoded.text.hasSuffix("某某商店,\u{FFFD}售假\n"))
    }

    /// GBK text is not mistaken for damaged UTF-8: its bytes are nearly all invalid as UTF-8.
    @Test("GBK is not damaged UTF-8")
    func gbkIsNotDamagedUTF8() throws {
        let decoded = try TextDecoding.decodeContent(Self.gb18030CSV)
        #expect(decoded.encoding == .gb18030)
        #expect(decoded.invalidBytes.isEmpty)
    }
}
