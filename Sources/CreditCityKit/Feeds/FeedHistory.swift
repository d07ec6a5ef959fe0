import Foundation

/// The feeds' memory in the state folder (never inside Output/), so change files can be computed
/// against the last successful build of an earlier day and kept for 90 days:
///
/// ```
/// <state>/feeds/snapshots/<day>.bin    ids and content hashes a successful build published (FeedSnapshot)
/// <state>/feeds/changes/<day>.json     the change file that build published, byte for byte
/// <state>/feeds/changes/index.tsv      day, since, added, updated, withdrawn of each kept change file
/// ```
///
/// The state folder, not the previous Output/, is the source: Output/ may be replaced by hand or
/// built with another `--output`, and carrying from it would copy whatever it holds into the next site.
public struct FeedHistory: Sendable {
    public static let changeFilesKept = 90

    public let stateDir: String
    public let asOf: CivilDate
    /// The day of the snapshot changes run from: the latest one before the as-of day.
    public let baseDay: CivilDate?
    public let base: FeedSnapshot?
    /// Change files of earlier days still kept, oldest first.
    public let earlierChanges: [ChangeFileInfo]
    /// Withdrawal reasons of records the base snapshot holds and this build hides.
    public private(set) var reasons: [FeedDataset: [String: WithdrawalReason]] = [:]

    /// One kept change file, as `feeds/changes/index.json` describes it.
    public struct ChangeFileInfo: Sendable, Equatable {
        public var day: CivilDate
        public var since: CivilDate?
        public var added: Int
        public var updated: Int
        public var withdrawn: Int

        var tsv: String { [day.iso, since?.iso ?? "-", String(added), String(updated), String(withdrawn)].joined(separator: "\t") }

        init(day: CivilDate, since: CivilDate?, added: Int, updated: Int, withdrawn: Int) {
            (self.day, self.since, self.added, self.updated, self.withdrawn) = (day, since, added, updated, withdrawn)
        }

        init?(tsv line: Substring) {
            let p = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard p.count == 5, let day = FeedHistory.day(p[0]), let a = Int(p[2]), let u = Int(p[3]), let w = Int(p[4]) else { return nil }
            self.init(day: day, since: FeedHistory.day(p[1]), added: a, updated: u, withdrawn: w)
        }
    }

    var snapshotsDir: String { stateDir + "/feeds/snapshots" }
    var changesDir: String { stateDir + "/feeds/changes" }

    /// Reads the state folder; a missing folder is a first build (everything is added).
    public init(stateDir: String, asOf: CivilDate) throws {
        self.stateDir = stateDir
        self.asOf = asOf
        let fm = FileManager.default
        let snapshotsDir = stateDir + "/feeds/snapshots", changesDir = stateDir + "/feeds/changes"
        var files: [CivilDate: String] = [:]
        for name in (try? fm.contentsOfDirectory(atPath: snapshotsDir)) ?? [] {
            // The binary form (.bin) wins over the older text form (.tsv) of the same day.
            guard name.hasSuffix(".bin") || name.hasSuffix(".tsv"), let day = Self.day(String(name.dropLast(4))) else { continue }
            if files[day] == nil || name.hasSuffix(".bin") { files[day] = name }
        }
        baseDay = files.keys.filter { $0 < asOf }.max()
        if let baseDay, let name = files[baseDay] {
            let path = snapshotsDir + "/" + name
            guard let data = fm.contents(atPath: path) else { throw BuildError.unreadable(.state, path, "permission denied or not a file") }
            base = try FeedSnapshot(contentsOf: [UInt8](data), path: path)
        } else {
            base = nil
        }
        let index = fm.contents(atPath: changesDir + "/index.tsv").map { String(decoding: $0, as: UTF8.self) } ?? ""
        earlierChanges = Array(index.split(separator: "\n").compactMap(ChangeFileInfo.init(tsv:))
            .filter { $0.day < asOf && fm.fileExists(atPath: changesDir + "/\($0.day.iso).json") }
            .sorted { $0.day < $1.day }
            .suffix(Self.changeFilesKept - 1))
    }

    /// Notes a record this build does not show, when the base snapshot published it: its id and the
    /// reason portals are told.
    public mutating func noteHidden(id: String, dataset: Dataset, reason: Decision.HiddenReason, status: RecordStatus?) {
        let feed = FeedDataset(dataset)
        guard base?.contains(feed, id) == true else { return }
        reasons[feed, default: [:]][id] = WithdrawalReason(reason, status: status)
    }

    /// Notes the notices that are not shown: past `expires` is `expired`, a draft is `removed`.
    public mutating func noteHidden(notices: [Notice]) {
        for n in notices where !n.isShown(asOf: asOf) && base?.contains(.notices, n.slug) == true {
            let expired = !n.draft && (n.expires.map { asOf > $0 } ?? false)
            reasons[.notices, default: [:]][n.slug] = expired ? .expired : .removed
        }
    }

    /// An earlier day's change file, handed to `body` a megabyte at a time: the first build's file holds
    /// every record (half a gigabyte at a million records) and is never read whole into memory.
    func readChangeFile(_ day: CivilDate, _ body: ([UInt8]) throws -> Void) throws {
        let path = changesDir + "/\(day.iso).json"
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw BuildError.unreadable(.state, path, BuildError.systemReason) }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 1 << 20)
        while true {
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0, errno == EINTR { continue }
            guard n >= 0 else { throw BuildError.unreadable(.state, path, BuildError.systemReason) }
            if n == 0 { return }
            try body(n == buffer.count ? buffer : Array(buffer[..<n]))
        }
    }

    /// What a build leaves in the state folder once Output/ has been replaced; nothing before, so a
    /// failed build leaves the history as it was.
    public struct Update: Sendable {
        let history: FeedHistory
        let snapshot: [UInt8]
        /// Where the build wrote this day's change file (Output/ once it is published).
        let changeFile: String
        let info: ChangeFileInfo

        /// Writes this day's snapshot and change file, drops change files beyond the last 90 and
        /// snapshots older than the one this build ran from (a same-day rebuild still needs it).
        public func commit() throws {
            let h = history, fm = FileManager.default
            for dir in [h.snapshotsDir, h.changesDir] { try fm.createDirectory(atPath: dir, withIntermediateDirectories: true) }
            try Self.replace(h.snapshotsDir + "/\(h.asOf.iso).bin", snapshot)
            try? fm.removeItem(atPath: h.snapshotsDir + "/\(h.asOf.iso).tsv")
            try Self.copy(changeFile, to: h.changesDir + "/\(h.asOf.iso).json")
            let index = fm.contents(atPath: h.changesDir + "/index.tsv").map { String(decoding: $0, as: UTF8.self) } ?? ""
            var rows = index.split(separator: "\n").compactMap(ChangeFileInfo.init(tsv:)).filter { $0.day != h.asOf }
            rows.append(info)
            rows.sort { $0.day < $1.day }
            let kept = rows.suffix(FeedHistory.changeFilesKept)
            for row in rows.dropLast(FeedHistory.changeFilesKept) { try? fm.removeItem(atPath: h.changesDir + "/\(row.day.iso).json") }
            try Self.replace(h.changesDir + "/index.tsv", Array(kept.map { $0.tsv + "\n" }.joined().utf8))
            let floor = h.baseDay ?? h.asOf
            for name in (try? fm.contentsOfDirectory(atPath: h.snapshotsDir)) ?? [] where name.hasSuffix(".tsv") || name.hasSuffix(".bin") {
                if let day = FeedHistory.day(String(name.dropLast(4))), day < floor { try? fm.removeItem(atPath: h.snapshotsDir + "/" + name) }
            }
        }

        /// Copies the change file the build wrote (hard-linked when it can be: it never changes once
        /// written) beside its place in the state folder and renames it in; an equal file is left alone.
        static func copy(_ source: String, to path: String) throws {
            let fm = FileManager.default
            if let a = FileFingerprint.of(source), let b = FileFingerprint.of(path), a.size == b.size,
               a.inode == b.inode || fm.contentsEqual(atPath: source, andPath: path) { return }
            let temp = path + ".tmp-\(getpid())"
            try? fm.removeItem(atPath: temp)
            if link(source, temp) != 0 {
                do {
                    try fm.copyItem(atPath: source, toPath: temp)
                } catch {
                    throw BuildError.cannotWrite(temp, (error as NSError).localizedDescription, stage: .state)
                }
            }
            guard rename(temp, path) == 0 else { throw BuildError.cannotWrite(path, stage: .state) }
        }

        /// Writes beside the file and renames, so a killed build never leaves half a snapshot; a file
        /// that already holds these bytes is left alone.
        static func replace(_ path: String, _ bytes: [UInt8]) throws {
            if let f = FileFingerprint.of(path), f.size == Int64(bytes.count),
               let old = FileManager.default.contents(atPath: path), old.elementsEqual(bytes) { return }
            let dir = (path as NSString).deletingLastPathComponent, name = (path as NSString).lastPathComponent
            let temp = ".\(name).tmp-\(getpid())"
            try? FileManager.default.removeItem(atPath: dir + "/" + temp)
            try FileTreeWriter(root: dir).write(temp, bytes)
            guard rename(dir + "/" + temp, path) == 0 else {
                throw BuildError.cannotWrite(path, stage: .state)
            }
        }
    }

    static func day(_ text: String) -> CivilDate? {
        guard text.utf8.count == 10, case .success(.day(let d)) = DateParsing.parse(text) else { return nil }
        return d
    }
}
