/// What the preview knows about the last rebuild, shown to open pages.
public struct PreviewBuildStatus: Sendable, Equatable {
    /// Counts every finished build, good or failed; a page served at another generation reloads.
    public var generation: Int
    public var succeeded: Bool
    /// What the webmaster must see on every page until the next build: the failure, or the rows the
    /// build rejected (empty: nothing to show).
    public var messages: [String]

    public init(generation: Int, succeeded: Bool, messages: [String] = []) {
        self.generation = generation
        self.succeeded = succeeded
        self.messages = messages
    }
}

/// The preview's live reload: a small script and, after a failed build or one with rejected rows, a
/// banner, both added by `creditcity serve` to the HTML it sends. They are never written into Output/:
/// the built site stays exactly what `creditcity build` publishes.
///
/// The script listens to an event stream (`/__creditcity/events`) on which the server sends the build
/// generation when the page connects and after every rebuild; a generation other than the page's own
/// reloads the page. EventSource reconnects by itself if the connection drops.
public enum LiveReload {
    /// Paths under this prefix belong to the preview, not to the site.
    public static let reservedPrefix = "/__creditcity/"
    public static let eventsPath = "/__creditcity/events"
    /// Messages beyond this many are summarised in one line.
    static let bannerLimit = 50

    /// `html` with the banner (when `status` has messages) after `<body…>` and the script before `</body>`.
    public static func inject(into html: [UInt8], status: PreviewBuildStatus) -> [UInt8] {
        var out = html
        let script = Array(self.script(generation: status.generation).utf8)
        if let close = lastIndex(of: "</body", in: out) {
            out.insert(contentsOf: script, at: close)
        } else {
            out += script
        }
        if !status.messages.isEmpty {
            let banner = Array(self.banner(status).utf8)
            if let open = firstIndex(of: "<body", in: out), let end = out[open...].firstIndex(of: UInt8(ascii: ">")) {
                out.insert(contentsOf: banner, at: end + 1)
            } else {
                out.insert(contentsOf: banner, at: 0)
            }
        }
        return out
    }

    static func script(generation: Int) -> String {
        """
        <script>/* creditcity serve: reload after a rebuild (preview only, not in Output/) */
        (function () {
          var served = \(generation);
          if (!window.EventSource) return;
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("build", function (event) {
            var build = JSON.parse(event.data);
            if (build.generation !== served) { source.close(); window.location.reload(); }
          });
        })();
        </script>

        """
    }

    static func banner(_ status: PreviewBuildStatus) -> String {
        let title = status.succeeded
            ? "预览提示：本次构建有 \(status.messages.count) 条问题，被拒收的记录不会发布。"
            : "预览提示：最近一次重新构建失败，仍显示上一次成功构建的网站。修正后保存即自动重新构建。"
        var lines = status.messages.prefix(bannerLimit).map(MarkupEscaping.escaped)
        if status.messages.count > bannerLimit { lines.append("… 另有 \(status.messages.count - bannerLimit) 条，见终端输出") }
        return """
            <div id="creditcity-preview-banner" role="alert" style="position:sticky;top:0;z-index:2147483647;margin:0;\
            padding:12px 16px;background:#fff4e5;color:#5c2b00;border-bottom:3px solid #d9480f;text-align:left;\
            font:14px/1.5 system-ui,sans-serif"><strong>\(MarkupEscaping.escaped(title))</strong>\
            <pre style="white-space:pre-wrap;margin:8px 0 0;max-height:40vh;overflow:auto;font:13px/1.4 monospace">\
            \(lines.joined(separator: "\n"))</pre></div>
            """
    }

    /// One server-sent event with the build generation.
    public static func event(_ status: PreviewBuildStatus) -> [UInt8] {
        Array("event: build\ndata: {\"generation\":\(status.generation),\"succeeded\":\(status.succeeded)}\n\n".utf8)
    }

    /// The first bytes of an event stream: how soon to reconnect, then the current generation.
    public static func streamStart(_ status: PreviewBuildStatus) -> [UInt8] {
        Array("retry: 1000\n\n".utf8) + event(status)
    }

    /// A comment line that keeps the stream open through idle periods and finds closed clients.
    public static let heartbeat = Array(": ping\n\n".utf8)


    /// The last position of `needle` in `haystack`, ignoring ASCII case (`</body>` is near the end).
    static func lastIndex(of needle: String, in haystack: [UInt8]) -> Int? {
        let n = Array(needle.lowercased().utf8)
        guard haystack.count >= n.count else { return nil }
        return stride(from: haystack.count - n.count, through: 0, by: -1).first { matches(n, haystack, at: $0) }
    }

    /// The first position of `needle` in `haystack`, ignoring ASCII case (`<body` is near the start).
    static func firstIndex(of needle: String, in haystack: [UInt8]) -> Int? {
        let n = Array(needle.lowercased().utf8)
        guard haystack.count >= n.count else { return nil }
        return (0...(haystack.count - n.count)).first { matches(n, haystack, at: $0) }
    }

    static func matches(_ lowerNeedle: [UInt8], _ haystack: [UInt8], at i: Int) -> Bool {
        for j in 0..<lowerNeedle.count {
            var b = haystack[i + j]
            if b >= 65 && b <= 90 { b += 32 }
            if b != lowerNeedle[j] { return false }
        }
        return true
    }
}
