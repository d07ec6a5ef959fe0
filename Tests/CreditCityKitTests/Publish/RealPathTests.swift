import CreditCityTestSupport
import Foundation
import Testing
@testable import CreditCityKit

/// Real paths as the output checks compare them: every spelling of one folder is one path.
@Suite("RealPath")
struct RealPathTests {
    typealias T = TestSupport

    /// Relative and absolute spellings, `.` and `..`, trailing slashes and a folder that does not exist
    /// yet all resolve to the same absolute path.
    @Test func spellingsOfOneFolder() throws {
        try T.withTemporaryFolderSync { dir in
            let root = try RealPath.resolve(dir.path)
            try FileManager.default.createDirectory(at: dir.appendingPathComponent("site"), withIntermediateDirectories: true)
            for spelling in ["site/Output", "./site/Output/", "site/../site/Output", "site/./Output//"] {
                #expect(try RealPath.resolve(spelling, from: root) == root + "/site/Output", "\(spelling)")
            }
            #expect(try RealPath.resolve(root + "/site/new/deeper/../Output") == root + "/site/new/Output")
        }
    }

    /// A link is replaced by its target before a following `..` applies, as the kernel does it.
    @Test func linksResolveBeforeDotDot() throws {
        try T.withTemporaryFolderSync { dir in
            let root = try RealPath.resolve(dir.path)
            let fm = FileManager.default
            try fm.createDirectory(atPath: root + "/a/b", withIntermediateDirectories: true)
            try fm.createSymbolicLink(atPath: root + "/link", withDestinationPath: "a/b")
            #expect(try RealPath.resolve(root + "/link/Output") == root + "/a/b/Output")
            #expect(try RealPath.resolve(root + "/link/../x") == root + "/a/x")
            try fm.createSymbolicLink(atPath: root + "/abs", withDestinationPath: root + "/a")
            #expect(try RealPath.resolve("abs/b", from: root) == root + "/a/b")
        }
    }

    /// A loop of links has no real path.
    @Test func loopIsAnError() throws {
        try T.withTemporaryFolderSync { dir in
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/x", withDestinationPath: "y")
            try FileManager.default.createSymbolicLink(atPath: dir.path + "/y", withDestinationPath: "x")
            #expect(throws: RealPath.Loop.self) { try RealPath.resolve(dir.path + "/x/Output") }
        }
    }

    @Test func within() {
        #expect(RealPath.isWithin("/srv/site/Output", "/srv/site"))
        #expect(RealPath.isWithin("/srv/site", "/srv/site"))
        #expect(!RealPath.isWithin("/srv/site-2", "/srv/site"))
        #expect(RealPath.isWithin("/anything", "/"))
    }
}
