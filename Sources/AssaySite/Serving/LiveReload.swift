import AssayCore
import Foundation

/// Reloads open pages after each good build and shows a failed build's diagnostics over them, through
/// server-sent events to a small script that `assay serve` puts into the pages it serves (never into `Output/`).
public final class LiveReload: @unchecked Sendable {
    public static let scriptPath = "/__assay/live.js"
    public static let eventsPath = "/__assay/events"
    /// Open pages listening at once; a preview has a handful.
    static let maximumListeners = 64

    private let lock = NSLock()
    private var clients: [HTTPConnection] = []
    /// The number of the build `Output/` holds, and the diagnostics of a later build that failed.
    private var goodBuild = 0
    private var failure: [Diagnostic]?
    private var heartbeat: DispatchSourceTimer?

    public init() {
        // A comment now and then finds the connections of closed tabs and lets them go.
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + 15, repeating: 15)
        timer.setEventHandler { [weak self] in self?.broadcast(Array(": keep-alive\n\n".utf8)) }
        timer.resume()
        heartbeat = timer
    }

    deinit { heartbeat?.cancel() }

    /// The markup for a served HTML page: the script, told which build the page comes from, so a page
    /// loaded just before a build still reloads.
    public var injection: String {
        let build = lock.withLock { goodBuild }
        return "<script src=\"\(Self.scriptPath)\" data-assay-build=\"\(build)\"></script>\n"
    }

    /// Routes the two paths of the live-reload protocol; nil for every other path.
    public func route(_ request: HTTPRequest) -> HTTPServer.Route? {
        switch request.path {
        case Self.scriptPath where request.method != "GET" && request.method != "HEAD":
            return .respond(.text(405, "Only GET and HEAD are answered here.", headers: [("Allow", "GET, HEAD")]))
        case Self.scriptPath:
            return .respond(HTTPResponse(status: 200, headers: [("Content-Type", "text/javascript; charset=utf-8"), ("Cache-Control", "no-store")],
                                         body: Array(Self.script.utf8)))
        case Self.eventsPath where request.method != "GET":
            return .respond(.text(405, "Only GET is answered here.", headers: [("Allow", "GET")]))
        case Self.eventsPath:
            return .stream(head: HTTPResponse(status: 200, headers: [("Content-Type", "text/event-stream"), ("Cache-Control", "no-store"),
                                                                     ("Connection", "keep-alive")]),
                           take: { [self] connection in attach(connection) })
        default:
            return nil
        }
    }

    /// A new page listening: it learns at once which build is current and whether the last one failed.
    func attach(_ connection: HTTPConnection) {
        // Under the lock, so no build can be announced between the greeting and joining the list.
        let joined = lock.withLock {
            let hello = Self.event("hello", build: goodBuild, diagnostics: failure)
            guard connection.send(Array("retry: 1000\n\n".utf8) + hello) else { return false }
            // Each open page holds a connection: past the cap the oldest goes (its page reconnects if it is still open).
            if clients.count >= Self.maximumListeners { clients.removeFirst().close() }
            clients.append(connection)
            return true
        }
        if !joined { connection.close() }
    }

    /// Tells every open page how a build ended: reload after a good one, show the diagnostics after a failed one.
    public func announce(_ outcome: BuildOutcome) {
        let message: [UInt8] = lock.withLock {
            switch outcome.result {
            case .built:
                goodBuild = outcome.number
                failure = nil
                return Self.event("built", build: goodBuild, diagnostics: nil)
            case .failed(let diagnostics):
                failure = diagnostics
                return Self.event("failed", build: goodBuild, diagnostics: diagnostics)
            }
        }
        broadcast(message)
    }

    /// Pages listening now.
    public var listeners: Int { lock.withLock { clients.count } }

    private func broadcast(_ bytes: [UInt8]) {
        let current = lock.withLock { clients }
        let gone = current.filter { !$0.send(bytes) }
        guard !gone.isEmpty else { return }
        gone.forEach { $0.close() }
        lock.withLock { clients.removeAll { client in gone.contains { $0 === client } } }
    }

    private struct Payload: Encodable {
        struct Entry: Encodable {
            var location: String
            var severity: String
            var message: String
            var hint: String?
        }
        var build: Int
        var failed: Bool
        var diagnostics: [Entry]
    }

    static func event(_ name: String, build: Int, diagnostics: [Diagnostic]?) -> [UInt8] {
        let payload = Payload(build: build, failed: diagnostics != nil, diagnostics: (diagnostics ?? []).sortedByLocation().map {
            .init(location: "\($0.location.file):\($0.location.line):\($0.location.column)", severity: $0.severity.rawValue,
                  message: $0.message, hint: $0.hint)
        })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let json = (try? encoder.encode(payload)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
        // JSON has no raw line breaks, so the payload is one `data:` line.
        return Array("event: \(name)\ndata: \(json)\n\n".utf8)
    }

    /// The page's side. Diagnostics go in as text, never as markup: content cannot run script through them.
    static let script = """
        // Assay live reload: served by `assay serve` only, never part of the report.
        (function () {
          "use strict";
          var me = document.currentScript;
          var loaded = me ? Number(me.getAttribute("data-assay-build")) : NaN;
          var overlay = null;
          function hide() { if (overlay) { overlay.remove(); overlay = null; } }
          function show(diagnostics) {
            hide();
            overlay = document.createElement("div");
            overlay.id = "assay-build-error";
            overlay.setAttribute("role", "alert");
            overlay.style.cssText = "position:fixed;left:0;right:0;top:0;z-index:2147483647;max-height:70vh;overflow:auto;" +
              "margin:0;padding:1rem 1.25rem;background:#2b0b0b;color:#fde8e8;border-bottom:4px solid #e5484d;" +
              "font:14px/1.45 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;box-shadow:0 4px 24px rgba(0,0,0,.4)";
            var title = document.createElement("p");
            title.style.cssText = "margin:0 0 .5rem;font-weight:bold;font-family:system-ui,sans-serif";
            title.textContent = "The build failed. This page shows the last good build; fix the content and it reloads.";
            overlay.appendChild(title);
            diagnostics.forEach(function (d) {
              var line = document.createElement("pre");
              line.style.cssText = "margin:.25rem 0;white-space:pre-wrap";
              line.textContent = d.location + ": " + d.severity + ": " + d.message + (d.hint ? "\\n    hint: " + d.hint : "");
              overlay.appendChild(line);
            });
            var close = document.createElement("button");
            close.type = "button";
            close.textContent = "Hide";
            close.style.cssText = "margin-top:.5rem";
            close.addEventListener("click", hide);
            overlay.appendChild(close);
            document.body.appendChild(overlay);
          }
          if (!window.EventSource) { return; }
          var events = new EventSource("\(eventsPath)");
          events.addEventListener("hello", function (event) {
            var state = JSON.parse(event.data);
            if (!isNaN(loaded) && state.build !== loaded && state.build > 0) { location.reload(); return; }
            if (state.failed) { show(state.diagnostics); } else { hide(); }
          });
          events.addEventListener("built", function () { location.reload(); });
          events.addEventListener("failed", function (event) { show(JSON.parse(event.data).diagnostics); });
        })();

        """
}
