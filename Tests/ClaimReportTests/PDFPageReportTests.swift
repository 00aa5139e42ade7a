import ClaimCore
import ClaimTestSupport
import Testing

@testable import ClaimReport

/// The report names the page of a passage that comes from a paged source (a PDF): "(match 0.80, p. 12)".
@Suite struct PDFPageReportTests {
    @Test func aPassageFromAPDFShowsItsPage() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let id = try tw.store.load("benghazi").claims.first { $0.text.contains("89 members of parliament") }!.id
        _ = try tw.store.update("benghazi", id: id) { claim in
            claim.evidence[0].matches.append(
                EvidenceMatch(
                    passage: "Only 81 members were present in the chamber.", score: 0.8, numbers: [], page: 12))
            return HistoryEntry(
                at: SampleDocuments.fixedTime, by: "Jonas Weber", action: .evidenceFetch, to: claim.evidence[0].url)
        }
        let html = try ReportRenderer(
            workspace: tw.workspace, options: ReportOptions(generatedAt: SampleDocuments.fixedTime)
        )
        .html(for: try tw.store.load("benghazi"))
        #expect(
            html.contains(
                "Only 81 members were present in the chamber. <span class=\"muted\">(match 0.80, p. 12)</span>"))
        // A passage of a web page has no page.
        #expect(html.contains("<span class=\"muted\">(match 0.74)</span>"))
    }
}
