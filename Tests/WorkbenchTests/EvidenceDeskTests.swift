import ClaimCore
import ClaimTestSupport
import Foundation
import SourceFetch
import Testing

@testable import Workbench

@Suite struct EvidenceDeskTests {
    let temp = TemporaryWorkspace()
    /// Mutable page content for the server, shared with the test.
    let live = LockedValue(
        "<html><head><title>Clashes</title></head><body><article><p>Six people were killed in clashes in Benghazi, officials said.</p></article></body></html>"
    )
    let server: LoopbackServer
    let claimID: String
    let otherID: String

    init() throws {
        let live = self.live
        server = try LoopbackServer { request in
            switch request.path {
            case "/live", "/same-bytes": return .html(live.value)
            case "/copy": return .html("<html><body><p>A copy of the same report.</p></body></html>")
            case "/copy2": return .html("<html><body><p>A copy of the same report.</p></body></html>")
            case "/gone": return .status(410)
            case "/png": return .bytes([0x89] + Array("PNG\r\n binary".utf8), contentType: "image/png")
            default: return .status(404)
            }
        }
        let article = "At least 6 people were killed in clashes in Benghazi.\nThe quorum was not reached.\n"
        let first = "At least 6 people were killed in clashes in Benghazi."
        let second = "The quorum was not reached."
        _ = try temp.store.importExtraction(
            slug: "benghazi", article: article, title: "Benghazi", url: nil, published: "2016-02-24",
            extractorVersion: "test",
            claims: [
                ExtractedClaim(
                    text: first, span: Span(start: 0, end: first.utf8.count), kinds: [.casualty], checkworthiness: 0.9,
                    facts: [
                        Fact(
                            kind: .casualty, text: "6 people", span: Span(start: 9, end: 17), value: 6,
                            qualifier: .atLeast, noun: "people")
                    ]),
                ExtractedClaim(
                    text: second, span: Span(start: first.utf8.count + 1, end: article.utf8.count - 1),
                    kinds: [.quantity],
                    checkworthiness: 0.5, facts: []),
            ], by: "tester")
        let claims = try temp.store.load("benghazi").claims
        claimID = claims[0].id
        otherID = claims[1].id
    }

    var desk: EvidenceDesk { EvidenceDesk(workspace: temp.workspace) }
    var sources: URL { temp.root.appendingPathComponent("claims/benghazi/sources") }

    /// The snapshot files of the archive (the WARC captures have a folder of their own: WARCTests).
    func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: sources.path)) ?? []).filter {
            !$0.hasPrefix(".") && $0 != "warc"
        }.sorted()
    }

    @Test func attachFetchesArchivesMatchesAndSaves() throws {
        let outcome = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/live"), stance: .supports,
            note: "local officials", by: "ana")
        #expect(outcome.report.outcome == .fetched)
        #expect(outcome.evidenceNumber == 1)
        let evidence = try #require(outcome.claim.evidence.first)
        #expect(evidence.status == 200 && evidence.title == "Clashes" && evidence.fetchError == nil)
        #expect(evidence.matches.first?.numbers == ["6"])
        #expect(evidence.matches.first?.passage == "Six people were killed in clashes in Benghazi, officials said.")
        #expect(outcome.claim.history.last?.action == .evidenceAdd)
        #expect(outcome.claim.history.last?.by == "ana")

        let sha = try #require(evidence.snapshot)
        #expect(files() == ["\(sha).body", "\(sha).json", "\(sha).txt"])
        #expect(sha == SHA256.hex(Array(live.value.utf8)))
        let record = try SourceArchive(workspace: temp.workspace, document: "benghazi").record(sha)
        #expect(
            record.url == server.url("/live") && record.status == 200 && record.bytes == live.value.utf8.count
                && record.title == "Clashes")
        #expect(record.contentType == "text/html; charset=utf-8")
        #expect(
            try SourceArchive(workspace: temp.workspace, document: "benghazi").text(sha)
                == "Six people were killed in clashes in Benghazi, officials said.\n")
        // Saved on disk as returned.
        #expect(try temp.store.loadClaim("benghazi", id: claimID) == outcome.claim)
    }

    @Test func theSameBytesAreStoredOnce() throws {
        let a = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/copy"), stance: .context, note: "", by: "ana")
        let b = try desk.attach(
            document: "benghazi", claimID: otherID, url: server.url("/copy2"), stance: .context, note: "", by: "ana")
        #expect(a.claim.evidence[0].snapshot == b.claim.evidence[0].snapshot)
        #expect(files().count == 3)
    }

    @Test func refreshKeepsTheOldSnapshotWhenContentChanged() throws {
        let first = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/live"), stance: .supports, note: "", by: "ana")
        let old = try #require(first.claim.evidence[0].snapshot)
        _ = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/gone"), stance: .refutes, note: "", by: "ana")

        var unchanged = try desk.refresh(document: "benghazi", by: "bo")
        #expect(unchanged.unchanged == 1 && unchanged.changed == 0 && unchanged.dead == 1 && unchanged.fetched == 1)
        #expect(unchanged.claimsUpdated == 0)

        live.value =
            "<html><body><p>Five people were killed in clashes in Benghazi, officials now say.</p></body></html>"
        var progress: [Int] = []
        unchanged = try desk.refresh(document: "benghazi", by: "bo") { done, _ in progress.append(done) }
        #expect(unchanged.changed == 1 && unchanged.dead == 1 && unchanged.hasFailures)
        #expect(progress.last == 2)
        let report = try #require(unchanged.reports.first { $0.outcome == .changed })
        #expect(report.previousSnapshot == old)
        #expect(report.line.hasPrefix("changed   \(server.url("/live"))"))
        #expect(unchanged.reports.first { $0.outcome == .dead }?.line.contains("HTTP 410 Gone") == true)

        let claim = try temp.store.loadClaim("benghazi", id: claimID)
        let evidence = claim.evidence[0]
        #expect(evidence.previousSnapshots == [old])
        #expect(evidence.snapshot != old)
        #expect(evidence.matches.first?.numbers == [])  // "Five" is not at least 6 (seven would be)
        #expect(evidence.matches.first?.missingNumbers == ["6"])
        #expect(claim.history.last?.action == .evidenceFetch && claim.history.last?.by == "bo")
        #expect(files().count == 6)  // both snapshots kept
    }

    @Test func aFailedFetchStillRecordsTheLinkButNoSnapshot() throws {
        let outcome = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/gone"), stance: .refutes, note: "was there",
            by: "ana")
        #expect(outcome.report.outcome == .dead && !outcome.fetched)
        let evidence = outcome.claim.evidence[0]
        #expect(evidence.url == server.url("/gone") && evidence.note == "was there")
        #expect(evidence.status == 410 && evidence.snapshot == nil)
        #expect(evidence.fetchError == "HTTP 410 Gone (the page was removed)")
        #expect(files().isEmpty)
    }

    @Test func aBinarySourceIsArchivedWithANote() throws {
        let outcome = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/png"), stance: .context, note: "", by: "ana")
        #expect(outcome.report.note?.hasPrefix("not a text page (image/png)") == true)
        #expect(outcome.claim.evidence[0].snapshot != nil && outcome.matches.isEmpty)
        #expect(files().count == 3)
    }

    @Test func nonWebLinksAreRefusedBeforeAnyFetch() throws {
        for url in ["javascript:alert(1)", "file:///etc/passwd"] {
            #expect(throws: ClaimCheckError.self) {
                try desk.attach(
                    document: "benghazi", claimID: claimID, url: url, stance: .supports, note: "", by: "ana")
            }
        }
        #expect(server.requests.isEmpty)
        #expect(try temp.store.loadClaim("benghazi", id: claimID).evidence.isEmpty)
    }

    @Test func duplicatesUnknownClaimsAndStaleRevisionsAreRefused() throws {
        let outcome = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/live"), stance: .supports, note: "", by: "ana")
        #expect(throws: ClaimCheckError.self) {
            try desk.attach(
                document: "benghazi", claimID: claimID, url: server.url("/live"), stance: .refutes, note: "", by: "ana")
        }
        #expect(throws: ClaimCheckError.claimNotFound(document: "benghazi", claim: "nope00")) {
            try desk.attach(
                document: "benghazi", claimID: "nope00", url: server.url("/live"), stance: .supports, note: "",
                by: "ana")
        }
        let requests = server.requests.count
        #expect(throws: ClaimCheckError.self) {
            try desk.attach(
                document: "benghazi", claimID: claimID, url: server.url("/copy"), stance: .supports, note: "",
                by: "ana",
                expectedRevision: outcome.claim.revision - 1)
        }
        #expect(server.requests.count == requests)  // refused before fetching
    }

    @Test func removeTakesOutOneEvidence() throws {
        _ = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/live"), stance: .supports, note: "", by: "ana")
        let two = try desk.attach(
            document: "benghazi", claimID: claimID, url: server.url("/copy"), stance: .context, note: "", by: "ana")
        #expect(throws: ClaimCheckError.self) {
            try desk.remove(document: "benghazi", claimID: claimID, index: 3, by: "ana")
        }
        let claim = try desk.remove(
            document: "benghazi", claimID: claimID, index: 1, by: "bo", expectedRevision: two.claim.revision)
        #expect(claim.evidence.map(\.url) == [server.url("/copy")])
        #expect(
            claim.history.last?.withoutSeal
                == HistoryEntry(
                    at: claim.history.last!.at, by: "bo", action: .evidenceRemove, from: server.url("/live")))
    }
}
