import ClaimCore
import ClaimTestSupport
import Foundation
import Glibc

/// `claimcheck-bench bulk [ARCHIVE_MB] [--baseline]`: the bulk extraction figures of issue 18, through the real
/// release `claimcheck` binary (build it first: `swift build -c release --product claimcheck`), inputs generated
/// deterministically by the extract bench's seeded corpus generator:
/// - 300 short articles (≈ 1.2 kB each) as one `extract DIR` call (wall; `--baseline` also times 300 single calls);
/// - one 1 MB article end to end (`extract FILE` into a fresh workspace), beside the raw extractor's MB/s on it;
/// - a JSON Lines archive of ARCHIVE_MB (default 100; 0 skips it) MB of ≈ 4 kB articles (`extract --jsonl FILE`): MB/s,
///   articles/s and the process's peak RSS.
/// Each workspace is a fresh folder under $TMPDIR, all removed at the end (not between runs: see the archive run).
/// Prints the machine's core count and load.
enum BulkBench {
    static func run(_ args: ArraySlice<String>) throws {
        let archiveMB = args.first.flatMap(Double.init) ?? 100
        let baseline = args.contains("--baseline")
        let binary = CommandLineTool.product("claimcheck")
        var load = [Double](repeating: 0, count: 3)
        getloadavg(&load, 3)
        say(
            String(
                format: "machine: %d cores, load %.2f %.2f %.2f; binary: %@",
                ProcessInfo.processInfo.activeProcessorCount,
                load[0], load[1], load[2], binary.path))
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-bench-bulk-\(getpid())")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        // rm removes a million files far faster than FileManager does.
        defer { _ = try? Spawn.run("/bin/rm", ["-rf", root.path]) }

        // 1. 300 short articles, one call.
        let articles = shortArticles(count: 300, bytes: 1_200)
        let folder = root.appendingPathComponent("short")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (i, text) in articles.enumerated() {
            try Data(text.utf8).write(to: folder.appendingPathComponent(String(format: "wire-%03d.txt", i)))
        }
        let totalKB = Double(articles.map(\.utf8.count).reduce(0, +)) / 1000
        let one = try time(binary, ["extract", folder.path, "--published", "2020-03-11"], workspace: root, "ws-short")
        say(String(format: "300 short articles (%.0f kB), one 'extract DIR' call: %.3f s wall", totalKB, one.seconds))
        say("  \(one.output)")
        let again = try time(binary, ["extract", folder.path], workspace: root, "ws-short", fresh: false)
        say(String(format: "  the same again (all unchanged): %.3f s wall", again.seconds))
        if baseline {
            var total = 0.0
            for i in 0..<articles.count {
                let file = folder.appendingPathComponent(String(format: "wire-%03d.txt", i)).path
                total += try time(binary, ["extract", file, "-q"], workspace: root, "ws-single", fresh: i == 0).seconds
            }
            say(
                String(
                    format: "  baseline, 300 single 'extract FILE' calls: %.3f s wall (%.1f×)", total,
                    total / one.seconds))
        }

        // 2. One 1 MB article.
        let big = ExtractionBench.corpus(bytes: 1_000_000)
        let bigFile = root.appendingPathComponent("big.txt")
        try Data(big.utf8).write(to: bigFile)
        let start = DispatchTime.now().uptimeNanoseconds
        let claims = Extractor().extract(big, published: CalendarDay(iso: "2020-03-11"))
        let raw = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let whole = try time(
            binary, ["extract", bigFile.path, "-q", "--published", "2020-03-11"], workspace: root, "ws-big")
        say(
            String(
                format: "one 1 MB article (%d claims) end to end: %.3f s wall; raw extractor %.3f s (%.1f MB/s)",
                claims.count, whole.seconds, raw, Double(big.utf8.count) / 1e6 / raw))
        let changed = big.replacingOccurrences(of: "Benghazi", with: "Bengasi")
        try Data(changed.utf8).write(to: bigFile)
        let re = try time(binary, ["extract", bigFile.path, "-q"], workspace: root, "ws-big", fresh: false)
        say(String(format: "  re-extraction with changed sentences: %.3f s wall", re.seconds))

        // 3. The archive (ARCHIVE_MB 0: skipped).
        guard archiveMB > 0 else { return }
        let archive = root.appendingPathComponent("archive.jsonl")
        let (count, bytes) = try writeArchive(to: archive, bytes: Int(archiveMB * 1_000_000))
        // Nothing is deleted before this run: ext4 makes file creation much slower for a while after mass
        // deletion (it skips recently freed inodes), which would measure the bench, not claimcheck.
        let bulk = try time(binary, ["extract", "--jsonl", archive.path], workspace: root, "ws-archive")
        let mb = Double(bytes) / 1e6
        say(
            String(
                format:
                    "JSON Lines archive: %.1f MB, %d articles: %.2f s wall → %.1f MB/s, %.0f articles/s, peak RSS %.0f MB",
                mb, count, bulk.seconds, mb / bulk.seconds, Double(count) / bulk.seconds, bulk.peakRSSMB))
        say("  \(bulk.output)")
    }

    /// Prints a figure at once, also into a file (stdout is fully buffered there, and the end is far).
    static func say(_ line: String) {
        print(line)
        fflush(nil)
    }

    /// `count` articles of about `bytes` each: whole paragraphs of the seeded corpus, in order.
    static func shortArticles(count: Int, bytes: Int) -> [String] {
        let lines = ExtractionBench.corpus(bytes: count * (bytes + 600) + 10_000).split(separator: "\n")
        var articles: [String] = []
        var current = ""
        for line in lines {
            current += line + "\n"
            if current.utf8.count >= bytes {
                articles.append(current)
                current = ""
                if articles.count == count { break }
            }
        }
        return articles
    }

    /// An archive of ≈ 4 kB articles (`{"doc", "title", "published", "text", "source"}`), `bytes` long.
    static func writeArchive(to url: URL, bytes: Int) throws -> (count: Int, bytes: Int) {
        let articles = shortArticles(count: 2_000, bytes: 4_000)
        _ = FileManager.default.createFile(atPath: url.path, contents: nil)
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var written = 0
        var count = 0
        var chunk = Data()
        while written < bytes {
            let record = [
                "doc": "article-\(count)", "title": "Article \(count)", "published": "2020-03-11",
                "text": articles[count % articles.count], "source": "bench",
            ]
            var line = try encoder.encode(record)
            line.append(0x0a)
            chunk.append(line)
            written += line.count
            count += 1
            if chunk.count > 1 << 22 {
                try handle.write(contentsOf: chunk)
                chunk.removeAll(keepingCapacity: true)
            }
        }
        try handle.write(contentsOf: chunk)
        return (count, written)
    }

    struct Timing {
        var seconds: Double
        var peakRSSMB: Double
        var output: String
    }

    /// Runs `claimcheck ARGS --workspace ROOT/NAME` (a fresh one unless `fresh` is false) and times it.
    static func time(_ binary: URL, _ args: [String], workspace root: URL, _ name: String, fresh: Bool = true) throws
        -> Timing
    {
        let workspace = root.appendingPathComponent(name)
        if fresh { try? FileManager.default.removeItem(at: workspace) }
        try FileManager.default.createDirectory(at: workspace, withIntermediateDirectories: true)
        let start = DispatchTime.now().uptimeNanoseconds
        let result = try CommandLineTool.run(
            args + ["--workspace", workspace.path], in: root, environment: ["CLAIMCHECK_REVIEWER": "bench"],
            executable: binary)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_CHILDREN.rawValue), &usage)
        let text = result.stdout + result.stderr
        return Timing(
            seconds: seconds, peakRSSMB: Double(usage.ru_maxrss) / 1024,
            output: text.split(separator: "\n").last.map(String.init) ?? "")
    }
}
