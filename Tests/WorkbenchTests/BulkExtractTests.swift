import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// `claimcheck extract FILE… | DIR | --jsonl FILE|-`: many articles in one run, each named when it fails.
@Suite struct BulkExtractTests {
    let sample = CommandLineTool.packageRoot.appendingPathComponent("samples/benghazi.txt")
    let wire = CommandLineTool.fixture("wire-sample.txt")

    func write(_ text: String, _ name: String, in folder: URL) throws {
        let url = folder.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    func jsonLine(_ fields: [String: Any]) throws -> String {
        String(decoding: try JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    /// Every claim file and document.json of a workspace, with the times (which differ run to run) taken out.
    func snapshot(_ workspace: Workspace) throws -> [String: String] {
        var files: [String: String] = [:]
        for slug in workspace.documentSlugs() {
            let folder = try workspace.documentFolder(slug)
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path)
            where name.hasSuffix(".json") || name == "article.txt" {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                files["\(slug)/\(name)"] = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter {
                        !$0.contains("\"at\" : \"") && !$0.contains("\"created\"") && !$0.contains("\"updated\"")
                            && !$0.contains("\"fetchedAt\"")
                    }
                    .joined(separator: "\n")
            }
        }
        return files
    }

    @Test func goodAndBadArticlesInOneCall() throws {
        let tmp = TemporaryWorkspace()
        let input = tmp.root.appendingPathComponent("in")
        try write(try String(contentsOf: sample, encoding: .utf8), "benghazi.txt", in: input)
        try write(try String(contentsOf: wire, encoding: .utf8), "wire.md", in: input)
        try write("", "empty.txt", in: input)
        try write("   \n", "blank.txt", in: input)
        try Data([0x41, 0xff, 0x42]).write(to: input.appendingPathComponent("latin1.txt"))
        try write("Officials said 12 people were hurt on Monday.", "nested/deeper.txt", in: input)
        try write("not an article", "notes.csv", in: input)
        try write(
            "<html><head><title>Page Story</title></head><body><article><p>The ministry said 7 soldiers died.</p></article></body></html>",
            "page.html", in: input)

        let run = try CommandLineTool.run(["extract", "in", "--published", "2016-02-24"], in: tmp.root)
        #expect(run.status == 1, "a failed article makes the exit status 1")
        let errors = run.stderr.split(separator: "\n")
        #expect(errors.count == 3, "\(run.stderr)")
        #expect(errors.contains { $0.contains("in/empty.txt: is empty") })
        #expect(errors.contains { $0.contains("in/blank.txt: holds only white space") })
        #expect(errors.contains { $0.contains("in/latin1.txt: is not valid UTF-8") })
        #expect(run.stdout.hasPrefix("3 new, 0 updated, 0 unchanged, 3 failed"), "\(run.stdout)")
        #expect(!run.stdout.contains("\u{1B}["), "no colour and no progress bar when piped")
        #expect(
            tmp.workspace.documentSlugs() == ["benghazi", "page", "wire"], "the others landed; csv is not an article")
        #expect(try tmp.store.loadDocumentInfo("page").title == "Page Story", "an HTML file's title is kept")
        #expect(try tmp.store.loadDocumentInfo("benghazi").published == "2016-02-24")

        // The workspace is the current folder: its claims/ (article.txt copies) is not walked into.
        let again = try CommandLineTool.run(["extract", ".", "--recursive"], in: tmp.root)
        #expect(again.stdout.hasPrefix("1 new, 0 updated, 3 unchanged, 3 failed"), "\(again.stdout)")
        #expect(tmp.workspace.documentSlugs().contains("deeper"), "--recursive reads subfolders")
        let check = try CommandLineTool.run(["check"], in: tmp.root)
        #expect(check.status == 0 && check.stdout.contains("4 documents"), "\(check.stdout)")
    }

    @Test func twoArticlesWithOneNameAreNotMerged() throws {
        let tmp = TemporaryWorkspace()
        try write("Officials said 12 people were hurt.", "a/story.txt", in: tmp.root)
        try write("Officials said 40 people were hurt.", "b/story.txt", in: tmp.root)
        let run = try CommandLineTool.run(["extract", "a/story.txt", "b/story.txt"], in: tmp.root)
        #expect(run.status == 1)
        #expect(run.stderr.contains("b/story.txt: names the document 'story' like a/story.txt"), "\(run.stderr)")
        #expect(try tmp.store.loadArticle("story").contains("12 people"))
    }

    @Test func jsonLinesKeepUnknownFieldsAndNameMalformedLines() throws {
        let tmp = TemporaryWorkspace()
        let server = try LoopbackServer { request in
            request.path == "/gone"
                ? .status(404)
                : .html(
                    "<html><head><title>Fetched Story</title></head><body><article><p>Rebels said 9 villages fell on Sunday.</p></article></body></html>"
                )
        }
        defer { server.stop() }
        let lines = [
            try jsonLine([
                "doc": "first", "text": "Police said 3 people were arrested yesterday.", "published": "2016-02-24",
                "source": "wire", "tags": ["a", "b"], "rank": 2,
            ]),
            "{\"doc\": \"broken\", \"text\": ",
            "",
            "[1, 2]",
            try jsonLine(["doc": "no-words"]),
            try jsonLine([
                "title": "A Titled Story", "text": "The army said 40 soldiers died.", "url": "https://example.org/t",
            ]),
            try jsonLine(["doc": "Bad Name!", "text": "x 1 y"]),
            try jsonLine(["url": server.url("/story")]),
            try jsonLine(["doc": "dead", "url": server.url("/gone")]),
            try jsonLine(["doc": "typed", "text": 12]),
        ]
        let file = tmp.root.appendingPathComponent("articles.jsonl")
        try Data(lines.joined(separator: "\n").utf8).write(to: file)
        let summary = try BulkExtractJob(workspace: tmp.workspace)
            .run(.jsonLines(file.path), .init(reviewer: "ann", jobs: 3))
        #expect(summary.new == 3 && summary.failures.count == 6, "\(summary.failures)")
        let located = summary.failures.map { $0.location ?? "" }
        #expect(
            located.map { $0.components(separatedBy: ":").last! } == ["2", "4", "5", "7", "9", "10"],
            "input order: \(located)")
        #expect(summary.failures.allSatisfy { $0.location?.hasPrefix(file.path + ":") == true })
        #expect(tmp.workspace.documentSlugs() == ["a-titled-story", "fetched-story", "first"])
        #expect(
            summary.failures.contains { "\($0)".contains("invalid name 'Bad Name!'") },
            "a bad 'doc' is refused like --doc")
        let first = try tmp.store.loadDocumentInfo("first")
        #expect(first.published == "2016-02-24")
        #expect(
            first.extra == [
                "source": .string("wire"), "tags": .array([.string("a"), .string("b")]), "rank": .number(2),
            ])
        #expect(try tmp.store.loadDocumentInfo("a-titled-story").url == "https://example.org/t")
        #expect(try tmp.store.loadDocumentInfo("fetched-story").url == server.url("/story"))
        #expect(try tmp.store.load("first").claims.first?.history.first?.by == "ann")
    }

    @Test func emitWithoutStoreWritesNothingAndMatchesTheStoredClaims() throws {
        let tmp = TemporaryWorkspace()
        try FileManager.default.createDirectory(
            at: tmp.root.appendingPathComponent("in"), withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: sample, to: tmp.root.appendingPathComponent("in/benghazi.txt"))
        let emitted = try CommandLineTool.run(["extract", "in", "--emit", "jsonl", "--no-store"], in: tmp.root)
        #expect(emitted.status == 0)
        #expect(!FileManager.default.fileExists(atPath: tmp.root.appendingPathComponent("claims").path))
        let objects = try emitted.stdout.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        #expect(!objects.isEmpty)
        #expect(objects.allSatisfy { Set($0.keys) == ["document", "id", "span", "kinds", "facts"] })
        #expect(emitted.stderr.contains("1 extracted, 0 failed"), "the summary goes to stderr: \(emitted.stderr)")
        let stored = try CommandLineTool.run(["extract", "in/benghazi.txt", "--emit", "jsonl"], in: tmp.root)
        #expect(stored.stdout == emitted.stdout, "storing or not, the same lines")
        #expect(try tmp.store.load("benghazi").claims.map(\.id) == objects.map { $0["id"] as! String })
    }

    @Test func checkRemovesWhatKilledWritersLeft() throws {
        let tmp = TemporaryWorkspace()
        #expect(try CommandLineTool.run(["extract", sample.path], in: tmp.root).status == 0)
        let pid = try Spawn.exitedProcessID()
        let claims = tmp.workspace.claimsFolder
        try write("{}", ".staging-lost-\(pid)-1/a.json", in: claims)
        try write("half", "benghazi/.article.txt.tmp-\(pid)-5", in: claims)
        let check = try CommandLineTool.run(["check"], in: tmp.root)
        #expect(check.status == 0)
        #expect(
            check.stdout.contains(
                "removed 1 abandoned staging folder and 1 abandoned temporary file (left by interrupted writes)"),
            "\(check.stdout)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: claims.path) == ["benghazi"])
        #expect(!(try CommandLineTool.run(["check"], in: tmp.root).stdout.contains("removed")))
    }

    @Test func gnuParallelShardsEqualOneProcess() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/parallel") else {
            print("skipped: GNU parallel is not installed (scripts/install-system-packages --test installs it)")
            return
        }
        let tmp = TemporaryWorkspace()
        let words = try String(contentsOf: wire, encoding: .utf8).split(separator: "\n").filter { !$0.isEmpty }
        let lines = try (0..<40).map { i in
            try jsonLine([
                "doc": "story-\(i)", "published": "2016-03-0\(i % 9 + 1)",
                "text": (0..<4).map { String(words[(i * 3 + $0) % words.count]) }.joined(separator: "\n"),
            ])
        }
        let archive = tmp.root.appendingPathComponent("archive.jsonl")
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: archive)
        let one = tmp.root.appendingPathComponent("one")
        let sharded = tmp.root.appendingPathComponent("sharded")
        #expect(
            try CommandLineTool.run(["extract", "--jsonl", "archive.jsonl", "--workspace", one.path], in: tmp.root)
                .status == 0)
        let script =
            "parallel --will-cite --pipe --block 4k -j 4 '\(CommandLineTool.executable.path)' extract --jsonl - --workspace '\(sharded.path)' < archive.jsonl"
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", script]
        shell.currentDirectoryURL = tmp.root
        var env = ProcessInfo.processInfo.environment
        env["CLAIMCHECK_REVIEWER"] = "tester"
        shell.environment = env
        try shell.run()
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 0)
        let single = try snapshot(Workspace(root: one))
        #expect(single.count > 80)
        #expect(try snapshot(Workspace(root: sharded)) == single, "four shards write what one process writes")
    }

    @Test func progressAndSummaryText() {
        let files = BulkExtractJob.Progress(done: 30, total: 120, bytesRead: 0, bytesTotal: nil, elapsed: 2)
        #expect(BulkReport.progress(files).text == "30/120 articles · 15/s · ETA 6 s")
        #expect(BulkReport.progress(files).fraction == 0.25)
        let stream = BulkExtractJob.Progress(done: 10, total: nil, bytesRead: 5, bytesTotal: nil, elapsed: 0.2)
        #expect(BulkReport.progress(stream) == ("10 articles · 50/s", nil))
        var summary = BulkExtractJob.Summary()
        summary.new = 2
        summary.unchanged = 1
        summary.claims = 7
        summary.seconds = 0.5
        summary.failures = [.badInput("x.txt", reason: "is empty")]
        #expect(
            BulkReport.summary(summary)
                == "2 new, 0 updated, 1 unchanged, 1 failed · 7 claims · 4 articles in 0.50 s (8 articles/s)")
        summary.stored = false
        summary.new = 0
        summary.unchanged = 0
        summary.extracted = 3
        #expect(BulkReport.summary(summary).hasPrefix("3 extracted, 1 failed · 7 claims"))
    }
}
