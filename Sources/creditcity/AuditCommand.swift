import ArgumentParser
import CreditCityKit
import Foundation

/// `creditcity audit DIR`: scan a built site for unmasked ID and mobile numbers; exit 1 on any.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Scan a built site for personal data that must never be public; exit 1 on any finding.")

    @Argument(help: "The built site, e.g. Output.") var directory: String
    @Option(help: "Content folder whose site.yaml lists the office's public_numbers (default: Content, when it has one).")
    var content: String?

    func run() throws {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDir), isDir.boolValue else {
            throw ValidationError("\(directory) is not a folder")
        }
        let siteYAML = ((content ?? "Content") as NSString).appendingPathComponent("site.yaml")
        if content != nil, !FileManager.default.fileExists(atPath: siteYAML) {
            throw ValidationError("\(siteYAML) does not exist; --content names the folder whose site.yaml lists public_numbers")
        }
        let allowed = try PrivacyAudit.allowed(site: directory, siteYAML: siteYAML)
        let findings = try PrivacyAudit.scan(root: directory, allowed: allowed)
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        for f in findings { BuildRunner.stderr("\(base)/\(f.description)") }
        guard findings.isEmpty else {
            BuildRunner.stderr("audit failed: \(findings.count) finding\(findings.count == 1 ? "" : "s")")
            throw ExitCode(1)
        }
        BuildRunner.stderr("audit passed: no unmasked ID or mobile numbers in \(base)/")
    }
}
