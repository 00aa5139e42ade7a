import ClaimCore
import ClaimTestSupport
import Testing

@testable import Workbench

/// The REPL's `show` names the page of a passage that comes from a paged source (a PDF).
@Suite struct PDFPageDisplayTests {
    @Test func showNamesThePageOfThePassage() throws {
        let tmp = TemporaryWorkspace()
        let sentence = "The vote failed to reach the quorum of 89 members."
        try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: sentence + "\n", sentences: [sentence])
        let id = try tmp.store.load("doc").claims[0].id
        _ = try tmp.store.update("doc", id: id) { claim in
            claim.evidence = [
                Evidence(
                    url: "https://example.org/minutes.pdf", stance: .supports, addedBy: "ann",
                    addedAt: "2016-02-24T10:00:00Z",
                    snapshot: String(repeating: "ab", count: 32), status: 200,
                    matches: [
                        EvidenceMatch(
                            passage: "Only 81 members were present, short of the quorum of 89 members.",
                            score: 0.8, numbers: ["89"], page: 12)
                    ])
            ]
            return HistoryEntry(
                at: "2016-02-24T10:00:00Z", by: "ann", action: .evidenceAdd, to: "https://example.org/minutes.pdf")
        }
        let session = try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: "ann")
        let shown = session.handle("show").text
        #expect(shown.contains("short of the quorum of 89 members.” (p. 12)"), "\(shown)")
    }
}
