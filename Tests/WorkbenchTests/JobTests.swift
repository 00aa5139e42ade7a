import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// The jobs behind `report`, `export`, `fetch`, `list` and `extract`'s sources, called as the executable calls them.
@Suite struct JobTests {
    /// A document of three claims: one true, one unreviewed, one reviewed and then orphaned by a re-extraction.
    func documentWithAnOrphan(_ tmp: TemporaryWorkspace) throws {
        let sentences = [
            "Officials said 12 people attended.", "Officials said 41 people left.", "Officials said 7 people stayed.",
        ]
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: sentences.joined(separator: "\n"), sentences: sentences)
        let ids = try tmp.store.load("doc").claims.map(\.id)
        for id in ids.prefix(2) {
            try tmp.store.update("doc", id: id) { claim in
                claim.verdict = Verdict(label: .true, reviewer: "ann", at: "2026-12-01T10:00:00Z")
                return HistoryEntry(
                    at: "2026-12-01T10:00:00Z", by: "ann", action: .verdict, from: "unreviewed", to: "true")
            }
        }
        let kept = [sentences[0], sentences[2]]
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "doc", article: kept.joined(separator: "\n"), sentences: kept)
        #expect(try tmp.store.load("doc").claims.filter(\.isOrphaned).count == 1)
    }

    @Test func listAndTheReportIndexAgreeOnADocumentWithAnOrphan() throws {
        let tmp = TemporaryWorkspace()
        try documentWithAnOrphan(tmp)
        let listed = ListJob(workspace: tmp.workspace).documentsTable()
        #expect(listed.contains("2 claims  1 unreviewed · 1 true · 1 orphaned"), "\(listed)")
        let batch = try ReportJob(workspace: tmp.workspace).renderAll()
        #expect(batch.failures.isEmpty)
        #expect(batch.files == ["reports/doc.html", "reports/index.html"])
        let index = try String(contentsOf: tmp.root.appendingPathComponent("reports/index.html"), encoding: .utf8)
        #expect(index.contains("1 unreviewed · 1 true · 1 orphaned"), "the index shows the same tally as list")
    }

    @Test func reportAndExportWarnAboutBrokenFilesAndWriteTheRest() throws {
        let tmp = TemporaryWorkspace()
        try documentWithAnOrphan(tmp)
        try Data("{".utf8).write(to: tmp.root.appendingPathComponent("claims/doc/zzzzzz.json"))
        let written = try ReportJob(workspace: tmp.workspace).render(document: "doc")
        #expect(written.file == "reports/doc.html")
        #expect(written.warnings.count == 2 && written.warnings[0].hasPrefix("warning: claims/doc/zzzzzz.json"))
        #expect(written.warnings[1].hasPrefix("warning: ClaimReview urls are relative"), "no --base-url")
        #expect(written.warnings[0].hasSuffix("(left out of the report)"))

        let job = ExportJob(workspace: tmp.workspace)
        let printed = try job.run(document: "doc", format: .jsonl)
        #expect(printed.written == nil && printed.warnings.count == 1)
        #expect(printed.text?.split(separator: "\n").count == 3)
        let file = tmp.root.appendingPathComponent("out.csv").path
        let saved = try job.run(document: "doc", format: .csv, output: file)
        #expect(saved.text == nil && saved.written == file)
        #expect(
            try String(contentsOfFile: file, encoding: .utf8).split(separator: "\r\n").count == 4,
            "header and three claims")
        #expect(throws: ClaimCheckError.self) { try job.run(document: "../doc", format: .csv) }
    }

    @Test func fetchRefusesABadConcurrencyAndADocumentThatIsNotThere() throws {
        let tmp = TemporaryWorkspace()
        let job = FetchJob(workspace: tmp.workspace)
        #expect(throws: ClaimCheckError.badInput("--concurrency 0", reason: "must be between 1 and 64")) {
            try job.run(document: "doc", reviewer: "ann", concurrency: 0)
        }
        #expect(throws: ClaimCheckError.documentNotFound("doc")) { try job.run(document: "doc", reviewer: "ann") }
        var summary = RefreshSummary()
        summary.dead = 1
        #expect(summary.failed(allowingDead: false) && !summary.failed(allowingDead: true))
        summary.failed = 1
        #expect(summary.failed(allowingDead: true))
    }

    @Test func anArgumentNamesItsArticleSource() {
        #expect(ArticleSource(argument: "-") == .standardInput)
        #expect(ArticleSource(argument: "HTTPS://example.org/a") == .url("HTTPS://example.org/a"))
        #expect(ArticleSource(argument: "http://example.org/a") == .url("http://example.org/a"))
        #expect(ArticleSource(argument: "story.txt") == .file("story.txt"))
        #expect(ArticleSource(argument: "./-") == .file("./-"))
        #expect(ArticleSource.standardInput.name == "standard input")
    }

    @Test func extractReturnsWhatItStoredAndListFiltersWithTheSharedFilter() throws {
        let tmp = TemporaryWorkspace()
        let file = tmp.root.appendingPathComponent("story.txt")
        try Data("Officials said 34 people died on Friday.\nThe weather was fine.\n".utf8).write(to: file)
        let outcome = try ExtractJob(workspace: tmp.workspace).run(
            source: .file(file.path), .init(published: "2016-02-24", reviewer: "ann"))
        #expect(outcome.document == "story")
        #expect(outcome.claims == (try tmp.store.load("story").claims), "the outcome is what a reload reads")
        #expect(outcome.publishedUsed?.iso == "2016-02-24")
        let job = ListJob(workspace: tmp.workspace)
        let all = try job.claims(of: "story")
        #expect(all.claims == outcome.claims && all.warnings.isEmpty)
        #expect(
            try job.claims(of: "story", kind: "casualty").claims == ClaimFilter(kind: .casualty).apply(outcome.claims))
        #expect(try job.claims(of: "story", verdict: "true").claims.isEmpty)
        #expect(throws: ClaimCheckError.self) { try job.claims(of: "story", kind: "rumour") }
        #expect(throws: ClaimCheckError.self) { try ListJob.checkWithoutDocument(kind: nil, verdict: nil, json: true) }
    }

    @Test func aPageIsNotFetchedWhenAnOptionIsWrongAndItsMetadataNamesTheDocument() throws {
        let server = try LoopbackServer { _ in
            .html(
                "<html><head><title>Quake kills 34</title></head><body><article><p>An earthquake killed 34 people on Friday, officials said.</p></article></body></html>"
            )
        }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let job = ExtractJob(workspace: tmp.workspace)
        #expect(throws: ClaimCheckError.self) {
            try job.run(source: .url(server.url("/story")), .init(published: "24/02/2016", reviewer: "ann"))
        }
        #expect(server.requests.isEmpty, "a bad --published costs no fetch")
        let outcome = try job.run(source: .url(server.url("/story")), .init(reviewer: "ann"))
        #expect(outcome.document == "quake-kills-34", "named from the page's title")
        #expect(server.requests.count == 1)
        #expect(try tmp.store.loadDocumentInfo("quake-kills-34").url == server.url("/story"))
    }

    @Test func adviceNamesTheCommandThatHelps() {
        #expect(
            ErrorAdvice.line(for: .documentNotFound("doc"))
                == "no document 'doc' in this workspace (run 'claimcheck extract' first, or see 'claimcheck list')")
        let broken = ClaimCheckError.brokenClaimFiles(
            document: "doc", first: .malformedFile(path: "claims/doc/a.json", line: nil, problem: "bad"), count: 1)
        #expect(
            ErrorAdvice.line(for: broken).hasSuffix(
                "before re-extracting (1 broken file; 'claimcheck check doc' lists them)"))
        #expect(
            ErrorAdvice.line(for: .articleChanged(document: "doc", path: "claims/doc/document.json"))
                == "claims/doc/document.json: 'sha256' does not match article.txt (the article was edited by hand? re-run 'claimcheck extract')"
        )
        #expect(
            ErrorAdvice.line(for: .articleMissing(document: "doc", path: "claims/doc/article.txt")).hasSuffix(
                "(re-run 'claimcheck extract')"))
        #expect(ErrorAdvice.line(for: .refused("no")) == "no")
        #expect(ErrorAdvice.line(forAny: CocoaError(.fileNoSuchFile)) == nil, "other errors are left to their owner")
    }
}
