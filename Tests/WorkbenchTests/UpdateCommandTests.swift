import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

/// `claimcheck update`: a served article changed between two runs (loopback server only), and every way an
/// update can fail leaving the document untouched (issue 15).
@Suite struct UpdateCommandTests {
    static func page(_ toll: String, extra: String = "") -> String {
        """
        <html><head><title>Strike kills \(toll) | The Daily</title>
        <meta property="article:published_time" content="2016-02-20T08:00:00Z"></head>
        <body><article><h1>Strike kills \(toll)</h1>
        <p>US warplanes attacked a camp in Sabratha on Friday, killing more than \(toll) people, officials said.</p>
        <p>Libya’s conflict, which has help to create a surge in refugees, has alarmed Western governments.</p>
        <p>The mayor said 300 families had left the city since January.</p>\(extra)</article></body></html>
        """
    }

    /// A server whose answer the test changes between runs.
    func server(_ response: LockedValue<LoopbackResponse>) throws -> LoopbackServer {
        try LoopbackServer { _ in response.value }
    }

    @Test func aChangedArticleIsStoredDiffedAndFlaggedForRecheck() throws {
        let response = LockedValue(LoopbackResponse.html(Self.page("40")))
        let server = try server(response)
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let first = try CommandLineTool.run(["extract", server.url("/strike"), "--doc", "strike"], in: tmp.root)
        #expect(first.status == 0, "\(first.stderr)")
        let toll = try #require(try tmp.store.load("strike").claims.first { $0.text.contains("more than 40") })
        try tmp.store.update("strike", id: toll.id) { claim in
            claim.verdict = Verdict(label: .true, note: "ministry", reviewer: "bo", at: "2026-12-01T09:00:00Z")
            return HistoryEntry(at: "2026-12-01T09:00:00Z", by: "bo", action: .verdict, from: "unreviewed", to: "true")
        }

        let same = try CommandLineTool.run(["update", "strike"], in: tmp.root)
        #expect(same.status == 0 && same.stdout.hasPrefix("strike: unchanged since "), "\(same.stdout)\(same.stderr)")

        response.value = .html(Self.page("45").replacingOccurrences(of: "has help to", with: "has helped to"))
        let changed = try CommandLineTool.run(["update", "strike"], in: tmp.root)
        #expect(changed.status == 0, "\(changed.stderr)")
        #expect(changed.stdout.contains("strike: the article changed (revision 2)"))
        #expect(
            changed.stdout.contains("- US warplanes attacked a camp in Sabratha on Friday, killing more than 40 people")
        )
        #expect(
            changed.stdout.contains("+ US warplanes attacked a camp in Sabratha on Friday, killing more than 45 people")
        )
        #expect(changed.stdout.contains("needs re-checking: casualty more than 40 → 45 people"))
        #expect(changed.stdout.contains("1 claim needs re-checking"))
        #expect(!changed.stdout.contains("\u{1B}["), "plain when piped")
        let doc = try tmp.store.load("strike")
        #expect(doc.info.revisions?.count == 2 && doc.info.revisions?.last?.source == server.url("/strike"))
        let successor = try #require(doc.claims.first { $0.text.contains("more than 45") })
        #expect(successor.verdict.label == .true && successor.previous?.id == toll.id && successor.needsRecheck)
        #expect(doc.claims.allSatisfy { !$0.isOrphaned })

        let diff = try CommandLineTool.run(["diff", "strike"], in: tmp.root)
        #expect(diff.status == 0 && diff.stdout.contains("strike: revision 1 → revision 2"))
        #expect(diff.stdout.contains("- Libya’s conflict, which has help to create"))
        #expect(!diff.stdout.contains("\u{1B}["), "plain when piped")
        let listed = try CommandLineTool.run(["list"], in: tmp.root)
        #expect(listed.stdout.contains("article changed after review"), "\(listed.stdout)")
        let recheck = try CommandLineTool.run(["list", "strike", "--recheck"], in: tmp.root)
        #expect(recheck.stdout.contains(successor.id) && recheck.stdout.split(separator: "\n").count == 2)

        // The report, as a browser shows it.
        let report = try CommandLineTool.run(
            ["report", "strike", "--base-url", "https://example.org/r/"], in: tmp.root)
        #expect(report.status == 0, "\(report.stderr)")
        guard HeadlessBrowser.isInstalled else { return }
        let file = try tmp.workspace.reportFile("strike")
        let dom = try HeadlessBrowser.dumpDOM(file)
        let section = try #require(
            dom.range(of: "id=\"article-changed\"").map { String(dom[$0.lowerBound...].prefix(6000)) })
        #expect(section.contains("This article changed after review"))
        for revision in doc.info.revisions ?? [] { #expect(section.contains(revision.fetchedAt)) }
        #expect(section.contains("<mark>40</mark>") && section.contains("<mark>45</mark>"))
        #expect(section.contains("<mark>help</mark>") && section.contains("<mark>helped</mark>"))
        #expect(
            section.contains("href=\"#claim-\(successor.id)\"") && section.contains("casualty more than 40 → 45 people")
        )
        #expect(
            dom.range(of: "article-changed")!.lowerBound < dom.range(of: "article-heading")!.lowerBound,
            "near the top, before the article")
        #expect(dom.contains("class=\"card v-recheck\" id=\"claim-\(successor.id)\""), "a badge of its own")
        #expect(dom.contains("Needs re-checking: casualty more than 40 → 45 people"))
        #expect(!dom.contains("application/ld+json"), "no ClaimReview for a verdict waiting for a re-check")
        let png = tmp.root.appendingPathComponent("report.png")
        try HeadlessBrowser.screenshot(file, to: png, width: 900, height: 1400)
        #expect((try? Data(contentsOf: png).count) ?? 0 > 10_000)
    }

    @Test func aFailedFetchChangesNothing() throws {
        let response = LockedValue(LoopbackResponse.html(Self.page("40")))
        let server = try server(response)
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        #expect(
            try CommandLineTool.run(["extract", server.url("/strike"), "--doc", "strike"], in: tmp.root).status == 0)
        let folder = try tmp.workspace.documentFolder("strike")
        func snapshot() throws -> [String: Data] {
            var files: [String: Data] = [:]
            for name in try FileManager.default.subpathsOfDirectory(atPath: folder.path) {
                files[name] = FileManager.default.contents(atPath: folder.appendingPathComponent(name).path)
            }
            return files
        }
        let before = try snapshot()
        let cases: [(LoopbackResponse, String)] = [
            (.status(404), "404"),
            (.html("<html><body></body></html>"), "no readable article text"),
            (.bytes([0x89, 0x50, 0x4E, 0x47], contentType: "image/png"), "image/png"),
            (.html("<html><body><p>Subscribe to read more.</p></body></html>"), "no longer reads as this article"),
        ]
        for (answer, reason) in cases {
            response.value = answer
            let result = try CommandLineTool.run(["update", "strike"], in: tmp.root)
            #expect(result.status == 1, "\(reason)")
            #expect(result.stderr.contains(reason), "\(result.stderr)")
            #expect(result.stderr.split(separator: "\n").count == 1, "one line: \(result.stderr)")
            #expect(try snapshot() == before, "nothing changed after \(reason)")
        }
    }

    @Test func aDocumentWithoutURLAndBadArgumentsAreRefused() throws {
        let tmp = TemporaryWorkspace()
        try Fixtures.makeDocument(
            in: tmp.workspace, slug: "local", article: ReviewFixture.article, sentences: ReviewFixture.sentences)
        var info = try tmp.store.loadDocumentInfo("local")
        info.url = nil
        try AtomicFile.write(
            try ClaimCoding.encode(info),
            to: tmp.workspace.documentFolder("local").appendingPathComponent("document.json"))
        let noURL = try CommandLineTool.run(["update", "local"], in: tmp.root)
        #expect(noURL.status == 1 && noURL.stderr.contains("local has no article URL"), "\(noURL.stderr)")
        let all = try CommandLineTool.run(["update", "--all"], in: tmp.root)
        #expect(all.status == 0 && all.stderr.contains("no document of the workspace has an article URL"))
        #expect(try CommandLineTool.run(["update"], in: tmp.root).status == 1)
        #expect(try CommandLineTool.run(["update", "local", "--all"], in: tmp.root).status == 1)
        #expect(try CommandLineTool.run(["update", "nowhere"], in: tmp.root).stderr.contains("no document 'nowhere'"))
        let help = try CommandLineTool.run(["update", "--help"], in: tmp.root)
        #expect(help.status == 0 && help.stdout.contains("--all"))
        let diffHelp = try CommandLineTool.run(["diff", "--help"], in: tmp.root)
        #expect(diffHelp.status == 0 && diffHelp.stdout.contains("claimcheck diff <doc> [<rev>] [<rev>]"))
        let oneRevision = try CommandLineTool.run(["diff", "local"], in: tmp.root)
        #expect(oneRevision.status == 1 && oneRevision.stderr.contains("one revision only"))
    }
}
