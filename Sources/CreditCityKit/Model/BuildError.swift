import Foundation

/// The one fatal error of CreditCity: which stage stopped, where, and why (Publish's `PublishingError`).
///
/// Recoverable problems in content are `Diagnostic`s and never thrown; everything that stops a build
/// (or `init`, `sample`, `audit`, `rollback`) is a `BuildError`, made by one of the factories below so
/// that the same failure always reads the same. It prints like a compiler, `file:line: error: reason`,
/// and `<state>/last-build.json` keeps its stage, file, line and reason apart.
public struct BuildError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The part of the work that failed.
    public enum Stage: String, Sendable, Codable {
        case lock, configuration, templates, content, state, render, feeds, audit, publish, rollback, sample, initialise, assemble
    }

    public var stage: Stage
    /// The file or folder at fault, as the user knows it; nil when no one file is.
    public var path: String?
    public var line: Int?
    public var reason: String
    /// Lines printed under the message (the findings of a failed privacy audit).
    public var details: [String] = []

    public init(_ stage: Stage, path: String? = nil, line: Int? = nil, _ reason: String, details: [String] = []) {
        self.stage = stage
        self.path = path
        self.line = line
        self.reason = reason
        self.details = details
    }

    public var description: String {
        var s = ""
        if let path { s += path + (line.map { ":\($0)" } ?? "") + ": " }
        s += "error: " + reason
        for d in details { s += "\n  " + d }
        return s
    }

    /// The machine form for `last-build.json`.
    public var json: JSONValue {
        .object(["stage": .string(stage.rawValue), "file": path.map(JSONValue.string) ?? .null,
                 "line": line.map(JSONValue.int) ?? .null, "message": .string(reason)])
    }
}

extension BuildError {
    /// The text of the current `errno`.
    public static var systemReason: String { String(cString: strerror(errno)) }

    /// A file or folder that cannot be read at all.
    public static func unreadable(_ stage: Stage, _ path: String, _ cause: String) -> BuildError {
        BuildError(stage, path: path, "cannot read: \(cause)")
    }

    /// A file that cannot be written (a full disk, a file-size limit, permissions).
    public static func cannotWrite(_ path: String, _ cause: String = BuildError.systemReason, stage: Stage = .publish) -> BuildError {
        BuildError(stage, path: path, "cannot write: \(cause)")
    }

    /// A step on the file system that failed: "cannot \(what): \(errno text)".
    public static func system(_ stage: Stage, _ what: String, path: String? = nil, _ cause: String = BuildError.systemReason) -> BuildError {
        BuildError(stage, path: path, "cannot \(what): \(cause)")
    }

    /// A site.yaml problem, `site.yaml:LINE: error: key: reason`.
    public static func siteConfig(_ file: String, line: Int?, key: String, _ reason: String) -> BuildError {
        BuildError(.configuration, path: file, line: line, "\(key): \(reason)")
    }

    public static func templateSyntax(_ file: String, line: Int, _ message: String) -> BuildError {
        BuildError(.templates, path: file, line: line, "template syntax: \(message)")
    }

    public static func missingTemplates(_ directory: String, _ names: [String]) -> BuildError {
        BuildError(.templates, path: directory, "missing templates: \(names.map { $0 + ".mustache" }.joined(separator: ", "))")
    }

    /// Another build holds the lock and this one was told not to wait. `subject` says whose lock it
    /// is ("of /srv/site/Output", "using the state folder .creditcity").
    public static func busy(lock: String, subject: String, holder: String) -> BuildError {
        BuildError(.lock, "another build \(subject) is running (\(holder)); lock \(lock). Wait for it, or run again without --no-wait to wait")
    }

    /// `--strict` with rejected records.
    public static func strict(rejected: Int) -> BuildError {
        BuildError(.content, "--strict: \(rejected) rejected record\(rejected == 1 ? "" : "s"); Output/ is unchanged")
    }

    /// The check before rendering found personal numbers in published values (listed as diagnostics).
    public static func privacyValues(_ count: Int) -> BuildError {
        BuildError(.render, "privacy: \(count) personal number\(count == 1 ? "" : "s") would be published (listed above); Output/ is unchanged")
    }

    /// The new tree failed the privacy audit; the first findings are listed.
    public static func privacy(_ findings: [PrivacyAudit.Finding], outputDir: String) -> BuildError {
        BuildError(.audit, "privacy audit: \(findings.count) unmasked personal number\(findings.count == 1 ? "" : "s") in the new site; Output/ is unchanged",
                   details: findings.prefix(20).map { "\(outputDir)/\($0.description)" })
    }

    /// A state file this build cannot use.
    public static func damagedState(_ path: String, _ reason: String) -> BuildError {
        BuildError(.state, path: path, "\(reason); delete the state folder's feeds/ to start the change history afresh")
    }

    /// `init` or `sample` was pointed at a folder that already has files.
    public static func notEmpty(_ stage: Stage, _ dir: String, _ what: String) -> BuildError {
        BuildError(stage, path: dir, "is not empty; \(what)")
    }
}
