import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// `creditcity audit DIR` on a built site: clean exits 0; a planted ID number exits 1 naming the file.
@Suite("audit command", .serialized)
struct AuditCommandTests {
    @Test func plantedIDNumberFailsTheAudit() throws {
        try TestSupport.withTemporaryFolderSync { dir in
            let output = dir.appendingPathComponent("Output").path
            try #require(PublishSafetyTests.run(PublishSafetyTests.build(TestSupport.fixture("small"), output,
                                                                         dir.appendingPathComponent("state").path)).status == 0)
            let clean = try PublishSafetyTests.run(["audit", output])
            #expect(clean.status == 0, "\(clean.stderr)")

            let page = output + "/notices/index.html"
            var html = try String(contentsOfFile: page, encoding: .utf8)
            html += "<!-- 联系人身份证 420502198001010011 -->\n"
            try html.write(toFile: page, atomically: true, encoding: .utf8)
            let found = try PublishSafetyTests.run(["audit", output])
            #expect(found.status == 1)
            #expect(found.stderr.contains("\(output)/notices/index.html: byte "), "\(found.stderr)")
            #expect(found.stderr.contains("unmasked ID number"))
        }
    }
}
