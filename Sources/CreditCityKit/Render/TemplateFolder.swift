import Foundation

/// Templates/ checked before anything of it is read, so that no file from outside it reaches the site.
///
/// Templates and `assets/` are read by path, and reading follows symbolic links: a theme's
/// `assets/passwd.css -> /etc/passwd` would publish that file. Every entry is looked at without
/// following links; a link whose target lies outside Templates/ (by real path), a link to a folder,
/// and anything that is not a regular file or folder stop the build with a message naming the entry.
/// Links to files inside Templates/ are fine.
public struct TemplateFolder: Sendable {
    /// The folder as given, for messages.
    public let directory: String
    /// Files under `assets/`, relative to it, sorted: what a build copies into the site.
    public let assets: [String]

    public init(_ directory: String) throws {
        self.directory = directory
        let root: String
        do { root = try RealPath.resolve(directory) } catch { throw BuildError(.templates, path: directory, "\(error)") }
        var files: [String] = []
        try Self.walk(directory, relative: "", root: root, into: &files)
        assets = files.filter { $0.hasPrefix("assets/") }.map { String($0.dropFirst("assets/".count)) }.sorted()
    }

    /// Collects the files below `directory/relative`, checking every entry.
    static func walk(_ directory: String, relative: String, root: String, into files: inout [String]) throws {
        let folder = relative.isEmpty ? directory : directory + "/" + relative
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        } catch {
            throw BuildError(.templates, path: folder, "cannot read: \((error as NSError).localizedDescription)")
        }
        for name in names {
            let path = relative.isEmpty ? name : relative + "/" + name
            let shown = directory + "/" + path
            var st = stat()
            guard lstat(directory + "/" + path, &st) == 0 else { continue }
            switch st.st_mode & S_IFMT {
            case S_IFDIR:
                try walk(directory, relative: path, root: root, into: &files)
            case S_IFREG:
                files.append(path)
            case S_IFLNK:
                try checkLink(shown, root: root)
                files.append(path)
            default:
                throw BuildError(.templates, path: shown, "is not a regular file (a device, pipe or socket); Templates/ may hold only files and folders")
            }
        }
    }

    /// A link may point only at a regular file inside Templates/ (`root`, a real path).
    static func checkLink(_ link: String, root: String) throws {
        let target = RealPath.linkTarget(link) ?? "?"
        let real: String
        do { real = try RealPath.resolve(link) } catch { throw BuildError(.templates, path: link, "\(error)") }
        guard RealPath.isWithin(real, root) else {
            let shown = target == real ? target : "\(target) (\(real))"
            throw BuildError(.templates, path: link, "symbolic link to \(shown) leads outside the templates folder \(root); it is not followed. Copy the file into the templates folder instead")
        }
        var st = stat()
        guard stat(real, &st) == 0, (st.st_mode & S_IFMT) == S_IFREG else {
            throw BuildError(.templates, path: link, "symbolic link to \(target) does not lead to a file; links to folders are not followed, and a broken link has nothing to copy")
        }
    }
}
