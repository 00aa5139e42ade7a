import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// Issue 16 point 6: every `fetch` records `checkedAt` on every link it tried — fetched, unchanged or
/// failed — and reports its results claim by claim.
@Suite struct FetchFreshnessTests {
    let temp = TemporaryWorkspace()
    let server: LoopbackServer
    let ids: [String]

    init() throws {
        server = try LoopbackServer { request in
            switch request.path {
            case "/page":
                return .html(
                    "<html><head><title>Clashes</title></head><body><p>Six people were killed in Benghazi.</p></body></html>"
                )
            case "/gone": return .status(410)
            default: return .status(503)
            }
        }
        ids = try SampleDocuments.document(
            temp, slug: "fresh",
            sentences: [
                ("Six people were killed in Benghazi.", []), ("The quorum was not reached.", []),
                ("The council met twice.", []),
            ]
        ).map(\.id)
        let desk = EvidenceDesk(workspace: temp.workspace)
        _ = try desk.attach(
            document: "fresh", claimID: ids[0], url: server.url("/page"), stance: .supports, note: "", by: "ana")
        _ = try desk.attach(
            document: "fresh", claimID: ids[0], url: server.url("/gone"), stance: .context, note: "", by: "ana")
        _ = try desk.attach(
            document: "fresh", claimID: ids[2], url: server.url("/page"), stance: .supports, note: "", by: "ana")
        _ = try desk.attach(
            document: "fresh", claimID: ids[2], url: server.url("/down"), stance: .refutes, note: "", by: "ana")
    }

    func evidence() throws -> [Evidence] { try temp.store.load("fresh").claims.flatMap(\.evidence) }

    @Test func everyLinkTriedGetsThisRunsCheckedAtEvenWhenNothingChanged() throws {
        let attached = try evidence()
        #expect(attached.count == 4 && attached.allSatisfy { $0.checkedAt != nil }, "attaching is a check too")
        // Make the stored times older than any run so that a new run is visible whatever the clock's resolution.
        for id in [ids[0], ids[2]] {
            try temp.store.update("fresh", id: id) { claim in
                for k in claim.evidence.indices { claim.evidence[k].checkedAt = "2000-01-01T00:00:00Z" }
                return HistoryEntry(at: "2000-01-01T00:00:00Z", by: "test", action: .note)
            }
        }
        let before = try temp.store.load("fresh").claims.map(\.revision)
        let summary = try FetchJob(workspace: temp.workspace).run(document: "fresh", reviewer: "bo")
        #expect(summary.unchanged == 1 && summary.dead == 1 && summary.failed == 1, "\(summary.totals)")
        #expect(summary.claimsUpdated == 0, "no evidence changed")
        let after = try evidence()
        let times = Set(after.compactMap(\.checkedAt))
        #expect(
            times.count == 1 && !times.contains("2000-01-01T00:00:00Z"),
            "one run, one time, on all four links: \(times)")
        #expect(after.allSatisfy { $0.fetchError == nil || $0.checkedAt != "2000-01-01T00:00:00Z" }, "failed links too")
        let claims = try temp.store.load("fresh").claims
        #expect(claims[0].history.last?.action == .evidenceCheck && claims[0].history.last?.by == "bo")
        #expect(claims[1].revision == before[1], "a claim without evidence is not written")
        #expect(claims[0].revision == before[0] + 1)
    }

    @Test func resultsAreGroupedByClaimWithNumberAndID() throws {
        let summary = try FetchJob(workspace: temp.workspace).run(document: "fresh", reviewer: "bo")
        #expect(summary.groups.map(\.number) == [1, 3])
        #expect(summary.groups.map(\.claimID) == [ids[0], ids[2]])
        #expect(summary.groups[0].reports.map(\.url) == [server.url("/page"), server.url("/gone")])
        #expect(
            summary.groups[1].reports.map(\.url) == [server.url("/page"), server.url("/down")],
            "a shared link is listed under each claim citing it")
        #expect(summary.reports.count == 3, "but fetched and counted once")
        let lines = summary.groupedLines
        #expect(lines[0] == "claim 1 (\(ids[0]))")
        #expect(lines[1].hasPrefix("  unchanged \(server.url("/page"))"))
        #expect(lines[2].hasPrefix("  dead      \(server.url("/gone"))"))
        #expect(lines[3] == "claim 3 (\(ids[2]))")
        #expect(lines[5].hasPrefix("  failed    \(server.url("/down"))"))
        #expect(lines.count == 6)
    }

    @Test func theFetchCommandPrintsClaimsThenTheirLinks() throws {
        let result = try CommandLineTool.run(["fetch", "fresh", "--reviewer", "bo"], in: temp.root)
        #expect(result.status == 1, "a dead and a failed link")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "claim 1 (\(ids[0]))", "\(result.stdout)")
        #expect(lines.contains("claim 3 (\(ids[2]))"))
        #expect(lines.filter { $0.hasPrefix("  ") }.count == 4)
        #expect(lines.last == "1 fetched (0 changed, 1 unchanged, 0 new), 1 dead, 1 failed")
        #expect(try evidence().allSatisfy { $0.checkedAt != nil })
    }

    @Test func checkedAtIsOmittedFromTheClaimFileUntilSet() throws {
        let never = Evidence(
            url: "https://example.org/a", stance: .supports, addedBy: "ana", addedAt: "2026-01-01T00:00:00Z")
        let json = String(decoding: try JSONEncoder().encode(never), as: UTF8.self)
        #expect(!json.contains("checkedAt"))
        var checked = never
        checked.checkedAt = "2026-12-02T01:00:00Z"
        let encoded = try JSONEncoder().encode(checked)
        #expect(String(decoding: encoded, as: UTF8.self).contains("\"checkedAt\":\"2026-12-02T01:00:00Z\""))
        #expect(try JSONDecoder().decode(Evidence.self, from: encoded).checkedAt == "2026-12-02T01:00:00Z")
        #expect(
            try JSONDecoder().decode(Evidence.self, from: try JSONEncoder().encode(never)).checkedAt == nil,
            "older files still read")
    }
}
