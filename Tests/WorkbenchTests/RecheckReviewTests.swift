import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import Workbench

/// A claim whose sentence was edited after its verdict (issue 15): the REPL counts it, finds it, and a verdict
/// clears the re-check, which `undo` puts back; `list --recheck` and the tally treat it as not reviewed.
@Suite struct RecheckReviewTests {
    let article = "Police said 12 people were injured on Friday.\nThe council said the road cost $2 million."
    let edited = "Police said 14 people were injured on Friday.\nThe council said the road cost $2 million."

    func found(_ text: String, _ article: String, value: Double) -> ExtractedClaim {
        ExtractedClaim(
            text: text, span: ClaimStore.locate(text, in: article)!, kinds: [.casualty], checkworthiness: 0.5,
            facts: [
                Fact(
                    kind: .casualty, text: "\(Int(value)) people", span: Span(start: 0, end: 1), value: value,
                    qualifier: .exact, noun: "people")
            ])
    }

    /// A document whose first claim was judged true, then re-extracted with 12 → 14.
    func editedDocument(_ tmp: TemporaryWorkspace) throws -> String {
        let lines = article.split(separator: "\n").map(String.init)
        try tmp.store.importExtraction(
            slug: "doc", article: article, title: nil, url: nil, published: nil, extractorVersion: "test",
            claims: [found(lines[0], article, value: 12), found(lines[1], article, value: 2)], by: "ann")
        let first = try tmp.store.load("doc").claims[0]
        try tmp.store.update("doc", id: first.id) { claim in
            claim.verdict = Verdict(label: .true, note: "police log", reviewer: "bo", at: "2026-12-01T09:00:00Z")
            return HistoryEntry(at: "2026-12-01T09:00:00Z", by: "bo", action: .verdict, from: "unreviewed", to: "true")
        }
        let newLines = edited.split(separator: "\n").map(String.init)
        let stored = try tmp.store.importExtraction(
            slug: "doc", article: edited, title: nil, url: nil, published: nil, extractorVersion: "test",
            claims: [found(newLines[0], edited, value: 14), found(newLines[1], edited, value: 2)], by: "ann")
        #expect(stored.revisions.count == 1)
        return stored.claims[0].id
    }

    @Test func theReplCountsFindsAndClearsARecheck() throws {
        let tmp = TemporaryWorkspace()
        let id = try editedDocument(tmp)
        let s = try ReviewSession(workspace: tmp.workspace, document: "doc", reviewer: "cy")
        #expect(s.prompt.hasSuffix("/2 · 1 unreviewed · 1 re-check] doc › "))
        #expect(s.handle("status").text.contains("re-check      1"))
        _ = s.handle("goto 2")
        let found = s.handle("next recheck")
        #expect(found.text.contains("claim 1 of 2") && found.text.contains("re-check: casualty 12 → 14 people"))
        #expect(s.handle("show").text.contains("before the edit"))
        #expect(s.handle("list --recheck").text.contains(id))
        #expect(s.handle("list --recheck").text.split(separator: "\n").count == 1)

        let confirmed = s.handle("verdict true figure updated by police")
        #expect(!confirmed.failed)
        let saved = try tmp.store.loadClaim("doc", id: id)
        #expect(saved.recheck == nil && saved.verdict.label == .true)
        #expect(saved.history.last?.from == "true; re-check cleared (casualty 12 → 14 people)")
        #expect(s.prompt == "[1/2 · 1 unreviewed] doc › ")
        #expect(s.handle("next recheck").text == "no claim waits for a re-check")

        // Undo puts the re-check back with the old verdict.
        #expect(!s.handle("undo").failed)
        let undone = try tmp.store.loadClaim("doc", id: id)
        #expect(undone.recheck?.reason == "casualty 12 → 14 people" && undone.verdict.note == "police log")
        #expect(s.prompt.contains("1 re-check"))
    }

    @Test func listAndTallyTreatARecheckAsNotReviewed() throws {
        let tmp = TemporaryWorkspace()
        let id = try editedDocument(tmp)
        let job = ListJob(workspace: tmp.workspace)
        #expect(try job.claims(of: "doc", recheck: true).claims.map(\.id) == [id])
        #expect(try job.claims(of: "doc", verdict: "true", recheck: true).claims.map(\.id) == [id])
        #expect(try job.claims(of: "doc", kind: "quote", recheck: true).claims.isEmpty)
        let table = ClaimTable().render(try job.claims(of: "doc").claims)
        #expect(table.contains("re-check") && table.contains("(re-check: casualty 12 → 14 people)"))
        #expect(job.documentsTable().contains("2 claims  1 unreviewed · 1 to re-check"))
        let tally = VerdictTally(try tmp.store.load("doc").claims)
        #expect(tally.reviewed == 0 && tally.recheck == 1 && tally[.true] == 0 && tally.total == 2)
        #expect(throws: ClaimCheckError.self) {
            try ListJob.checkWithoutDocument(kind: nil, verdict: nil, json: true)
        }
    }

    @Test func theExtractSummaryNamesEachEditedSentence() throws {
        let tmp = TemporaryWorkspace()
        let lines = article.split(separator: "\n").map(String.init)
        try tmp.store.importExtraction(
            slug: "doc", article: article, title: nil, url: nil, published: nil, extractorVersion: "test",
            claims: [found(lines[0], article, value: 12), found(lines[1], article, value: 2)], by: "ann")
        let first = try tmp.store.load("doc").claims[0]
        try tmp.store.update("doc", id: first.id) { claim in
            claim.verdict = Verdict(label: .true, note: "", reviewer: "bo", at: "2026-12-01T09:00:00Z")
            return HistoryEntry(at: "2026-12-01T09:00:00Z", by: "bo", action: .verdict, from: "unreviewed", to: "true")
        }
        let edited = "Police said 14 people were injured on Friday.\nThe council said the new road cost $2 million."
        let newLines = edited.split(separator: "\n").map(String.init)
        let stored = try tmp.store.importExtraction(
            slug: "doc", article: edited, title: nil, url: nil, published: nil, extractorVersion: "test",
            claims: [found(newLines[0], edited, value: 14), found(newLines[1], edited, value: 2)], by: "ann")
        let outcome = ExtractJob.Outcome(
            document: "doc", folder: try tmp.workspace.documentFolder("doc"), summary: stored.summary,
            claims: stored.claims, publishedUsed: nil, revisions: stored.revisions)
        let text = ExtractReport.summary(outcome, workspace: tmp.workspace)
        #expect(text.contains("(2 edited sentences carried over)"), "\(text)")
        #expect(
            text.contains(
                ": “Police said 12 people were injured on…” → “Police said 14 people were injured on…” — True, needs re-checking: casualty 12 → 14 people"
            ))
        #expect(
            text.contains(
                ": “The council said the road cost $2 million.” → “The council said the new road cost $2 million.” — unreviewed"
            ), "\(text)")
        #expect(!text.contains("\u{1B}["), "plain")
        let coloured = ExtractReport.summary(outcome, workspace: tmp.workspace, style: TextStyle(colored: true))
        #expect(
            coloured.contains("\u{1B}[31m12\u{1B}[0m") && coloured.contains("\u{1B}[32m14\u{1B}[0m"),
            "changed words marked")
    }
}
