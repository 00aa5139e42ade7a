import ClaimCore
import ClaimTestSupport
import Foundation

/// `claimcheck-bench reextract [MB] [RUNS]`: re-extraction of an article (default 1 MB of the extraction bench's
/// news-like text, a third of its claims reviewed) whose every tenth sentence was edited, with carry-over of the
/// edited sentences' verdicts (issue 15) and without (`ExtractionMerge(carryOver: false)`, the policy before).
/// Prints the best of RUNS (default 5) for the extraction, the merge each way, and the whole store import with
/// carry-over (merge and atomic writes; best of two), and the ratio of re-extraction with carry-over to without.
enum ReextractBench {
    static func run(_ args: ArraySlice<String>) throws {
        let megabytes = args.first.flatMap(Double.init) ?? 1
        let runs = max(1, args.dropFirst().first.flatMap(Int.init) ?? 5)
        let v1 = ExtractionBench.corpus(bytes: Int(megabytes * 1_000_000))
        let (v2, edited) = editEveryTenthSentence(v1)
        let published = CalendarDay(iso: "2020-03-11")
        let extractor = Extractor()
        let first = extractor.extract(v1, published: published)
        let now = "2026-12-02T10:00:00Z"
        // The stored document: the first extraction, every third claim reviewed.
        var stored = ExtractionMerge(existing: [], extracted: first, document: "bench", article: v1, by: "b", now: now)
            .claims
        for i in stride(from: 0, to: stored.count, by: 3) {
            stored[i].verdict = Verdict(label: .mostlyTrue, note: "n", reviewer: "r", at: now)
            stored[i].history.append(
                HistoryEntry(at: now, by: "r", action: .verdict, from: "unreviewed", to: "mostly-true"))
        }
        func best(_ body: () throws -> Void) rethrows -> Double {
            var fastest = Double.infinity
            for _ in 0..<runs {
                let start = DispatchTime.now().uptimeNanoseconds
                try body()
                fastest = min(fastest, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
            }
            return fastest
        }
        var second: [ExtractedClaim] = []
        let extract = best { second = extractor.extract(v2, published: published) }
        var merged: ExtractionMerge?
        let carry = best {
            merged = ExtractionMerge(
                existing: stored, extracted: second, document: "bench", article: v2, by: "b", now: now)
        }
        var plainMerge: ExtractionMerge?
        let plain = best {
            plainMerge = ExtractionMerge(
                existing: stored, extracted: second, document: "bench", article: v2, by: "b", now: now,
                carryOver: false)
        }
        // The whole store import with carry-over, into a fresh copy of the stored document each run (set-up untimed).
        var importTime = Double.infinity
        for _ in 0..<min(runs, 2) {  // fsync-bound and slow on a busy machine: two runs are enough
            let tmp = TemporaryWorkspace()
            try tmp.store.importExtraction(
                slug: "bench", article: v1, title: nil, url: nil, published: nil, extractorVersion: "bench",
                claims: first, by: "b", now: now)
            let start = DispatchTime.now().uptimeNanoseconds
            try tmp.store.importExtraction(
                slug: "bench", article: v2, title: nil, url: nil, published: nil, extractorVersion: "bench",
                claims: second, by: "b", now: now)
            importTime = min(importTime, Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let m = merged!
        let p = plainMerge!
        print(
            String(
                format: "reextract: %.1f MB, %d claims (%d reviewed), %d of %d sentences edited; best of %d runs",
                Double(v1.utf8.count) / 1e6, first.count, (first.count + 2) / 3, edited,
                SentenceDiff.sentences(v1).count, runs))
        print(
            "  carry-over: \(m.summary.revised) edited sentences carried over, \(m.claims.filter(\.needsRecheck).count) to re-check, \(m.summary.orphaned) orphaned, \(m.summary.added) new"
        )
        print(
            "  plain:      \(p.summary.orphaned) orphaned, \(p.summary.removed) removed, \(p.summary.added) new (nothing carried over)"
        )
        print(String(format: "  extract (same both ways)      %8.3f s", extract))
        print(String(format: "  merge with carry-over         %8.3f s", carry))
        print(String(format: "  merge without (plain)         %8.3f s", plain))
        print(String(format: "  store import with carry-over  %8.3f s (merge, numbering, atomic writes)", importTime))
        print(
            String(
                format: "  re-extraction (extract + merge): with carry-over %.3f s, plain %.3f s → %.2f×",
                extract + carry,
                extract + plain, (extract + carry) / (extract + plain)))
        print(String(format: "  merge alone: %.2f× (%.1f ms of pairing)", carry / plain, (carry - plain) * 1000))
        print("  nproc \(ProcessInfo.processInfo.activeProcessorCount), load \(loadAverage())")
    }

    /// `text` with every tenth sentence edited: its first number changed (40 → 41), or else a word inserted.
    static func editEveryTenthSentence(_ text: String) -> (String, Int) {
        let bytes = Array(text.utf8)
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 50)
        var position = 0
        var edited = 0
        for (index, span) in Extractor.sentenceSpans(bytes).enumerated() {
            out += bytes[position..<span.start]
            var sentence = Array(bytes[span.start..<span.end])
            if index % 10 == 9 {
                edited += 1
                if let digit = sentence.firstIndex(where: { (0x30...0x39).contains($0) }) {
                    sentence[digit] = sentence[digit] == 0x39 ? 0x31 : sentence[digit] + 1
                } else if let space = sentence.firstIndex(of: 0x20) {
                    sentence.insert(contentsOf: Array(" reportedly".utf8), at: space)
                }
            }
            out += sentence
            position = span.end
        }
        out += bytes[position...]
        return (String(decoding: out, as: UTF8.self), edited)
    }

    static func loadAverage() -> String {
        (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?.split(separator: " ").prefix(3)
            .joined(separator: " ") ?? "unknown"
    }
}
