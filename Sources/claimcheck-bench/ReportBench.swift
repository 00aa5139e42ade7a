import ClaimCore
import ClaimReport
import Foundation

/// `claimcheck-bench report [CLAIMS [ROUNDS]]`: renders a document of CLAIMS (default 10,000) claims
/// and prints load and render times and the whole of what `claimcheck report DOC` does (load, render,
/// atomic write), each the best of ROUNDS (goal: < 1 s in release). Two documents are measured:
/// - typical: the bundled sample's shape — one to three facts per claim, a third reviewed, a quarter
///   of those with fetched evidence and a matching passage;
/// - heavy: five facts per claim, every claim reviewed, every one with evidence — an upper bound.
enum ReportBench {
    static func run(_ args: ArraySlice<String>) throws {
        let count = args.first.flatMap(Int.init) ?? 10_000
        let rounds = max(1, args.dropFirst().first.flatMap(Int.init) ?? 3)
        for heavy in [false, true] {
            try measure(count: count, rounds: rounds, heavy: heavy)
        }
    }

    static func measure(count: Int, rounds: Int, heavy: Bool) throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent(
            "claimcheck-bench-report-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let workspace = Workspace(root: root)
        let store = ClaimStore(workspace: workspace)
        try makeDocument(in: workspace, count: count, heavy: heavy)
        try time(store: store, renderer: ReportRenderer(workspace: workspace), rounds: rounds, heavy: heavy)
    }

    /// Document `bench` of `count` claims in `workspace`, written as claimcheck writes it: typical (one to three
    /// facts, a third reviewed, a quarter of those with evidence) or heavy (five facts, every claim reviewed with
    /// evidence). The `verify` bench measures the same documents.
    static func makeDocument(in workspace: Workspace, count: Int, heavy: Bool) throws {
        let store = ClaimStore(workspace: workspace)
        var article = ""
        var claims: [ExtractedClaim] = []
        for i in 0..<count {
            let sentence =
                "On Friday, officials said \(i % 97 + 2) people died and 300km (190 miles) of road closed, the ministry’s spokesman Ali al-Qaidi said (\(i))."
            let start = article.utf8.count
            article += sentence + "\n"
            let span = Span(start: start, end: start + sentence.utf8.count)
            var facts = [
                Fact(kind: .date, text: "On Friday", span: Span(start: start, end: start + 9), resolved: "2016-02-19"),
                Fact(
                    kind: .casualty, text: "people", span: span, value: Double(i % 97 + 2), qualifier: .exact,
                    noun: "people"),
                Fact(
                    kind: .attribution, text: "Ali al-Qaidi", span: span, speaker: "Ali al-Qaidi", role: "spokesman",
                    verb: "said"),
                Fact(kind: .quantity, text: "300km", span: span, value: 300, qualifier: .exact, noun: "km"),
                Fact(kind: .quantity, text: "190 miles", span: span, value: 190, qualifier: .exact, noun: "miles"),
            ]
            if !heavy { facts = Array(facts.prefix(i % 3 + 1)) }
            claims.append(
                ExtractedClaim(
                    text: sentence, span: span, kinds: Array(Set(facts.map(\.kind))).sorted(), checkworthiness: 0.7,
                    facts: facts))
        }
        _ = try store.importExtraction(
            slug: "bench", article: article, title: "Benchmark", url: "https://example.com/bench",
            published: "2016-02-24", extractorVersion: Extractor.version, claims: claims, by: "bench")
        let labels = VerdictLabel.allCases
        for (i, id) in try store.load("bench").claims.map(\.id).enumerated() where heavy || i % 3 == 0 {
            try store.update("bench", id: id) { claim in
                claim.verdict = Verdict(
                    label: labels[i % labels.count], note: "Checked <against> the “record” & more.", reviewer: "Bench",
                    at: Timestamp.now())
                if heavy || i % 4 == 0 {
                    claim.evidence = [
                        Evidence(
                            url: "https://example.com/source/\(i)", stance: .supports, addedBy: "Bench",
                            addedAt: Timestamp.now(),
                            snapshot: SHA256.hex("\(i)"), status: 200, fetchedAt: Timestamp.now(),
                            matches: [
                                EvidenceMatch(
                                    passage: "Officials said \(i % 97 + 2) people died on Friday.", score: 0.8,
                                    numbers: ["\(i % 97 + 2)"])
                            ])
                    ]
                }
                return HistoryEntry(at: Timestamp.now(), by: "Bench", action: .verdict)
            }
        }
    }

    static func time(store: ClaimStore, renderer: ReportRenderer, rounds: Int, heavy: Bool) throws {
        var clock = ContinuousClock.now
        let loaded = try store.load("bench")
        let loadTime = ContinuousClock.now - clock
        var best = Duration.seconds(1000)
        var bestWhole = Duration.seconds(1000)
        var bestCPU = 1000.0
        var bytes = 0
        for _ in 0..<rounds {
            clock = ContinuousClock.now
            let cpu = cpuSeconds()
            bytes = try renderer.html(for: loaded).utf8.count
            best = min(best, ContinuousClock.now - clock)
            bestCPU = min(bestCPU, cpuSeconds() - cpu)
            clock = ContinuousClock.now
            try renderer.render(document: "bench")
            bestWhole = min(bestWhole, ContinuousClock.now - clock)
        }
        let facts = loaded.claims.reduce(0) { $0 + $1.facts.count }
        let evidence = loaded.claims.reduce(0) { $0 + $1.evidence.count }
        print(
            "report (\(heavy ? "heavy" : "typical")): \(loaded.claims.count) claims, \(facts) facts, \(evidence) evidence links; "
                + "load \(ms(loadTime)) ms, render \(ms(best)) ms wall (best of \(rounds); \(String(format: "%.0f", bestCPU * 1000)) ms CPU, "
                + "\(ProcessInfo.processInfo.activeProcessorCount) cores), \(bytes / 1024) KiB of HTML; load + render + write \(ms(bestWhole)) ms"
        )
    }

    /// User + system CPU time of this process so far.
    static func cpuSeconds() -> Double {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return Double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) + Double(
            usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6
    }

    static func ms(_ d: Duration) -> String {
        String(format: "%.0f", Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
    }
}
