import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// The audit of a built site reads each file as its reader does: a browser (tags and comments removed,
/// references decoded), a JSON parser (strings decoded, hashes and ids skipped by key), the search
/// script; it allows the office's public numbers and organisations' codes. (`PrivacyAuditBuildTests`
/// audits a whole built site.)
@Suite("Privacy audit")
struct PrivacyAuditTests {
    typealias T = TestSupport

    func found(_ text: String, in file: String) -> [String] {
        PrivacyAudit.scan(bytes: Array(text.utf8), file: file).map { "\($0.offset) \($0.kind == .mobile ? "mobile" : "id") \($0.reading)" }
    }

    /// HTML: split by inline tags or comments, spelled by references, in attributes and comments.
    @Test func html() {
        #expect(found("<p>138<strong>1234</strong>5678</p>", in: "a.html") == ["3 mobile page text"])
        #expect(found("<p>13812<!-- x -->345678</p>", in: "a.html") == ["3 mobile page text"])
        #expect(found("<p>138<br>1234 5678</p>", in: "a.html") == [])
        #expect(found("<a>１１５４**－*****８-／１６０</a><br><a>91420500MA4K00001G</a>", in: "a.html") == [])
        // Two cells are two values: the kept ends of masked numbers side by side are not a number.
        #expect(found("<td>138</td><td>1234 5678</td>", in: "a.html") == [])
        #expect(found("<td>4205**********1470</td><td>0086 180****1975</td>", in: "a.html") == [])
        #expect(found("<p>&#49;3812345678</p>", in: "a.html") == ["3 mobile page text"])
        #expect(found("<p>138&nbsp;1234&ZeroWidthSpace;5678</p>", in: "a.html") == ["3 mobile page text"])
        #expect(found("<a href=\"tel:138%201234%205678\">x</a>", in: "a.html") == ["13 mobile attribute, comment or script"])
        #expect(found("<!-- 13812345678 -->", in: "a.html") == ["5 mobile attribute, comment or script"])
        #expect(found("<p>138</p><p>号1234 5678</p>", in: "a.html") == [])
        #expect(found("<title>&lt;b&gt;138&lt;/b&gt;12345678</title>", in: "atom.xml") == ["16 mobile page text"])
    }

    /// JSON: decoded strings and escapes; sha256 and id values are skipped by key, nowhere else.
    @Test func json() {
        let hash = "a13812345678b" + String(repeating: "0", count: 51)
        #expect(found("{\"sha256\":\"\(hash)\",\"id\":\"n13812345678\"}", in: "feeds/manifest.json") == [])
        #expect(found("{\"note\":\"\(hash)\"}", in: "feeds/x.json") == ["10 mobile JSON value"])
        #expect(found("{\"a\":\"\\u0031\\u0033812345678\"}", in: "f.json") == ["6 mobile JSON value"])
        #expect(found("{\"a\":[\"138\\n1234\\n5678\"]}", in: "f.json") == ["7 mobile JSON value"])
        #expect(found("{\"bodyHTML\":\"<p>138<em>1234</em>5678</p>\"}", in: "f.json") == ["16 mobile JSON value"])
        #expect(found("{\"n\":13812345678}", in: "f.json") == ["5 mobile JSON value"])
    }

    /// Search shards: each cell on its own; the term column of term shards is not read.
    @Test func searchShards() {
        #expect(found("13812345678\t1\t0\n5\t1\t1\n", in: "search/t/0.txt") == [])
        #expect(found("名\t13812345678\t1\t0xk-a\n", in: "search/d/0.txt") == ["4 mobile search index"])
        #expect(found("a\t1\t1\nb\t1\t1\nc\t1\t1\nd\t1\t1\ne\t1\t1\nf\t1\t1\n", in: "search/t/1.txt") == [])
    }

    /// Public numbers and codes are allowed wherever they stand; file names are read too.
    @Test func allowed() throws {
        var allowed = try PublicNumbers(officeNumbers: ["13907170000"])
        let code = T.idNumber(region: "914205", birth: T.day("1995-03-12"), sequence: "123")
        allowed.allowIdentifier(code)
        let findings = PrivacyAudit.scan(bytes: Array("<p>139 0717 0000 \(code) 13812345678</p>".utf8), file: "13912345678/index.html")
        #expect(findings.filter { !allowed.allows($0) }.map(\.number) == ["13912345678", "13812345678"])
    }
}
