import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

/// The `report`, `export`, `evidence` and `fetch` commands through the real binary: the executable only
/// parses, calls the job, prints what it returns and sets the exit status.
@Suite struct PublishCommandTests {
    let sample = CommandLineTool.packageRoot.appendingPathComponent("samples/benghazi.txt").path

    func extracted() throws -> (TemporaryWorkspace, String) {
        let tmp = TemporaryWorkspace()
        let result = try CommandLineTool.run(["extract", sample, "--published", "2016-02-24", "-q"], in: tmp.root)
        #expect(result.status == 0, "\(result.stderr)")
        return (tmp, try tmp.store.load("benghazi").claims[0].id)
    }

    @Test func reportAndExportPrintWhatTheyWrote() throws {
        let (tmp, _) = try extracted()
        let one = try CommandLineTool.run(["report", "benghazi"], in: tmp.root)
        #expect(one.status == 0 && one.stdout == "reports/benghazi.html\n", "\(one.stdout)\(one.stderr)")
        let all = try CommandLineTool.run(["report", "--all"], in: tmp.root)
        #expect(all.stdout == "reports/benghazi.html\nreports/index.html\n")
        let neither = try CommandLineTool.run(["report"], in: tmp.root)
        #expect(neither.status != 0 && neither.stderr.contains("give either a document or --all"))

        let csv = try CommandLineTool.run(["export", "benghazi", "--format", "csv"], in: tmp.root)
        #expect(csv.status == 0 && csv.stdout.hasPrefix("document,id,ordinal,"), "\(csv.stdout.prefix(80))")
        let saved = try CommandLineTool.run(
            ["export", "benghazi", "--format", "jsonl", "--output", "out.jsonl"], in: tmp.root)
        #expect(saved.status == 0 && saved.stdout == "out.jsonl\n")
        let lines = try String(contentsOf: tmp.root.appendingPathComponent("out.jsonl"), encoding: .utf8).split(
            separator: "\n")
        #expect(lines.count == (try tmp.store.load("benghazi").claims.count))

        let missing = try CommandLineTool.run(["export", "nosuchdoc", "--format", "csv"], in: tmp.root)
        #expect(missing.status == 1)
        #expect(
            missing.stderr
                == "claimcheck: no document 'nosuchdoc' in this workspace (run 'claimcheck extract' first, or see 'claimcheck list')\n"
        )
    }

    @Test func evidenceAndFetchWithoutLinks() throws {
        let (tmp, id) = try extracted()
        let list = try CommandLineTool.run(["evidence", "list", "benghazi", id], in: tmp.root)
        #expect(list.status == 0 && list.stdout == "claim \(id) has no evidence\n")
        let remove = try CommandLineTool.run(["evidence", "remove", "benghazi", id, "1"], in: tmp.root)
        #expect(remove.status == 1 && remove.stderr == "claimcheck: evidence #1: claim \(id) has no evidence\n")
        let bad = try CommandLineTool.run(
            ["evidence", "add", "benghazi", id, "ftp://example.org/x", "--stance", "supports"], in: tmp.root)
        #expect(bad.status == 1 && bad.stderr.split(separator: "\n").count == 1, "\(bad.stderr)")
        let fetch = try CommandLineTool.run(["fetch", "benghazi"], in: tmp.root)
        #expect(
            fetch.status == 0 && fetch.stdout == "no evidence links in benghazi\n", "\(fetch.stdout)\(fetch.stderr)")
        let concurrency = try CommandLineTool.run(["fetch", "benghazi", "--concurrency", "0"], in: tmp.root)
        #expect(concurrency.status != 0 && concurrency.stderr.contains("between 1 and 64"))
        #expect(try tmp.store.load("benghazi").claims.allSatisfy { $0.revision == 1 }, "nothing was written")
    }
}
