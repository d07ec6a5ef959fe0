import PropertyBased
import Testing
@testable import CreditCityKit

/// The preview server's request-head reader: heads split anywhere read the same, limits refuse at
/// the byte that passes them, malformed heads get 400 and unknown versions 505.
@Suite("HTTP head reader")
struct HTTPHeadReaderTests {
    typealias Reader = HTTPHeadReader

    static let head = "GET /notices/?page=2 HTTP/1.1\r\nHost: 127.0.0.1:8080\r\nAccept: text/html\r\n\r\n"
    static let expected = HTTPRequestHead(method: "GET", target: "/notices/?page=2", version: "HTTP/1.1",
                                          fields: [.init("Host", "127.0.0.1:8080"), .init("Accept", "text/html")])

    func read(_ text: String, limits: Reader.Limits = .init()) -> Reader.Outcome {
        var r = Reader(limits: limits)
        r.append(Array(text.utf8))
        return r.next()
    }

    /// A complete head, its fields looked up without regard to case; leading empty lines skipped; bare
    /// LF line ends accepted.
    @Test func readsAHead() {
        #expect(read(Self.head) == .head(Self.expected))
        #expect(read("\r\n\r\n" + Self.head) == .head(Self.expected))
        #expect(read(Self.head.replacingOccurrences(of: "\r\n", with: "\n")) == .head(Self.expected))
        guard case .head(let h) = read(Self.head) else { return }
        #expect(h.field("host") == "127.0.0.1:8080")
        #expect(h.keepAlive)
        #expect(!h.declaresBody)
        #expect(read("GET / HTTP/1.1\r\nHost: x\r\n") == .needMore)
    }

    /// Split at every possible point and fed piece by piece, the head reads exactly as in one piece,
    /// and a second, pipelined head stays in the buffer for the next call.
    @Test func splitsAnywhere() async {
        let bytes = Array((Self.head + Self.head).utf8)
        await propertyCheck(count: 200, input: Gen.int(in: 1...bytes.count).array(of: 0...6)) { cuts in
            var r = Reader()
            var outcomes: [Reader.Outcome] = []
            var start = 0
            for cut in (cuts.sorted() + [bytes.count]) where cut > start {
                r.append(bytes[start..<cut])
                start = cut
                while true {
                    let outcome = r.next()
                    if outcome == .needMore { break }
                    outcomes.append(outcome)
                }
            }
            #expect(outcomes == [.head(Self.expected), .head(Self.expected)])
            #expect(r.buffer.isEmpty)
        }
    }

    /// The request line may be 8 KiB; one byte more is 414, answered before any line end arrives.
    @Test func requestLineLimit() {
        let limits = Reader.Limits()
        let fits = "GET /" + String(repeating: "a", count: limits.requestLine - "GET / HTTP/1.1".count) + " HTTP/1.1\r\n\r\n"
        guard case .head = read(fits) else { Issue.record("a request line of exactly the limit is refused"); return }
        let over = "GET /" + String(repeating: "a", count: limits.requestLine - "GET / HTTP/1.1".count + 1) + " HTTP/1.1\r\n\r\n"
        #expect(read(over) == .rejected(status: 414, reason: "request line too long"))
        // No line end at all: refused as soon as the limit is passed.
        #expect(read("GET /" + String(repeating: "a", count: limits.requestLine + 2)) == .rejected(status: 414, reason: "request line too long"))
        #expect(read("GET /" + String(repeating: "a", count: limits.requestLine - 8)) == .needMore)
    }

    /// Header fields may take 32 KiB and 100 lines; past either, 431, before the head ends.
    @Test func fieldLimits() {
        let small = Reader.Limits(requestLine: 100, fieldBytes: 64, fieldCount: 3)
        let line = "X-A: " + String(repeating: "b", count: 57) + "\r\n" // 64 bytes with its line end
        guard case .head = read("GET / HTTP/1.1\r\n" + line + "\r\n", limits: small) else { Issue.record("64 bytes of fields refused"); return }
        #expect(read("GET / HTTP/1.1\r\nX-A: " + String(repeating: "b", count: 58) + "\r\n\r\n", limits: small)
            == .rejected(status: 431, reason: "header fields too large"))
        #expect(read("GET / HTTP/1.1\r\nX-A: " + String(repeating: "b", count: 200), limits: small)
            == .rejected(status: 431, reason: "header fields too large"))
        guard case .head = read("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\n\r\n", limits: small) else { Issue.record("3 fields refused"); return }
        #expect(read("GET / HTTP/1.1\r\nA: 1\r\nB: 2\r\nC: 3\r\nD: 4\r\n", limits: small) == .rejected(status: 431, reason: "too many header fields"))
        let defaults = Reader.Limits()
        #expect(read("GET / HTTP/1.1\r\nX: " + String(repeating: "c", count: defaults.fieldBytes)) == .rejected(status: 431, reason: "header fields too large"))
    }

    /// What is not HTTP/1.x is refused: a bad request line, a field without a colon, obsolete line
    /// folding, space before the colon, a NUL; HTTP/2.0 in a request line is 505.
    @Test(arguments: [
        ("GET /\r\n\r\n", 400), ("GET  / HTTP/1.1\r\n\r\n", 400), ("G(T / HTTP/1.1\r\n\r\n", 400),
        ("GET / FTP/1.0\r\n\r\n", 400), ("GET / HTTP/2.0\r\n\r\n", 505),
        ("GET / HTTP/1.1\r\nNoColon\r\n\r\n", 400), ("GET / HTTP/1.1\r\nA: 1\r\n folded\r\n\r\n", 400),
        ("GET / HTTP/1.1\r\nA : 1\r\n\r\n", 400), ("GET /\u{0} HTTP/1.1\r\n\r\n", 400),
    ])
    func refusesMalformed(_ text: String, _ status: Int) {
        guard case .rejected(let s, _) = read(text) else { Issue.record("accepted: \(text.debugDescription)"); return }
        #expect(s == status, "\(text.debugDescription)")
    }

    /// HTTP/1.1 keeps the connection unless told to close; HTTP/1.0 closes unless told to keep it; a
    /// Content-Length or Transfer-Encoding declares a body.
    @Test func connectionAndBody() {
        func head(_ text: String) -> HTTPRequestHead? {
            if case .head(let h) = read(text) { return h }
            return nil
        }
        #expect(head("GET / HTTP/1.1\r\nConnection: close\r\n\r\n")?.keepAlive == false)
        #expect(head("GET / HTTP/1.0\r\n\r\n")?.keepAlive == false)
        #expect(head("GET / HTTP/1.0\r\nConnection: Keep-Alive\r\n\r\n")?.keepAlive == true)
        #expect(head("GET / HTTP/1.1\r\nContent-Length: 5\r\n\r\n")?.declaresBody == true)
        #expect(head("GET / HTTP/1.1\r\nContent-Length: 0\r\n\r\n")?.declaresBody == false)
        #expect(head("GET / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")?.declaresBody == true)
    }
}
