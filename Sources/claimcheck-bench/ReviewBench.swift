import ClaimCore
import Foundation
import Workbench

/// `claimcheck-bench review [CLAIMS [ROUNDS]]`: opens a review session over a document of CLAIMS
/// (default 10,000) claims extracted from the news-like bench corpus and times every REPL command
/// (goal: each answers in under 20 ms). Saving commands really write the claim file (atomic write,
/// fsync, lock), as they do for a reviewer.
enum ReviewBench {
    static func run(_ args: ArraySlice<String>) throws {
        let wanted = args.first.flatMap(Int.init) ?? 10_000
        let rounds = max(1, args.dropFirst().first.flatMap(Int.init) ?? 20)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimcheck-bench-review-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = Workspace(root: root)
        let article = try makeDocument(in: workspace, wanted: wanted)

        var start = DispatchTime.now().uptimeNanoseconds
        let session = try ReviewSession(workspace: workspace, document: "bench", reviewer: "bench")
        let openMS = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print(
            String(
                format: "review: %d claims, %.1f KB article; opening the session %.0f ms (load every claim file once)",
                session.claims.count, Double(article.utf8.count) / 1000, openMS))
        let middleID = session.claims[session.claims.count / 2].id
        let commands: [String] = [
            "", "next", "prev", "goto \(session.claims.count - 1)", "goto \(middleID)", "next unreviewed", "show",
            "verdict mostly-true checked against the ministry's figures", "note called the ministry at 10:40", "undo",
            "kinds quantity date", "drop", "undo", "list --verdict mostly-true", "list --kind casualty", "status",
            "help", "help evidence", "verdikt true", "goto 999999", "list",
        ]
        print("command                                   median ms   max ms")
        var worst = 0.0
        for command in commands {
            var times: [Double] = []
            for _ in 0..<rounds {
                start = DispatchTime.now().uptimeNanoseconds
                let reply = session.handle(command)
                times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6)
                precondition(!reply.quit)
            }
            times.sort()
            worst = max(worst, times[times.count / 2])
            let shown = command.isEmpty ? "(Enter)" : String(command.prefix(40))
            print(
                shown.padding(toLength: 40, withPad: " ", startingAt: 0)
                    + String(format: " %9.2f %8.2f", times[times.count / 2], times.last!))
        }
        start = DispatchTime.now().uptimeNanoseconds
        _ = session.handle("list --all")
        let listMS = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e6
        print(String(format: "list --all (%d lines, not a per-command goal): %.1f ms", session.claims.count, listMS))
        print(String(format: "slowest median: %.2f ms (goal < 20 ms)", worst))
    }

    /// Extracts document `bench` of about `wanted` claims from the news-like bench corpus into `workspace` (the
    /// `verify` bench measures the same document). Returns the article.
    @discardableResult
    static func makeDocument(in workspace: Workspace, wanted: Int) throws -> String {
        // Enough corpus for `wanted` claims (about 10 claims per kilobyte), cut at a paragraph end.
        var article = ExtractionBench.corpus(bytes: wanted * 110)
        var claims = Extractor().extract(article, published: CalendarDay(iso: "2020-03-11"))
        if claims.count > wanted {
            let cut = claims[wanted].span.start
            article = String(decoding: Array(article.utf8)[..<cut], as: UTF8.self)
            claims = Array(claims.prefix(wanted))
        }
        _ = try ClaimStore(workspace: workspace).importExtraction(
            slug: "bench", article: article, title: "Review bench", url: nil, published: "2020-03-11",
            extractorVersion: Extractor.version, claims: claims, by: "bench")
        return article
    }
}
