import Foundation

/// Answers one request of the preview server: files of the built site (HTML with the live-reload
/// script added), redirects for folders without their slash, the site's 404 page, and the event stream
/// under `/__creditcity/`. Pure apart from reading files, so every answer is tested without a socket.
public struct PreviewResponder: Sendable {
    public let resolver: StaticFileResolver

    public init(root: String) { self.resolver = StaticFileResolver(root: root) }

    public func respond(to head: HTTPRequestHead, status: PreviewBuildStatus) -> PreviewResponse {
        guard head.method == "GET" || head.method == "HEAD" else {
            var r = PreviewResponse.text(405, "only GET and HEAD are served", closes: true)
            r.fields.append(.init("Allow", "GET, HEAD"))
            return r
        }
        guard head.fields.count(where: { $0.name.lowercased() == "host" }) <= 1 else {
            return .text(400, "more than one Host field", closes: true)
        }
        guard Self.isLocalHost(head.field("Host")) else {
            // A page of another site that rebinds its name to 127.0.0.1 must not read the preview.
            return .text(403, "the preview answers only to 127.0.0.1, localhost or [::1]", closes: true)
        }
        var response = answer(head.target, status: status)
        response.fields += [.init("Cache-Control", "no-cache"), .init("X-Content-Type-Options", "nosniff")]
        if head.method == "HEAD" { response.omitsBody = true }
        if head.declaresBody { response.closes = true }
        return response
    }

    func answer(_ target: String, status: PreviewBuildStatus) -> PreviewResponse {
        if StaticFileResolver.path(of: target).hasPrefix(LiveReload.reservedPrefix) {
            guard StaticFileResolver.path(of: target) == LiveReload.eventsPath else { return .text(404, "not found") }
            var r = PreviewResponse(status: 200, fields: [.init("Content-Type", "text/event-stream")],
                                    body: LiveReload.streamStart(status))
            r.isEventStream = true
            // The stream ends only when the connection does (an answer to HEAD ends at once).
            r.closes = true
            return r
        }
        switch resolver.resolve(target) {
        case .file(let path, let type):
            guard let data = FileManager.default.contents(atPath: path) else { return notFound(status) }
            return page(200, Array(data), type: type, status: status)
        case .redirect(let location):
            var r = PreviewResponse.text(301, "moved to \(location)")
            r.fields.append(.init("Location", location))
            return r
        case .notFound:
            return notFound(status)
        }
    }

    func notFound(_ status: PreviewBuildStatus) -> PreviewResponse {
        guard let data = FileManager.default.contents(atPath: resolver.root + "/404.html") else {
            // No site yet (the first build failed): the banner is the page.
            return page(404, Array("<!DOCTYPE html><html lang=\"zh-CN\"><meta charset=\"utf-8\"><title>404</title><body><p>404 Not Found</p></body></html>".utf8),
                        type: StaticFileResolver.contentType("404.html"), status: status)
        }
        return page(404, Array(data), type: StaticFileResolver.contentType("404.html"), status: status)
    }

    func page(_ code: Int, _ bytes: [UInt8], type: String, status: PreviewBuildStatus) -> PreviewResponse {
        let body = type.hasPrefix("text/html") ? LiveReload.inject(into: bytes, status: status) : bytes
        return PreviewResponse(status: code, fields: [.init("Content-Type", type)], body: body)
    }

    /// Whether a Host field names this machine's loopback (any port); a request without one is let
    /// through, as HTTP/1.0 clients send none.
    static func isLocalHost(_ host: String?) -> Bool {
        guard let host = host?.lowercased(), !host.isEmpty else { return true }
        let name: Substring
        if host.hasPrefix("[") {
            name = host[...(host.firstIndex(of: "]") ?? host.index(before: host.endIndex))]
        } else {
            name = host.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        }
        return name == "127.0.0.1" || name == "localhost" || name == "[::1]"
    }
}
