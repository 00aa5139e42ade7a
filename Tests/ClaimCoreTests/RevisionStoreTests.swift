import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

/// Every distinct text of an article kept under `revisions/` and listed in document.json (issue 15), and the
/// sentence-level diff between two of them.
@Suite struct RevisionStoreTests {
    func extract(_ tmp: TemporaryWorkspace, _ article: String, origin: ArticleOrigin? = nil, now: String) throws
        -> ExtractionImport
    {
        let lines = article.split(separator: "\n").map(String.init)
        let claims = lines.map {
            ExtractedClaim(
                text: $0, span: ClaimStore.locate($0, in: article)!, kinds: [.quantity], checkworthiness: 0.5, facts: []
            )
        }
        return try tmp.store.importExtraction(
            slug: "doc", article: article, title: "T", url: nil, published: nil, extractorVersion: "test",
            claims: claims, by: "ann", origin: origin, now: now)
    }

    @Test func eachDistinctTextIsKeptOnceAndListedInOrder() throws {
        let tmp = TemporaryWorkspace()
        let v1 = "Police said 12 people were hurt.\nThe road cost $2 million."
        let v2 = "Police said 14 people were hurt.\nThe road cost $2 million."
        try extract(tmp, v1, origin: ArticleOrigin(source: "a.txt"), now: "2026-12-01T10:00:00Z")
        try extract(tmp, v1, origin: ArticleOrigin(source: "a.txt"), now: "2026-12-01T11:00:00Z")
        let stored = try extract(
            tmp, v2, origin: ArticleOrigin(source: "https://example.org/a", finalUrl: "https://example.org/a?x"),
            now: "2026-12-01T12:00:00Z")
        try extract(tmp, v1, origin: ArticleOrigin(source: "a.txt"), now: "2026-12-01T13:00:00Z")
        let info = try tmp.store.loadDocumentInfo("doc")
        #expect(info.revisions?.map(\.sha256) == [SHA256.hex(v1), SHA256.hex(v2), SHA256.hex(v1)])
        #expect(
            info.revisions?.map(\.fetchedAt) == [
                "2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z", "2026-12-01T13:00:00Z",
            ], "the same text again is no new revision; a text coming back is")
        #expect(
            stored.info.revisions?.last
                == ArticleRevision(
                    sha256: SHA256.hex(v2), source: "https://example.org/a", fetchedAt: "2026-12-01T12:00:00Z",
                    title: "T", finalUrl: "https://example.org/a?x"))
        let files = try FileManager.default.contentsOfDirectory(atPath: tmp.store.revisionsFolder("doc").path).sorted()
        #expect(files == [SHA256.hex(v1) + ".txt", SHA256.hex(v2) + ".txt"].sorted(), "content-addressed, once each")
        #expect(try tmp.store.loadRevision("doc", sha256: SHA256.hex(v2)) == v2)
        let json = String(decoding: try ClaimCoding.encode(info), as: UTF8.self)
        #expect(json.contains("\"finalUrl\" : null"), "every key written, null when unknown")
    }

    @Test func aDocumentFromBeforeRevisionsGetsItsStoredTextFirst() throws {
        let tmp = TemporaryWorkspace()
        let v1 = "Police said 12 people were hurt."
        try extract(tmp, v1, now: "2026-12-01T10:00:00Z")
        // Written by an older claimcheck: no "revisions" key.
        let file = try tmp.workspace.documentFolder("doc").appendingPathComponent("document.json")
        var info = try tmp.store.loadDocumentInfo("doc")
        info.revisions = nil
        try AtomicFile.write(try ClaimCoding.encode(info), to: file)
        #expect(!String(decoding: try Data(contentsOf: file), as: UTF8.self).contains("revisions"))
        try extract(
            tmp, "Police said 14 people were hurt.", origin: ArticleOrigin(source: "b.txt"), now: "2026-12-02T10:00:00Z"
        )
        let revisions = try #require(try tmp.store.loadDocumentInfo("doc").revisions)
        #expect(revisions.count == 2 && revisions[0].source == nil && revisions[0].sha256 == SHA256.hex(v1))
        #expect(revisions[0].fetchedAt == "2026-12-01T10:00:00Z" && revisions[1].source == "b.txt")
    }

    @Test func aTamperedRevisionFileIsReportedNotTrusted() throws {
        let tmp = TemporaryWorkspace()
        let v1 = "Police said 12 people were hurt."
        try extract(tmp, v1, now: "2026-12-01T10:00:00Z")
        let file = try tmp.store.revisionsFolder("doc").appendingPathComponent(SHA256.hex(v1) + ".txt")
        try Data("Police said 99 people were hurt.".utf8).write(to: file)
        #expect(throws: ClaimCheckError.self) { try tmp.store.loadRevision("doc", sha256: SHA256.hex(v1)) }
        #expect(throws: ClaimCheckError.self) { try tmp.store.loadRevision("doc", sha256: "../../etc/passwd") }
        let found = WorkspaceCheck(store: tmp.store).check("doc").problems.map(\.description)
        #expect(
            found.count == 1 && found[0].contains("does not match its name"), "claimcheck check reports it: \(found)")
        try FileManager.default.removeItem(at: file)
        #expect(WorkspaceCheck(store: tmp.store).check("doc").problems.first?.description.contains("missing") == true)
    }

    @Test func theSentenceDiffNamesEditedAddedAndRemovedSentences() {
        let old = "One has 1 person. Two has 2 people. Three has 3 people.\nFour has 4 people."
        let new = "One has 1 person. Two has 22 people. Three has 3 people.\nFive has 5 people.\nFour has 4 people."
        let diff = SentenceDiff(old: old, new: new)
        #expect(
            diff.hunks == [
                SentenceDiff.Hunk(
                    oldStart: 2, newStart: 2, removed: ["Two has 2 people."], added: ["Two has 22 people."]),
                SentenceDiff.Hunk(oldStart: 4, newStart: 4, removed: [], added: ["Five has 5 people."]),
            ])
        #expect(SentenceDiff(old: old, new: old).isEmpty)
        #expect(
            SentenceDiff(old: "A has 1.\nB has 2.", new: "B has 2.\nA has 1.").hunks.count == 2,
            "a move is a removal and an addition")
        #expect(
            SentenceDiff(old: "It’s “40” people — said Ali.", new: "it's \"40\"  people - said Ali.").isEmpty,
            "compared as claim ids are: case, quotes, dashes and spaces folded")
        let cut = SentenceDiff(old: "Keep me. Cut me. Keep too.", new: "Keep me. Keep too.")
        #expect(cut.hunks == [SentenceDiff.Hunk(oldStart: 2, newStart: 2, removed: ["Cut me."], added: [])])
    }
}
