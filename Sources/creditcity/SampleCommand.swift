import ArgumentParser
import CreditCityKit
import Foundation

/// `creditcity sample DIR --records N --seed S`: a synthetic content folder for demos and benchmarks.
struct SampleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sample",
        abstract: "Write a synthetic but realistic content folder with N records in total (for demos and benchmarks).")

    @Argument(help: "The new content folder.") var directory: String
    @Option(help: "Records in total: 50 % licensing, 40 % penalties, 10 % list entries.") var records: Int = 1000
    @Option(help: "Seed: the same seed gives the same files.") var seed: UInt64 = 1
    @Option(name: .customLong("as-of"), help: "The latest decision day, YYYY-MM-DD.") var asOf = "2026-11-22"

    func validate() throws {
        guard records > 0 else { throw ValidationError("--records must be at least 1") }
        guard case .success(.day) = DateParsing.parse(asOf) else { throw ValidationError("--as-of must be a day like 2026-11-21") }
    }

    func run() throws {
        guard case .success(.day(let day)) = DateParsing.parse(asOf) else { throw ExitCode(2) }
        do {
            let s = try SampleGenerator(records: records, seed: seed, referenceDay: day).write(to: directory)
            BuildRunner.stderr("sample: \(directory)/: \(s.licensing) licensing, \(s.penalties) penalties, \(s.listEntries) list entries, \(s.events) events, \(s.notices) notices in \(s.files) files")
        } catch {
            BuildRunner.stderr("error: \(error)")
            throw ExitCode(1)
        }
    }
}
