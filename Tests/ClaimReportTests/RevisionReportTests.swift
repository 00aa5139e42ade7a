import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

/// The report of an article that changed after review (issue 15): the section near the top with the revision
/// times and the sentence diff, the claims to re-check with a badge of their own, and the index marker.
@Suite struct RevisionReportTests {
    let options = ReportOptions(generatedAt: SampleDocuments.fixedTime)
    let v1 = "Police said 12 people were injured on Friday.\nThe road cost $2 million."
    let v2 =
        "Police said 14 people were injured on Friday.\nThe road cost $2 million, <script>alert(1)</script> said Ali."

    func found(_ text: String, _ article: String, value: Double) -> ExtractedClaim {
        ExtractedClaim(
            text: text, span: ClaimStore.locate(text, in: article)!, kinds: [.casualty], checkworthiness: 0.5,
            facts: [
                Fact(
                    kind: .casualty, text: "\(Int(value))", span: Span(start: 0, end: 1), value: value,
                    qualifier: .exact,
                    noun: "people")
            ])
    }

    func extract(_ tw: TemporaryWorkspace, _ article: String, values: [Double], now: String) throws {
        let lines = article.split(separator: "\n").map(String.init)
        try tw.store.importExtraction(
            slug: "doc", article: article, title: "Road", url: "https://example.org/road", published: nil,
            extractorVersion: "test", claims: zip(lines, values).map { found($0, article, value: $1) }, by: "ann",
            origin: ArticleOrigin(source: "https://example.org/road"), now: now)
    }

    @Test func anArticleChangedAfterReviewGetsTheSectionTheBadgeAndTheIndexMarker() throws {
        let tw = TemporaryWorkspace()
        try extract(tw, v1, values: [12, 2], now: "2026-12-01T08:00:00Z")
        let renderer = ReportRenderer(workspace: tw.workspace, options: options)
        let first = try tw.store.load("doc").claims[0]
        #expect(!(try renderer.html(for: try tw.store.load("doc"))).contains("article-changed"), "no change yet")
        try tw.store.update("doc", id: first.id) { claim in
            claim.verdict = Verdict(label: .true, note: "", reviewer: "bo", at: "2026-12-01T09:00:00Z")
            return HistoryEntry(at: "2026-12-01T09:00:00Z", by: "bo", action: .verdict, from: "unreviewed", to: "true")
        }
        #expect(!(try renderer.html(for: try tw.store.load("doc"))).contains("article-changed"), "reviewed, unchanged")
        try extract(tw, v2, values: [14, 2], now: "2026-12-01T10:00:00Z")
        let html = try renderer.html(for: try tw.store.load("doc"))
        let section = try #require(html.range(of: "id=\"article-changed\"").map { String(html[$0.lowerBound...]) })
        #expect(html.range(of: "article-changed")!.lowerBound < html.range(of: "article-heading")!.lowerBound)
        #expect(
            section.contains("<time>2026-12-01T08:00:00Z</time>")
                && section.contains("<time>2026-12-01T10:00:00Z</time>"))
        #expect(section.contains("<em>reviewed</em>") && section.contains("<em>changed after review</em>"))
        #expect(
            section.contains("Police said <mark>12</mark> people")
                && section.contains("Police said <mark>14</mark> people"))
        #expect(!html.contains("<script>alert"), "every string from the article is escaped")
        #expect(section.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        let successor = try #require(try tw.store.load("doc").claims.first { $0.needsRecheck })
        #expect(section.contains("<a href=\"#claim-\(successor.id)\">Claim 1</a>: casualty 12 → 14 people"))
        #expect(html.contains("<article class=\"card v-recheck\" id=\"claim-\(successor.id)\""))
        #expect(html.contains("<span class=\"badge\">Re-check</span>"))
        #expect(html.contains("class=\"hl v-recheck\""), "the highlight is not the old verdict's colour")
        #expect(html.contains("<strong>1</strong> to re-check after an edit"))
        let reviews = try ReportHTML(html: html).jsonLD()
        #expect(!reviews.contains { "\($0)".contains(successor.id) }, "no ClaimReview while it waits for a re-check")

        #expect(!PublicPage.shows(successor), "the public page leaves it out until it is re-checked")
        var confirmed = successor
        confirmed.recheck = nil
        #expect(PublicPage.shows(confirmed))
        let record = ExportRecord(claim: successor, reviewURL: "")
        #expect(record.json(review: nil)["recheck"] as? String == "casualty 12 → 14 people")
        #expect(record.cells[ExportRecord.columns.firstIndex(of: "recheck")!] as? String == "casualty 12 → 14 people")

        let batch = try renderer.renderAll()
        let index = try String(contentsOf: try #require(batch.index), encoding: .utf8)
        #expect(index.contains("article changed after review"))
    }
}
