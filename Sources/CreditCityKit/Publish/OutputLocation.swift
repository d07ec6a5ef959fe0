import Foundation

/// Where a build may write, decided on real paths before any work starts.
///
/// A build writes only into Output/, its hidden siblings (`.Output.staging-…`, `.Output.previous`,
/// `.Output.lock`) and the state folder. Output/ is replaced whole, so it must be a folder that only
/// ever held a site: never `/`, a home folder, a folder holding Content/, Templates/ or the state
/// folder, a folder inside Content/ or Templates/, or a non-empty folder that is not a CreditCity
/// site (`OutputMarker`). The state folder holds unmasked rejected values, so it may not be inside
/// Output/ by any path. Every check compares real paths (`RealPath`): relative and absolute
/// spellings, `..` and links all count. An output given as a link is the folder it points to: that
/// folder is replaced, with its siblings beside it, and the link keeps pointing at the new site.
public struct OutputLocation: Sendable, Equatable {
    /// The output folder as the user gave it (for messages).
    public let given: String
    /// Its real path; the folder itself may not exist yet.
    public let real: String
    /// The real folder that holds Output/ and its siblings.
    public let parent: String
    /// Output/'s own name in `parent`.
    public let name: String
    /// The real path of the state folder.
    public let state: String

    /// Beside Output/: one build of this output at a time (`BuildLock`).
    public var lockFile: String { sibling(".\(name).lock") }
    /// Beside Output/: the tree before the last build, kept for `creditcity rollback`.
    public var previous: String { sibling(".\(name).previous") }

    /// The path of `name` in the folder that holds Output/.
    public func sibling(_ name: String) -> String { (parent == "/" ? "" : parent) + "/" + name }
    /// Names of staging trees beside Output/ start with this (`StagingFolder`).
    public var stagingPrefix: String { ".\(name).staging-" }

    /// Why a build will not write where it was told; the command line exits 2 with it.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        /// The option at fault (`--output`, `--state`).
        public var option: String
        public var reason: String
        public var description: String { "\(option): \(reason); nothing was read or written" }
    }

    /// Checks `output` and `state` against each other, the home folders and the folders the build
    /// reads (`sources`: option name → path, e.g. `--content` → Content). Throws `Refusal`.
    public init(output: String, state: String, sources: [(option: String, path: String)] = [],
                environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        func refuse(_ option: String, _ reason: String) -> Refusal { Refusal(option: option, reason: reason) }
        func resolve(_ option: String, _ path: String) throws -> String {
            guard !path.isEmpty else { throw refuse(option, "is empty") }
            do { return try RealPath.resolve(path) } catch { throw refuse(option, "\(error)") }
        }
        given = output
        let out = try resolve("--output", output)
        let shown = output == out ? "'\(output)'" : "'\(output)' (\(out))"
        guard out != "/" else { throw refuse("--output", "\(shown) is the root folder; a build replaces its output folder whole") }
        if let home = Self.homeFolder(holdingOrAt: out, environment) {
            throw refuse("--output", "\(shown) \(home == out ? "is" : "holds") the home folder \(home); a build replaces its output folder whole: give a folder of its own, such as \(home == "/home" ? "/home/NAME" : home)/site/Output")
        }
        for (option, path) in sources {
            let source = try resolve(option, path)
            if RealPath.isWithin(source, out) {
                throw refuse("--output", "\(shown) \(source == out ? "is" : "holds") the \(option) folder \(source); a build replaces its output folder whole")
            }
            if RealPath.isWithin(out, source) {
                throw refuse("--output", "\(shown) is inside the \(option) folder \(source); the site must be written outside what the build reads")
            }
        }
        self.state = try resolve("--state", state)
        if RealPath.isWithin(self.state, out) {
            throw refuse("--state", "'\(state)' (\(self.state)) is inside the output folder \(out); the state folder holds unmasked rejected values and is never published")
        }
        self.real = out
        parent = (out as NSString).deletingLastPathComponent
        name = (out as NSString).lastPathComponent
        for (folder, what) in [(out, "the output folder"), (previous, "the previous site kept beside it")] {
            switch OutputMarker.kind(of: folder) {
            case .missing, .ours: continue
            case .notAFolder: throw refuse("--output", "\(folder) (\(what)) exists and is not a folder")
            case .foreign(let sample, let count):
                let listed = sample.joined(separator: ", ") + (count > sample.count ? " and \(count - sample.count) more" : "")
                throw refuse("--output", "\(folder) (\(what)) is not empty and is not a site CreditCity built (no \(OutputMarker.fileName)): it holds \(listed). A build replaces its output folder whole; give a new or empty folder, or empty this one")
            }
        }
    }

    /// The home folder that `folder` (a real path) is or holds: `$HOME`, the user's passwd entry,
    /// `/root`, `/home` and any `/home/NAME`, whether or not it exists yet.
    static func homeFolder(holdingOrAt folder: String, _ environment: [String: String]) -> String? {
        var homes = ["/root", "/home"]
        if let home = environment["HOME"], !home.isEmpty { homes.append(home) }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir { homes.append(String(cString: dir)) }
        let real = homes.compactMap { try? RealPath.resolve($0) }.filter { $0 != "/" }
        if let home = real.sorted().first(where: { RealPath.isWithin($0, folder) }) { return home }
        let homeBase = (try? RealPath.resolve("/home")) ?? "/home"
        return (folder as NSString).deletingLastPathComponent == homeBase ? folder : nil
    }
}
