import ClaimCore
import ClaimTestSupport
import Foundation
import SourceFetch
import Workbench

/// Hostile web servers on 127.0.0.1, each attached as evidence through `EvidenceDesk` with a tight policy:
/// every case must end within its bound with a clear error (or a safe result), and a failed fetch must
/// leave no snapshot behind.
struct HostileServers {
    struct Outcome {
        var name: String
        var seconds: Double
        var message: String
        var passed: Bool
    }

    /// A policy with bounds short enough to run the suite in seconds.
    static let policy = FetchPolicy(
        connectTimeout: 2, totalTimeout: 4, lowSpeedBytesPerSecond: 100, lowSpeedSeconds: 2,
        maxRedirects: 10, maxBodyBytes: 2 * 1024 * 1024)

    func run() throws -> [Outcome] {
        let gzipBomb = try Self.gzipBomb(megabytes: 200)
        let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 0, count: 4096)
        let server = try LoopbackServer { request in
            switch request.path {
            case "/no-headers": return LoopbackResponse(hang: true)
            case "/trickle":
                return LoopbackResponse(
                    headers: [("Content-Type", "text/html")], body: Array("<p>slow</p>".utf8), trickleInterval: 1)
            case "/endless": return LoopbackResponse(headers: [("Content-Type", "text/html")], endless: true)
            case "/gzip-bomb":
                return LoopbackResponse(
                    headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: gzipBomb)
            case "/loop": return .redirect(to: "/loop")
            case "/to-file": return .redirect(to: "file:///etc/passwd")
            case "/lie": return LoopbackResponse(headers: [("Content-Type", "text/html; charset=utf-8")], body: png)
            case "/bad-utf8":
                return LoopbackResponse(
                    headers: [("Content-Type", "text/html; charset=utf-8")],
                    body: Array("<p>Six people died, officials said \u{FFFD}".utf8) + [0xFF, 0xFE, 0xC3, 0x28, 0xA0])
            default: return .status(404)
            }
        }
        defer { server.stop() }
        // (path, must fail, what the message must mention)
        let cases: [(String, Bool, String)] = [
            ("/no-headers", true, "timed out"), ("/trickle", true, "timed out"), ("/endless", true, "too large"),
            ("/gzip-bomb", true, "too large"), ("/loop", true, "redirect"), ("/to-file", true, "file"),
            ("/lie", false, ""), ("/bad-utf8", false, ""),
        ]
        var outcomes: [Outcome] = []
        for (path, mustFail, mention) in cases {
            let ws = try Scratch()
            let doc = try ws.makeDocument(lines: 2)
            let id = try ws.store.load(doc).claims[0].id
            let sources = try ws.workspace.sourcesFolder(doc)
            let desk = EvidenceDesk(workspace: ws.workspace, policy: Self.policy)
            let started = Date()
            var message: String
            var failed: Bool
            do {
                let outcome = try desk.attach(
                    document: doc, claimID: id, url: server.url(path), stance: .context, note: "", by: "stress")
                failed = !outcome.fetched
                message = outcome.report.error?.description ?? outcome.report.line
            } catch {
                failed = true
                message = "\(error)"
            }
            let seconds = Date().timeIntervalSince(started)
            let snapshots = (try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []
            let saved = try ws.store.loadClaim(doc, id: id).evidence.count == 1
            var passed = seconds < Self.policy.totalTimeout + 3 && saved && !message.contains("\n")
            if mustFail {
                passed = passed && failed && snapshots.isEmpty && message.lowercased().contains(mention)
            } else {
                passed = passed && !failed && !snapshots.isEmpty
            }
            outcomes.append(
                Outcome(name: path.dropFirst().description, seconds: seconds, message: message, passed: passed))
        }
        return outcomes
    }

    /// `megabytes` of zeros, gzip-compressed (about 1,000:1), made with the system's gzip.
    static func gzipBomb(megabytes: Int) throws -> [UInt8] {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", "head -c \(megabytes * 1024 * 1024) /dev/zero | gzip -c"]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return [UInt8](data)
    }
}
