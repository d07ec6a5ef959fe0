import Testing
@testable import CreditCityKit

/// Notice bodies are masked in the parsed cmark-gfm document: a number split by emphasis, a comment,
/// a line break or a table row is seen whole, the mask's * stay literal text, and links, images and
/// code are masked too.
@Suite("Markdown masking")
struct MarkdownMaskingTests {
    let masker = Masker(policy: .init())

    func html(_ markdown: String) -> String { Markdown.html(markdown, masker: masker) }

    @Test("split and wrapped numbers", arguments: [
        ("138**1234**5678", "<p>138<strong>****</strong>5678</p>\n"),
        ("13812<!-- c -->345678", "<p>138**<!-- raw HTML omitted -->**5678</p>\n"),
        ("13812<b>345678</b>", "<p>138**<!-- raw HTML omitted -->**5678<!-- raw HTML omitted --></p>\n"),
        ("*13812345678*", "<p><em>138****5678</em></p>\n"),
        ("~~138 1234 5678~~", "<p><del>138 **** 5678</del></p>\n"),
        ("`13812345678`", "<p><code>138****5678</code></p>\n"),
        ("138\n1234\n5678", "<p>138\n****\n5678</p>\n"),
        ("138  \n12345678", "<p>138<br />\n****5678</p>\n"),
        ("    13812345678\n", "<pre><code>138****5678\n</code></pre>\n"),
        ("[电话](tel:13812345678 \"13912345678\")", "<p><a href=\"tel:138****5678\" title=\"139****5678\">电话</a></p>\n"),
        ("![13812345678](a.png)", "<p><img src=\"a.png\" alt=\"138****5678\" /></p>\n"),
        ("<13812345678@example.cn>", "<p><a href=\"mailto:138****5678@example.cn\">138****5678@example.cn</a></p>\n"),
        ("4205&#48;2 19900101 0016", "<p>4205** ******** 0016</p>\n"),
        ("１３８\\*１２３４５６７８", "<p>１３８*１２３４５６７８</p>\n"),
    ])
    func masked(markdown: String, expected: String) {
        #expect(html(markdown) == expected)
    }

    /// The masked rendering reads clean to the audit's reading of HTML (what a browser shows); digits in
    /// two table cells are two values, left as they are (a statistics table is not a phone number).
    @Test func auditReadsItClean() {
        let body = "| 手机 | 证件 |\n| --- | --- |\n| 138 | 1234 5678 |\n| 13812345678 | 4205021990**0101**0016 |\n\n1. 3812345678\n"
        let out = html(body)
        #expect(out.contains("<td>138</td>\n<td>1234 5678</td>"))
        #expect(out.contains("<td>138****5678</td>\n<td>4205******<strong>****</strong>0016</td>"))
        #expect(out.contains("<li>38****5678</li>"), "an ordered item's number is read with its text")
        #expect(PrivacyAudit.scan(bytes: Array(out.utf8), file: "n/index.html").isEmpty, "\(out)")
    }

    /// The Markdown written back for the feed: masked, the mask escaped, raw HTML and unsafe links gone.
    @Test func markdownWrittenBack() {
        let (_, markdown) = Markdown.render("电话 138**1234**5678 <b>x</b>\n\n<div>13912345678</div>\n\n[a](javascript:alert(1)) [b](https://x.cn/)\n",
                                            masker: masker)
        #expect(markdown == "电话 138**\\*\\*\\*\\***5678 x\n\n[a]() [b](https://x.cn/)\n")
    }

    /// Without a masker the rendering is cmark-gfm's, raw HTML and javascript: links removed.
    @Test func unmasked() {
        #expect(Markdown.html("<script>x</script>\n\n[a](javascript:alert(1))") ==
            "<!-- raw HTML omitted -->\n<p><a href=\"\">a</a></p>\n")
    }
}
