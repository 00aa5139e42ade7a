import ClaimTestSupport
import Foundation
import Glibc
import Testing

@testable import ClaimCore

/// Writes that cost one sync, not one per file: new documents staged and renamed into place, re-extractions
/// replaced in one batch, nothing written when nothing changed, and what killed writers leave cleaned up.
@Suite struct DurableWriteTests {
    let article = "First sentence has 12 people.\nSecond sentence has 40 people.\nThird sentence has 3 bases."
    let sentences = ["First sentence has 12 people.", "Second sentence has 40 people.", "Third sentence has 3 bases."]

    func input(_ slug: String, _ sentences: [String], article: String? = nil) -> ExtractionInput {
        let text = article ?? self.article
        let claims = sentences.map { s in
            ExtractedClaim(
                text: s, span: ClaimStore.locate(s, in: text)!, kinds: [.quantity], checkworthiness: 0.5, facts: [])
        }
        return ExtractionInput(
            slug: slug, article: text, title: "T", url: nil, published: nil, extractorVersion: "test", claims: claims,
            by: "tester", extra: ["source": .string("AP"), "rank": .number(3)])
    }

    func names(_ url: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []).sorted()
    }

    @Test func aNewDocumentIsStagedThenRenamedWhole() throws {
        let tmp = TemporaryWorkspace()
        let staged = try #require(try tmp.store.stageNewDocument(input("doc", sentences)))
        #expect(!FileManager.default.fileExists(atPath: tmp.root.appendingPathComponent("claims/doc").path))
        #expect(names(tmp.workspace.claimsFolder).filter { $0.hasPrefix(".staging-doc-") }.count == 1)
        #expect(tmp.workspace.documentSlugs().isEmpty, "a staging folder is not a document")
        #expect(try tmp.store.commitStaged([staged]) == [true])
        #expect(names(tmp.workspace.claimsFolder) == ["doc"], "no staging folder is left")
        let loaded = try tmp.store.load("doc")
        #expect(loaded.claims.map(\.ordinal) == [1, 2, 3] && loaded.problems.isEmpty)
        #expect(loaded.info.extra?["source"] == .string("AP"), "unknown record fields are kept in document.json")
        let json = try String(contentsOf: tmp.root.appendingPathComponent("claims/doc/document.json"), encoding: .utf8)
        #expect(json.contains("\"rank\" : 3"))
        #expect(WorkspaceCheck(store: tmp.store).check("doc").problems.isEmpty)
        #expect(try tmp.store.stageNewDocument(input("doc", sentences)) == nil, "an existing document is merged")
    }

    @Test func aDocumentThatAppearedMeanwhileIsNotReplaced() throws {
        let tmp = TemporaryWorkspace()
        let staged = try #require(try tmp.store.stageNewDocument(input("doc", sentences)))
        try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: [sentences[0]])
        #expect(try tmp.store.commitStaged([staged]) == [false])
        #expect(names(tmp.workspace.claimsFolder) == ["doc"], "the losing staging folder is removed")
        #expect(try tmp.store.load("doc").claims.count == 1, "the document that was first is untouched")
        let merged = try tmp.store.importExtraction(input("doc", sentences))
        #expect(merged.status == .updated && merged.summary.added == 2 && merged.summary.unchanged == 1)
    }

    @Test func reExtractionWritesNothingWhenNothingChanged() throws {
        let tmp = TemporaryWorkspace()
        let first = try tmp.store.importExtraction(input("doc", sentences))
        #expect(first.status == .new)
        let folder = tmp.root.appendingPathComponent("claims/doc")
        // The first merge creates the (empty) lock file; every other file must stay as it was (revisions/ is a
        // folder: its one text is written once, with the document).
        func contents() throws -> [String] {
            try names(folder).filter { $0 != ".lock" && $0 != "revisions" }.map {
                try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
            }
        }
        let before = try contents()
        let generation = tmp.store.numberingGeneration("doc")
        let again = try tmp.store.importExtraction(input("doc", sentences))
        #expect(again.status == .unchanged && again.summary.unchanged == 3)
        #expect(tmp.store.numberingGeneration("doc") == generation)
        #expect(try contents() == before, "not even document.json's 'updated' moved")
        let changed = try tmp.store.importExtraction(input("doc", Array(sentences.prefix(2))))
        #expect(changed.status == .updated && changed.summary.removed == 1)
        #expect(try tmp.store.load("doc").claims.count == 2)
        #expect(names(folder).allSatisfy { !$0.contains(".tmp-") }, "the batch leaves no temporary file")
    }

    @Test func aBatchReplacesEveryFileAtCommitAndNothingBefore() throws {
        let tmp = TemporaryWorkspace()
        let a = tmp.root.appendingPathComponent("a.json")
        let b = tmp.root.appendingPathComponent("b.json")
        try Data("old".utf8).write(to: a)
        let batch = AtomicBatch()
        try batch.add(Data("new a".utf8), to: a)
        try batch.add(Data("new b".utf8), to: b)
        #expect(try String(contentsOf: a, encoding: .utf8) == "old", "nothing replaced before the commit")
        #expect(!FileManager.default.fileExists(atPath: b.path))
        try batch.commit()
        #expect(try String(contentsOf: a, encoding: .utf8) == "new a")
        #expect(try String(contentsOf: b, encoding: .utf8) == "new b")
        do {
            let abandoned = AtomicBatch()
            try abandoned.add(Data("never".utf8), to: a)
        }
        #expect(try String(contentsOf: a, encoding: .utf8) == "new a")
        #expect(names(tmp.root) == ["a.json", "b.json"], "an abandoned batch removes its temporary files")
    }

    @Test func whatKilledWritersLeftIsRemovedOnlyWhenTheirProcessIsGone() throws {
        let tmp = TemporaryWorkspace()
        try tmp.store.importExtraction(input("doc", sentences))
        let dead = try Spawn.exitedProcessID()
        let claims = tmp.workspace.claimsFolder
        let abandonedStaging = claims.appendingPathComponent(".staging-other-doc-\(dead)-42")
        try FileManager.default.createDirectory(at: abandonedStaging, withIntermediateDirectories: true)
        try Data("{}".utf8).write(to: abandonedStaging.appendingPathComponent("x.json"))
        let liveStaging = claims.appendingPathComponent(".staging-live-\(getpid())-7")
        try FileManager.default.createDirectory(at: liveStaging, withIntermediateDirectories: true)
        let doc = claims.appendingPathComponent("doc")
        try Data("half".utf8).write(to: doc.appendingPathComponent(".abc123.json.tmp-\(dead)-9"))
        try Data("mine".utf8).write(to: doc.appendingPathComponent(".def456.json.tmp-\(getpid())-9"))
        let removed = tmp.store.removeAbandonedFiles()
        #expect(removed.stagingFolders == 1 && removed.temporaryFiles == 1)
        #expect(names(claims) == [".staging-live-\(getpid())-7", "doc"], "a running writer's staging folder stays")
        #expect(names(doc).contains(".def456.json.tmp-\(getpid())-9"))
        #expect(!names(doc).contains(".abc123.json.tmp-\(dead)-9"))
    }

    @Test func aBatchAKilledWriterLeftIsFinishedBeforeAnyoneReads() throws {
        let tmp = TemporaryWorkspace()
        let ids = try tmp.store.importExtraction(input("doc", sentences)).claims.map(\.id)
        let folder = tmp.root.appendingPathComponent("claims/doc")
        let dead = try Spawn.exitedProcessID()
        // What a writer killed after its sync and journal, before its renames, leaves behind.
        var changed = try tmp.store.loadClaim("doc", id: ids[0])
        changed.verdict.note = "from the batch"
        try ClaimCoding.encode(changed).write(to: folder.appendingPathComponent(".\(ids[0]).json.tmp-\(dead)-1"))
        let journal =
            "R\t.\(ids[0]).json.tmp-\(dead)-1\t\(ids[0]).json\nD\t\(ids[2]).json\nR\t.gone.tmp-\(dead)-2\tx.json\n"
        try Data(journal.utf8).write(to: folder.appendingPathComponent(".batch-\(dead)-5.journal"))
        let live = ".batch-\(getpid())-6.journal"
        try Data("D\t\(ids[1]).json\n".utf8).write(to: folder.appendingPathComponent(live))
        let loaded = try tmp.store.load("doc")
        #expect(
            loaded.claims.map(\.id) == [ids[0], ids[1]], "the deletion was finished; a live writer's journal waits")
        #expect(loaded.claims[0].verdict.note == "from the batch", "the rename was finished")
        #expect(!names(folder).contains(".batch-\(dead)-5.journal") && names(folder).contains(live))
        #expect(!names(folder).contains("x.json"), "a rename already done (or never possible) is skipped")
        try FileManager.default.removeItem(at: folder.appendingPathComponent(live))

        try Data("D\t\(ids[1]).json\n".utf8).write(to: folder.appendingPathComponent(".batch-\(dead)-7.journal"))
        #expect(tmp.store.removeAbandonedFiles().finishedBatches == 1, "check finishes it too")
        #expect(try tmp.store.load("doc").claims.map(\.id) == [ids[0]])
    }
}
