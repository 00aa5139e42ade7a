import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// Issue 16 point 4: `report DOC --public --bundle DIR` writes a folder that can be published as it is: the page,
/// the archived evidence it links (every relative link resolves inside the folder) and when it was first published.
@Suite struct PublicBundleTests {
    let temp = TemporaryWorkspace()
    let server: LoopbackServer
    let ids: [String]

    init() throws {
        server = try LoopbackServer { _ in
            .html("<html><head><title>Toll</title></head><body><p>More than 40 people were killed.</p></body></html>")
        }
        ids = try SampleDocuments.document(
            temp, slug: "bundle",
            sentences: [("More than 40 people were killed.", []), ("The council met twice.", [])]
        ).map(\.id)
        _ = try EvidenceDesk(workspace: temp.workspace).attach(
            document: "bundle", claimID: ids[0], url: server.url("/toll"), stance: .supports, note: "", by: "ana")
        try temp.store.update("bundle", id: ids[0]) { claim in
            claim.verdict = Verdict(label: .true, note: "The page says so.", reviewer: "ana", at: Timestamp.now())
            return HistoryEntry(at: Timestamp.now(), by: "ana", action: .verdict, from: "unreviewed", to: "true")
        }
    }

    @Test func everyRelativeLinkOfTheBundleResolvesInsideIt() throws {
        let folder = temp.root.appendingPathComponent("site/pub")
        let outcome = try PublicReportJob(workspace: temp.workspace).run(
            document: "bundle", bundle: folder.path, force: true)
        #expect(outcome.claims == 1 && outcome.copies == 1)
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        let hrefs = html.components(separatedBy: "href=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        let relative = hrefs.filter { !$0.hasPrefix("http") && !$0.hasPrefix("#") }
        #expect(!relative.isEmpty)
        for link in relative {
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent(link).path), "\(link)")
            #expect(!link.contains(".."), "no link leaves the bundle: \(link)")
        }
        let copy = try String(contentsOf: folder.appendingPathComponent(relative[0]), encoding: .utf8)
        #expect(copy.contains("More than 40 people were killed."))
        #expect(!html.contains("The council met twice."))
    }

    @Test(.enabled(if: HeadlessBrowser.isInstalled)) func chromiumOpensTheBundleAndItsArchivedCopy() throws {
        let folder = temp.root.appendingPathComponent("browse")
        _ = try PublicReportJob(workspace: temp.workspace).run(document: "bundle", bundle: folder.path, force: true)
        let page = folder.appendingPathComponent("index.html")
        let dom = try HeadlessBrowser.dumpDOM(page)
        #expect(dom.contains("The page says so.") && dom.contains("archived copy"))
        #expect(!dom.contains("snapshot") && !dom.contains("The council met twice."), "no workbench detail")
        // The archived copy the page links opens from inside the folder.
        let link = dom.components(separatedBy: "href=\"evidence/").dropFirst().first.map {
            "evidence/" + $0.prefix { $0 != "\"" }
        }
        let copy = try #require(link.map { folder.appendingPathComponent($0) })
        #expect(try HeadlessBrowser.dumpDOM(copy).contains("More than 40 people were killed."))
    }

    @Test func theFirstPublicationTimeIsKeptAcrossRuns() throws {
        let folder = temp.root.appendingPathComponent("pub")
        var options = ReportOptions()
        options.generatedAt = "2026-01-01T00:00:00Z"
        _ = try PublicReportJob(workspace: temp.workspace, options: options).run(
            document: "bundle", bundle: folder.path, force: true)
        options.generatedAt = "2026-02-01T00:00:00Z"
        _ = try PublicReportJob(workspace: temp.workspace, options: options).run(
            document: "bundle", bundle: folder.path, force: true)
        let html = try String(contentsOf: folder.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(
            html.contains(
                "First published <time>2026-01-01T00:00:00Z</time>; this version <time>2026-02-01T00:00:00Z</time>"))
    }

    @Test func theDefaultBundleIsUnderReportsPublic() throws {
        let outcome = try PublicReportJob(workspace: temp.workspace).run(document: "bundle", force: true)
        #expect(outcome.page == "reports/public/bundle/index.html")
        #expect(throws: ClaimCheckError.self) { try PublicReportJob(workspace: temp.workspace).run(document: "../x") }
    }

    @Test func thePublishGateRefusesUntilLintPassesUnlessForced() throws {
        let folder = temp.root.appendingPathComponent("gated")
        var seen: [PublishLint.Finding] = []
        #expect(throws: ClaimCheckError.self) {
            try PublicReportJob(workspace: temp.workspace).run(document: "bundle", bundle: folder.path) { seen = $0 }
        }
        #expect(seen.contains { $0.rule == .unreviewed && $0.claim == ids[1] }, "\(seen.map(\.line))")
        #expect(seen.contains { $0.rule == .noBaseURL })
        #expect(!FileManager.default.fileExists(atPath: folder.path), "nothing is written while the gate is shut")
        // Everything reviewed, a base URL and an organisation: the gate opens.
        try temp.store.update("bundle", id: ids[1]) { claim in
            claim.verdict = Verdict(label: .notAClaim, note: "", reviewer: "ana", at: Timestamp.now())
            return HistoryEntry(at: Timestamp.now(), by: "ana", action: .verdict, from: "unreviewed", to: "not-a-claim")
        }
        let options = ReportOptions(publicBaseURL: "https://desk.example.org/pub/", organization: "Example Desk")
        let outcome = try PublicReportJob(workspace: temp.workspace, options: options).run(
            document: "bundle", bundle: folder.path
        ) { seen = $0 }
        #expect(seen.isEmpty, "\(seen.map(\.line))")
        #expect(outcome.claims == 1)
    }
}
