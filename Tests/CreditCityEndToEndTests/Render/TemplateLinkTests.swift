import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// No symbolic link leaves Templates/ (issue 11, point 4), through the real executable: a theme whose
/// asset or template links outside fails the build with a message naming the link, publishes nothing
/// of it and leaves Output/ as it was; links inside Templates/ work.
@Suite("Template links")
struct TemplateLinkTests {
    typealias T = TestSupport

    /// Where the outside link sits, what it points to, and what the message must say.
    enum OutsideLink: String, CaseIterable, Sendable {
        case assetToPasswd, templateToOutsideFile, assetFolderToEtc

        var link: String {
            switch self {
            case .assetToPasswd: "assets/passwd.css"
            case .templateToOutsideFile: "partials/footer.mustache"
            case .assetFolderToEtc: "assets/etc"
            }
        }
    }

    @Test(arguments: OutsideLink.allCases)
    func outsideLinkFailsTheBuild(_ outside: OutsideLink) async throws {
        try await T.withTemporaryFolder { dir in
            let templates = dir.appendingPathComponent("Templates").path
            try FileManager.default.copyItem(atPath: T.templatesDir, toPath: templates)
            let output = dir.appendingPathComponent("Output").path, state = dir.appendingPathComponent("state").path
            let build = ["build", "--content", T.fixture("small"), "--templates", templates, "--output", output,
                         "--state", state, "--as-of", "2026-11-22"]
            try #require(try await CreditCityProcess.run(build).status == 0)
            let before = try T.findListing(output)

            let target: String
            switch outside {
            case .assetToPasswd:
                target = "/etc/passwd"
            case .templateToOutsideFile:
                target = dir.appendingPathComponent("footer.mustache").path
                try FileManager.default.moveItem(atPath: templates + "/partials/footer.mustache", toPath: target)
            case .assetFolderToEtc:
                target = "/etc"
            }
            try FileManager.default.createSymbolicLink(atPath: templates + "/" + outside.link, withDestinationPath: target)
            let r = try await CreditCityProcess.run(build)
            #expect(r.status == 1, "\(r.stderr)")
            #expect(r.stderr.contains("\(templates)/\(outside.link): error: symbolic link to \(target) leads outside the templates folder \(templates); it is not followed"),
                    "\(r.stderr)")
            #expect(try T.findListing(output) == before)
            #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains("staging") } == [])
        }
    }

    /// A link to a file inside Templates/ is an ordinary asset: copied with the linked file's bytes.
    @Test func insideLinkIsCopied() async throws {
        try await T.withTemporaryFolder { dir in
            let templates = dir.appendingPathComponent("Templates").path
            try FileManager.default.copyItem(atPath: T.templatesDir, toPath: templates)
            try FileManager.default.createSymbolicLink(atPath: templates + "/assets/print.css", withDestinationPath: "site.css")
            let output = dir.appendingPathComponent("Output").path
            let r = try await CreditCityProcess.run(["build", "--content", T.fixture("small"), "--templates", templates, "--output", output,
                                               "--state", dir.appendingPathComponent("state").path, "--as-of", "2026-11-22"])
            #expect(r.status == 0, "\(r.stderr)")
            #expect(!RealPath.isSymbolicLink(output + "/assets/print.css"))
            #expect(FileManager.default.contents(atPath: output + "/assets/print.css") == FileManager.default.contents(atPath: templates + "/assets/site.css"))
        }
    }
}
