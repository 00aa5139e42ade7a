import ClaimCore
import ClaimTestSupport
import Foundation
import SourceFetch
import Testing

@testable import Workbench

/// PDFs as evidence, end to end: served by the loopback server, fetched, archived, read and matched by
/// `EvidenceDesk` as the CLI and the REPL do it.
@Suite struct PDFEvidenceTests {
    let temp = TemporaryWorkspace()
    /// Which edition of the multi-page report the server sends (the test changes it to make a new snapshot).
    let edition = LockedValue(1)
    let server: LoopbackServer
    let quorumID: String
    let quoteID: String

    init() throws {
        let edition = self.edition
        let report = PDFSamples.multiPage(count: 4, numbered: 3)
        server = try LoopbackServer { request in
            switch request.path {
            case "/minutes.pdf": return .bytes(PDFSamples.twoColumns(), contentType: "application/pdf")
            case "/attendance": return .bytes(PDFSamples.table(), contentType: "application/octet-stream")
            // a PDF, whatever the name and type say
            case "/report.html": return .bytes(report, contentType: "text/html")
            case "/report.pdf":
                return .bytes(
                    PDFSamples.multiPage(count: 4, numbered: 3, edition: edition.value),
                    contentType: "application/pdf")
            case "/twice.pdf":
                return .bytes(PDFSamples.multiPage(count: 5, numbered: [2, 4]), contentType: "application/pdf")
            case "/scan.pdf": return .bytes(PDFSamples.scanned(), contentType: "application/pdf")
            case "/secret.pdf": return .bytes(PDFSamples.encrypted(), contentType: "application/pdf")
            case "/truncated.pdf":
                return .bytes(Array(PDFSamples.twoColumns().prefix(700)), contentType: "application/pdf")
            case "/not-a.pdf":
                return .bytes(Array("%PDF-1.4 and then an HTML error page".utf8), contentType: "application/pdf")
            case "/huge.pdf":
                return .bytes(PDFSamples.long(pages: 3000, linesPerPage: 2), contentType: "application/pdf")
            default: return .status(404)
            }
        }
        let quorum = "The vote failed to reach the required quorum (89 members of parliament) yesterday."
        let quote = "\u{201C}We will not meet again until the quorum is reached,\u{201D} the speaker told reporters."
        let article = quorum + "\n" + quote + "\n"
        let claims = Extractor().extract(article, published: CalendarDay(iso: "2016-02-24"))
        try #require(claims.count == 2)
        _ = try temp.store.importExtraction(
            slug: "quorum", article: article, title: "Quorum", url: nil, published: "2016-02-24",
            extractorVersion: "test", claims: claims, by: "tester")
        let stored = try temp.store.load("quorum").claims
        quorumID = stored[0].id
        quoteID = stored[1].id
    }

    var desk: EvidenceDesk { EvidenceDesk(workspace: temp.workspace) }
    var archive: SourceArchive { SourceArchive(workspace: temp.workspace, document: "quorum") }

    @Test func aTwoColumnPDFIsMatchedWithItsPageTitleAndDate() throws {
        let outcome = try desk.attach(
            document: "quorum", claimID: quorumID, url: server.url("/minutes.pdf"), stance: .supports, note: "",
            by: "ana")
        #expect(outcome.report.outcome == .fetched && outcome.report.note == nil)
        let evidence = outcome.claim.evidence[0]
        #expect(evidence.title == "Minutes of the 23 February session")
        let best = try #require(evidence.matches.first)
        #expect(best.page == 1 && best.numbers == ["89"])
        #expect(best.passage.contains("short of the required quorum of 89 members"))
        let record = try archive.record(try #require(evidence.snapshot))
        #expect(record.published == "2016-02-24" && record.author == "House of Representatives" && record.pages == 1)
        #expect(record.contentType == "application/pdf")
        #expect(try archive.text(evidence.snapshot!).contains("members of the parliament were present"))
        // Stored with its page in the claim file.
        let json = String(decoding: try ClaimCoding.encode(evidence), as: UTF8.self)
        #expect(json.contains("\"page\" : 1"))
    }

    @Test func aTableRowMatchesTheClaimsNumber() throws {
        let outcome = try desk.attach(
            document: "quorum", claimID: quorumID, url: server.url("/attendance"), stance: .supports, note: "",
            by: "ana")
        let passages = outcome.matches.map(\.passage)
        #expect(
            passages.contains("24 February | 89 members | 89")
                || passages.contains { $0.contains("89 members, exactly the quorum") })
        #expect(outcome.matches.allSatisfy { $0.page == 1 })
        #expect(outcome.matches.first?.numbers == ["89"])
    }

    @Test func theNumbersAndTheQuoteAreFoundOnTheirPageAndThePageShows() throws {
        let numbers = try desk.attach(
            document: "quorum", claimID: quorumID, url: server.url("/report.html"), stance: .supports, note: "",
            by: "ana")
        #expect(numbers.matches.first?.page == 3 && numbers.matches.first?.numbers == ["89"])
        let quote = try desk.attach(
            document: "quorum", claimID: quoteID, url: server.url("/report.pdf"), stance: .supports, note: "", by: "ana"
        )
        let best = try #require(quote.matches.first)
        #expect(best.page == 3 && best.quoteFound == true)
        let lines = EvidenceText.lines(for: quote)
        #expect(
            lines.contains {
                $0.hasPrefix("  • (") && $0.contains(", p. 3) ") && $0.contains("We will not meet again")
            }, "\(lines)")
        #expect(EvidenceText.lines(forEvidenceOf: quote.claim).contains { $0.contains(", p. 3) ") })
    }

    @Test func thePageInTheLinkIsPreferred() throws {
        // Pages 2 and 4 both state the figure: the page the link names comes first.
        for page in [2, 4] {
            let outcome = try desk.attach(
                document: "quorum", claimID: quorumID, url: server.url("/twice.pdf#page=\(page)"), stance: .supports,
                note: "", by: "ana")
            #expect(
                outcome.matches.first?.page == page && outcome.matches.first?.numbers == ["89"],
                "\(outcome.matches.map(\.page))")
            #expect(outcome.matches.contains { $0.page == 6 - page }, "the other page is still listed")
        }
    }

    @Test func aChangedPDFGivesANewSnapshotAndKeepsTheOldOne() throws {
        let first = try desk.attach(
            document: "quorum", claimID: quorumID, url: server.url("/report.pdf"), stance: .supports, note: "",
            by: "ana")
        let old = try #require(first.claim.evidence[0].snapshot)
        let same = try desk.refresh(document: "quorum", by: "ana")
        #expect(same.unchanged == 1 && same.changed == 0)
        edition.value = 2
        let changed = try desk.refresh(document: "quorum", by: "ana")
        #expect(
            changed.changed == 1 && changed.reports.first?.outcome == .changed
                && changed.reports.first?.previousSnapshot == old)
        let evidence = try temp.store.loadClaim("quorum", id: quorumID).evidence[0]
        #expect(evidence.snapshot != old && evidence.previousSnapshots == [old])
        #expect(evidence.matches.first?.page == 3)
        #expect(try archive.text(evidence.snapshot!).contains("(edition 2)"))
        #expect(try archive.text(old).contains("(edition 1)"))
    }

    @Test func hostilePDFsAreArchivedWithAOneLineReason() throws {
        let cases: [(String, String)] = [
            ("/scan.pdf", "scanned PDF without text; attach a text source or a note"),
            ("/secret.pdf", "encrypted PDF: it needs a password to open; archived, but there is no text to read"),
            ("/truncated.pdf", "truncated or damaged PDF: no text is left in it; archived"),
            (
                "/not-a.pdf",
                "unreadable PDF (damaged, truncated or not a PDF: PDF document is damaged); archived, but there is no text to read"
            ),
        ]
        for (k, (path, note)) in cases.enumerated() {
            let outcome = try desk.attach(
                document: "quorum", claimID: quorumID, url: server.url(path), stance: .context, note: "", by: "ana")
            #expect(outcome.report.outcome == .fetched && outcome.report.note == note, "\(path)")
            #expect(outcome.matches.isEmpty)
            let evidence = outcome.claim.evidence[k]
            let sha = try #require(evidence.snapshot)
            #expect(try archive.body(sha).count > 0 && archive.record(sha).note == note)
            #expect(EvidenceText.lines(for: outcome)[1].contains(note))
        }
        // Thousands of pages: read up to the page limit within the fetch's bounds.
        let started = Date()
        let huge = try desk.attach(
            document: "quorum", claimID: quoteID, url: server.url("/huge.pdf"), stance: .context, note: "", by: "ana")
        #expect(huge.report.note == nil || huge.report.note?.hasPrefix("read the first ") == true)
        #expect(Date().timeIntervalSince(started) < 60)
        // Over the body cap: refused by the fetch, the link kept.
        let small = EvidenceDesk(workspace: temp.workspace, policy: FetchPolicy(maxBodyBytes: 64 * 1024))
        let capped = try small.attach(
            document: "quorum", claimID: quoteID, url: server.url("/huge.pdf#page=2"), stance: .context, note: "",
            by: "ana")
        #expect(capped.report.error == .tooLarge(limit: 64 * 1024) && capped.claim.evidence.last?.snapshot == nil)
    }
}
