import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

/// Issue 16 point 4: the public page shows readers the verdicts, their reasons and the evidence, and nothing of
/// the workbench; it is checked in headless Chromium.
@Suite struct PublicPageTests {
    let temp = TemporaryWorkspace()

    /// A document of four claims: one true with a note and evidence, one false with a hostile note, one
    /// unreviewed, one orphaned.
    func document() throws -> LoadedDocument {
        let claims = try SampleDocuments.document(
            temp, slug: "pub",
            sentences: [
                ("More than 40 people were killed, officials said.", []), ("The quorum was 89 members.", []),
                ("The council met twice.", []), ("The mayor resigned.", []),
            ])
        try temp.store.update("pub", id: claims[0].id) { claim in
            claim.verdict = Verdict(
                label: .true, note: "Hospital records list 41 dead.", reviewer: "Ana", at: "2026-01-02T10:00:00Z")
            claim.evidence = [
                Evidence(
                    url: "https://example.org/report", stance: .supports, note: "", addedBy: "Ana",
                    addedAt: "2026-01-02T09:00:00Z", snapshot: String(repeating: "a", count: 64), status: 200,
                    fetchedAt: "2026-01-02T09:00:00Z", title: "Hospital report")
            ]
            return HistoryEntry(at: "2026-01-02T10:00:00Z", by: "Ana", action: .verdict, from: "unreviewed", to: "true")
        }
        try temp.store.update("pub", id: claims[1].id) { claim in
            claim.verdict = Verdict(
                label: .false, note: "<script>alert(1)</script> It was 98.", reviewer: "Bo", at: "2026-01-02T11:00:00Z")
            return HistoryEntry(at: "2026-01-02T11:00:00Z", by: "Bo", action: .verdict, from: "unreviewed", to: "false")
        }
        try temp.store.update("pub", id: claims[3].id) { claim in
            claim.verdict = Verdict(label: .mixed, note: "", reviewer: "Cy", at: "2026-01-02T12:00:00Z")
            claim.orphaned = true
            return HistoryEntry(at: "2026-01-02T12:00:00Z", by: "Cy", action: .verdict, from: "unreviewed", to: "mixed")
        }
        return try temp.store.load("pub")
    }

    func page(_ loaded: LoadedDocument, firstPublished: String = "2026-01-01T00:00:00Z") -> PublicPage {
        PublicPage(
            document: loaded,
            options: ReportOptions(
                publicBaseURL: "https://desk.example.org/checks/pub", organization: "Example Desk",
                generatedAt: "2026-01-03T00:00:00Z"),
            archived: [String(repeating: "a", count: 64): "evidence/aaa.txt"], firstPublished: firstPublished)
    }

    @Test func readersSeeVerdictsReasonsAndEvidenceAndNoWorkbenchDetail() throws {
        let html = try page(try document()).html()
        #expect(html.contains("<title>Test article</title>"))
        #expect(html.contains("href=\"https://news.example.com/a\""), "a link to the original article")
        #expect(html.contains("What was claimed") && html.contains("Our verdict") && html.contains("Why"))
        #expect(html.contains("Hospital records list 41 dead."))
        #expect(html.contains("href=\"evidence/aaa.txt\""), "the archived copy, relative")
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;") && !html.contains("<script>alert"))
        #expect(!html.contains("The council met twice."), "unreviewed claims are not published")
        #expect(!html.contains("The mayor resigned."), "a claim no longer in the article is not published")
        #expect(html.contains("Reviewed by</dt><dd>Ana, Bo</dd>"), "only the reviewers of the claims shown")
        let body = html.components(separatedBy: "</style>").last!.lowercased()  // the stylesheet names every state
        for detail in [
            "match", "snapshot", "unreviewed", "consistency", "extractor", String(repeating: "a", count: 64),
        ] {
            #expect(!body.contains(detail), "no workbench detail: \(detail)")
        }
        #expect(html.components(separatedBy: "application/ld+json").count - 1 == 2, "a ClaimReview per claim shown")
        #expect(html.contains("\"url\":\"https://desk.example.org/checks/pub/#claim-"))
    }

    @Test func aVerdictChangedAfterFirstPublicationIsACorrection() throws {
        var loaded = try document()
        let id = loaded.claims[1].id
        try temp.store.update("pub", id: id) { claim in
            claim.verdict = Verdict(label: .mostlyFalse, note: "Revised.", reviewer: "Bo", at: "2026-01-05T00:00:00Z")
            return HistoryEntry(
                at: "2026-01-05T00:00:00Z", by: "Bo", action: .verdict, from: "false", to: "mostly-false")
        }
        loaded = try temp.store.load("pub")
        #expect(page(loaded, firstPublished: "2026-01-04T00:00:00Z").corrections.count == 1)
        #expect(page(loaded, firstPublished: "2026-01-06T00:00:00Z").corrections.isEmpty)
        let html = try page(loaded, firstPublished: "2026-01-04T00:00:00Z").html()
        #expect(html.contains("changed from false to mostly false (Bo)"))
    }

    @Test(.enabled(if: HeadlessBrowser.isInstalled)) func chromiumRendersThePage() throws {
        let file = temp.root.appendingPathComponent("public.html")
        try Data(try page(try document()).html().utf8).write(to: file)
        let dom = try HeadlessBrowser.dumpDOM(file)
        #expect(dom.contains("Hospital records list 41 dead."))
        #expect(dom.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the hostile note stays text")
        let png = temp.root.appendingPathComponent("public.png")
        try HeadlessBrowser.screenshot(file, to: png, width: 900, height: 1400)
        #expect((try? Data(contentsOf: png).count) ?? 0 > 10_000)
    }
}
