import ArgumentParser
import CreditCityKit
import FlyingFox
import Foundation

/// `creditcity serve`: build, serve Output/ on 127.0.0.1, rebuild when Content/ or Templates/ change.
///
/// For the webmaster's preview only: it listens on the loopback address, never on the network.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Build, serve Output/ on 127.0.0.1 and rebuild when Content/ or Templates/ change.")

    @OptionGroup var common: CommonOptions
    @Option(help: "Port on 127.0.0.1.") var port: UInt16 = 8080
    @Option(help: "Seconds between checks for changed content.") var interval: Double = 1

    func run() async throws {
        let options = common.buildOptions(writeOutput: true)
        // A failed build keeps serving the last good site, as the build itself guarantees.
        try? await BuildRunner.run(options, verb: "build")
        let watcher = ContentWatcher(folders: [options.contentDir, options.templatesDir])
        let server = HTTPServer(address: try sockaddr_in.inet(ip4: "127.0.0.1", port: port),
                                handler: SiteHandler(resolver: StaticFileResolver(root: options.outputDir)))
        BuildRunner.stderr("serving \(options.outputDir)/ at http://127.0.0.1:\(port)/ (Ctrl-C to stop); rebuilding on changes")
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await server.run() }
            group.addTask {
                var last = watcher.fingerprint()
                while !Task.isCancelled {
                    try await Task.sleep(nanoseconds: UInt64(interval * 1_000_000_000))
                    let now = watcher.fingerprint()
                    guard now != last else { continue }
                    last = now
                    BuildRunner.stderr("change detected; rebuilding")
                    try? await BuildRunner.run(options, verb: "build")
                }
            }
            try await group.next()
            group.cancelAll()
        }
    }
}

/// Serves the built site's files; Output/ is swapped atomically by builds, so each request opens the
/// file by path and sees either the old site or the new one.
struct SiteHandler: HTTPHandler {
    let resolver: StaticFileResolver

    func handleRequest(_ request: HTTPRequest) async throws -> HTTPResponse {
        guard request.method == .GET || request.method == .HEAD else {
            return HTTPResponse(statusCode: .methodNotAllowed)
        }
        switch resolver.resolve(request.path) {
        case .file(let path, let type):
            guard let data = FileManager.default.contents(atPath: path) else { return notFound() }
            return HTTPResponse(statusCode: .ok, headers: [.contentType: type], body: data)
        case .redirect(let location):
            let headers: HTTPHeaders = [.location: location]
            return HTTPResponse(statusCode: .movedPermanently, headers: headers)
        case .notFound:
            return notFound()
        }
    }

    func notFound() -> HTTPResponse {
        let page = FileManager.default.contents(atPath: resolver.root + "/404.html") ?? Data("404 Not Found".utf8)
        return HTTPResponse(statusCode: .notFound, headers: [.contentType: "text/html; charset=utf-8"], body: page)
    }
}
