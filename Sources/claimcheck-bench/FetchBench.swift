import ClaimTestSupport
import Foundation
import SourceFetch

/// `claimcheck-bench fetch [--count 500] [--concurrency 6] [--delay-ms 20] [--bytes 4000] [--rounds 3]`:
/// fetches `count` URLs from a loopback server that waits `delay-ms` before each answer, once with
/// `Fetcher.fetchAll` (multi interface, `concurrency` transfers and host connections) and once with
/// `curl --parallel --parallel-max N` on the same list, and prints both wall times (best of `rounds`) and the ratio.
enum FetchBench {
    static func run(_ args: ArraySlice<String>) throws {
        var options: [String: Int] = ["count": 500, "concurrency": 6, "delay-ms": 20, "bytes": 4000, "rounds": 3]
        var rest = args
        while let flag = rest.popFirst() {
            guard flag.hasPrefix("--"), let key = Optional(String(flag.dropFirst(2))), options[key] != nil,
                let value = rest.popFirst().flatMap(Int.init), value > 0
            else {
                throw BenchError(
                    "usage: fetch [--count N] [--concurrency N] [--delay-ms N] [--bytes N] [--rounds N] (bad argument \(flag))"
                )
            }
            options[key] = value
        }
        let count = options["count"]!
        let concurrency = options["concurrency"]!
        let rounds = options["rounds"]!
        let delay = Double(options["delay-ms"]!) / 1000
        let body = Array(
            ("<html><body><p>" + String(repeating: "benchmark text ", count: options["bytes"]! / 15)
                + "</p></body></html>").utf8)
        let server = try LoopbackServer { _ in
            LoopbackResponse(headers: [("Content-Type", "text/html; charset=utf-8")], body: body, delay: delay)
        }
        defer { server.stop() }
        let urls = (0..<count).map { server.url("/page/\($0)") }
        print(
            "fetch: \(count) URLs from 127.0.0.1, \(Int(delay * 1000)) ms per answer, \(body.count) bytes each, concurrency \(concurrency), best of \(rounds)"
        )
        print("       ideal (delay × count / concurrency): \(format(delay * Double(count) / Double(concurrency)))")

        let fetcher = Fetcher(policy: FetchPolicy(maxHostConnections: concurrency))
        var ours = Double.infinity
        for _ in 0..<rounds {
            let start = Date()
            let results = fetcher.fetchAll(urls, concurrency: concurrency)
            let elapsed = Date().timeIntervalSince(start)
            let failed = results.filter { if case .failure = $0 { return true } else { return false } }.count
            guard failed == 0 else { throw BenchError("claimcheck: \(failed) of \(count) fetches failed") }
            ours = min(ours, elapsed)
        }

        let config = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimcheck-bench-\(getpid()).curlrc")
        try urls.map { "url = \"\($0)\"\noutput = \"/dev/null\"\n" }.joined().write(
            to: config, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: config) }
        var theirs = Double.infinity
        for _ in 0..<rounds {
            let curl = Process()
            curl.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            curl.arguments = [
                "curl", "--parallel", "--parallel-max", String(concurrency), "--silent", "--show-error",
                "--no-progress-meter", "--fail", "-K", config.path,
            ]
            curl.standardOutput = FileHandle.nullDevice
            let start = Date()
            try curl.run()
            curl.waitUntilExit()
            let elapsed = Date().timeIntervalSince(start)
            guard curl.terminationStatus == 0 else {
                throw BenchError("curl exited with status \(curl.terminationStatus)")
            }
            theirs = min(theirs, elapsed)
        }
        print("       claimcheck Fetcher.fetchAll: \(format(ours))")
        print("       curl --parallel --parallel-max \(concurrency): \(format(theirs))")
        print("       ratio claimcheck / curl: \(String(format: "%.3f", ours / theirs)) (target ≤ 1.1)")
        readingThroughput()
    }

    /// HTML → readable text on a large synthetic news page (boilerplate around many paragraphs).
    static func readingThroughput() {
        var html =
            "<html><head><title>Big page</title></head><body><nav>"
            + String(repeating: "<a href=\"/x\">Section</a> ", count: 200) + "</nav><article>"
        for i in 0..<20_000 {
            html +=
                "<p>Paragraph \(i) says that <b>\(i % 97) members</b> of parliament met on <a href=\"/d\">Tuesday</a> in Tobruk.</p>"
            if i % 50 == 0 { html += "<div class=\"ad-slot\">Advertisement</div><aside>Related story \(i)</aside>" }
        }
        html += "</article><footer>" + String(repeating: "<p>Footer text</p>", count: 100) + "</footer></body></html>"
        let bytes = Array(html.utf8)
        let start = Date()
        let text = SourceText.read(bytes, contentType: "text/html; charset=utf-8")
        let elapsed = Date().timeIntervalSince(start)
        print(
            "read: \(bytes.count / 1024) KiB of HTML → \((text.text ?? "").utf8.count / 1024) KiB of text in \(format(elapsed)) (\(String(format: "%.1f", Double(bytes.count) / elapsed / 1_048_576)) MB/s)"
        )
    }

    static func format(_ seconds: Double) -> String { String(format: "%.3f s", seconds) }
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
