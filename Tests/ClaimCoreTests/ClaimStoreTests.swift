import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimCore

@Suite struct ClaimStoreTests {
    let article = "First sentence has 12 people.\nSecond sentence has 40 people.\nThird sentence has 3 bases."
    let sentences = ["First sentence has 12 people.", "Second sentence has 40 people.", "Third sentence has 3 bases."]

    @Test func writesOneSortedPrettyFilePerClaim() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        #expect(doc.claims.map(\.ordinal) == [1, 2, 3])
        let file = try tmp.workspace.claimFile("doc", id: doc.claims[0].id)
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasSuffix("}\n"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        #expect(keys == keys.sorted())
        #expect(text.contains("\"reviewer\" : null"))
        #expect(
            try String(contentsOf: tmp.root.appendingPathComponent("claims/doc/article.txt"), encoding: .utf8)
                == article)
        let info = try tmp.store.loadDocumentInfo("doc")
        #expect(info.sha256 == SHA256.hex(article))
        #expect(info.published == "2016-02-24")
        let leftovers = try FileManager.default.contentsOfDirectory(
            atPath: tmp.root.appendingPathComponent("claims/doc").path
        )
        .filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func updateBumpsRevisionAndAppendsHistory() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        let id = doc.claims[1].id
        let saved = try tmp.store.update("doc", id: id, expectedRevision: 1) { claim in
            let from = claim.verdict.label
            claim.verdict = Verdict(label: .false, note: "wrong count", reviewer: "ann", at: "2026-01-01T00:00:00Z")
            return HistoryEntry(
                at: "2026-01-01T00:00:00Z", by: "ann", action: .verdict, from: from.rawValue, to: "false")
        }
        #expect(saved.revision == 2)
        let reloaded = try tmp.store.loadClaim("doc", id: id)
        #expect(reloaded == saved)
        #expect(reloaded.history.map(\.action) == [.extracted, .verdict])
    }

    @Test func staleRevisionIsRefusedAndNamesTheOtherReviewer() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        let id = doc.claims[0].id
        try tmp.store.update("doc", id: id, expectedRevision: 1) { claim in
            claim.verdict.label = .true
            return HistoryEntry(at: "2026-01-01T10:00:00Z", by: "bob", action: .verdict, from: "unreviewed", to: "true")
        }
        do {
            try tmp.store.update("doc", id: id, expectedRevision: 1) { claim in
                claim.verdict.label = .false
                return HistoryEntry(at: "2026-01-01T10:00:01Z", by: "ann", action: .verdict)
            }
            Issue.record("a stale write was accepted")
        } catch let error as ClaimCheckError {
            #expect(error.description.contains("bob"))
            #expect(error.description.contains("revision 2"))
        }
        #expect(try tmp.store.loadClaim("doc", id: id).verdict.label == .true)
    }

    @Test func concurrentWritersLoseNoUpdate() async throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        let id = doc.claims[0].id
        let store = tmp.store
        await withTaskGroup(of: Void.self) { group in
            for writer in 0..<4 {
                group.addTask {
                    for n in 0..<25 {
                        _ = try? store.update("doc", id: id) { claim in
                            claim.verdict.note += "."
                            return HistoryEntry(at: Timestamp.now(), by: "w\(writer)", action: .note, to: "\(n)")
                        }
                    }
                }
            }
        }
        let claim = try store.loadClaim("doc", id: id)
        #expect(claim.verdict.note.count == 100)
        #expect(claim.revision == 101)
        #expect(claim.history.count == 101)
    }

    @Test func reextractionKeepsReviewedClaimsAndOrphansVanishedOnes() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        let (first, second, third) = (doc.claims[0].id, doc.claims[1].id, doc.claims[2].id)
        try tmp.store.update("doc", id: second) { claim in
            claim.verdict.label = .mostlyTrue
            return HistoryEntry(at: "t", by: "ann", action: .verdict)
        }
        // The editor replaces sentence 2 with an unrelated one (no successor: see ExtractionMergeTests for edits)
        // and drops sentence 3; sentence 1 moves down.
        let edited =
            "A new opening line with 7 people.\nFirst sentence has 12 people.\nNothing else happened to 41 people."
        let newSentences = [
            "A new opening line with 7 people.", "First sentence has 12 people.", "Nothing else happened to 41 people.",
        ]
        let claims = newSentences.map {
            ExtractedClaim(
                text: $0, span: ClaimStore.locate($0, in: edited)!, kinds: [.quantity], checkworthiness: 0.5, facts: [])
        }
        let stored = try tmp.store.importExtraction(
            slug: "doc", article: edited, title: nil, url: nil, published: nil,
            extractorVersion: "test", claims: claims, by: "ann")
        let summary = stored.summary
        #expect(
            summary
                == {
                    var s = ImportSummary()
                    s.added = 2
                    s.updated = 1
                    s.orphaned = 1
                    s.removed = 1
                    return s
                }())
        let after = try tmp.store.load("doc")
        #expect(after.claims.count == 4)
        #expect(stored.claims == after.claims, "the import returns the document as a reload reads it")
        #expect(stored.info == after.info)
        let kept = try tmp.store.loadClaim("doc", id: first)
        #expect(kept.ordinal == 2)
        #expect(kept.span == ClaimStore.locate("First sentence has 12 people.", in: edited))
        let orphan = try tmp.store.loadClaim("doc", id: second)
        #expect(orphan.isOrphaned)
        #expect(orphan.verdict.label == .mostlyTrue)
        #expect(after.claims.last?.id == second)
        #expect(throws: ClaimCheckError.self) { try tmp.store.loadClaim("doc", id: third) }
        #expect(try tmp.store.loadDocumentInfo("doc").published == "2016-02-24")

        // Re-extracting the same text again changes nothing.
        let again = try tmp.store.importExtraction(
            slug: "doc", article: edited, title: nil, url: nil, published: nil,
            extractorVersion: "test", claims: claims, by: "ann"
        ).summary
        #expect(again.unchanged == 3 && again.added == 0 && again.updated == 0 && again.orphaned == 1)
    }

    @Test func loadingOnAllCoresKeepsArticleOrderAndListsEveryBrokenFile() throws {
        let tmp = TemporaryWorkspace()
        let many = (1...120).map { "Sentence number \($0) has \($0) people." }
        let doc = try Fixtures.makeDocument(
            in: tmp.workspace, slug: "many", article: many.joined(separator: "\n"), sentences: many)
        #expect(doc.claims.map(\.text) == many, "claims come back in article order")
        let fileOrder = doc.claims.map(\.id).sorted()
        let broken = [fileOrder[3], fileOrder[64], fileOrder[119]]
        for id in broken { try Data("{\"id\": ".utf8).write(to: try tmp.workspace.claimFile("many", id: id)) }

        let loaded = try tmp.store.load("many")
        #expect(loaded.claims.map(\.id) == doc.claims.map(\.id).filter { !broken.contains($0) })
        #expect(loaded.problems.count == 3)
        for (problem, id) in zip(loaded.problems, broken) {
            #expect(problem.description.contains("claims/many/\(id).json:1:"), "\(problem)")
        }
    }

    @Test func brokenFilesAreReportedNeverOverwritten() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        let victim = try tmp.workspace.claimFile("doc", id: doc.claims[0].id)
        let original = try String(contentsOf: victim, encoding: .utf8)
        let broken = original.replacingOccurrences(of: "\"unreviewed\"", with: "\"maybe\"")
        try broken.write(to: victim, atomically: false, encoding: .utf8)

        let loaded = try tmp.store.load("doc")
        #expect(loaded.claims.count == 2)
        #expect(loaded.problems.count == 1)
        let message = loaded.problems[0].description
        let labelLine =
            broken.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains("\"maybe\"") }! + 1
        #expect(message.contains("claims/doc/\(doc.claims[0].id).json:\(labelLine):"), "\(message)")
        #expect(message.contains("verdict.label") && message.contains("mostly-true"), "\(message)")

        #expect(throws: ClaimCheckError.self) {
            _ = try tmp.store.importExtraction(
                slug: "doc", article: article, title: nil, url: nil, published: nil,
                extractorVersion: "test", claims: [], by: "x")
        }
        #expect(throws: ClaimCheckError.self) {
            try tmp.store.update("doc", id: doc.claims[0].id) { _ in HistoryEntry(at: "t", by: "x", action: .note) }
        }
        #expect(try String(contentsOf: victim, encoding: .utf8) == broken)
    }

    @Test(
        arguments: [
            ("{\n  \"id\": \"abc\",\n", 3, "truncated"),
            ("{\n  \"id\" \"abc\"\n}\n", 2, "expected ':'"),
            ("", nil, "empty"),
            ("{\n  \"id\": 5\n}\n", 2, "expected a string"),
        ] as [(String, Int?, String)])
    func malformedJSONNamesLineAndProblem(_ text: String, _ line: Int?, _ problem: String) {
        do {
            _ = try ClaimCoding.decode(Claim.self, from: Data(text.utf8), path: "claims/d/x.json")
            Issue.record("decoded malformed JSON")
        } catch let ClaimCheckError.malformedFile(path, gotLine, message) {
            #expect(path == "claims/d/x.json")
            #expect(gotLine == line, "\(message)")
            #expect(message.contains(problem), "\(message)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func symlinkedDocumentFolderIsRefused() throws {
        let tmp = TemporaryWorkspace()
        try FileManager.default.createDirectory(at: tmp.workspace.claimsFolder, withIntermediateDirectories: true)
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("outside-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createSymbolicLink(
            at: tmp.workspace.claimsFolder.appendingPathComponent("evil"), withDestinationURL: outside)
        #expect(throws: ClaimCheckError.self) {
            _ = try tmp.store.importExtraction(
                slug: "evil", article: "x", title: nil, url: nil, published: nil,
                extractorVersion: "t", claims: [], by: "x")
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: outside.path).isEmpty)
    }

    @Test func workspaceCheckFindsHandEdits() throws {
        let tmp = TemporaryWorkspace()
        let doc = try Fixtures.makeDocument(in: tmp.workspace, slug: "doc", article: article, sentences: sentences)
        #expect(WorkspaceCheck(store: tmp.store).check("doc").problems.isEmpty)
        try tmp.store.update("doc", id: doc.claims[0].id) { claim in
            claim.text = "Edited by hand."
            return HistoryEntry(at: "t", by: "x", action: .note)
        }
        try "changed".write(
            to: tmp.root.appendingPathComponent("claims/doc/article.txt"), atomically: true, encoding: .utf8)
        let problems = WorkspaceCheck(store: tmp.store).check("doc").problems.map(\.description)
        #expect(problems.contains { $0.contains("sha256") })
        #expect(problems.contains { $0.contains("outside article.txt") || $0.contains("does not match the article") })
    }
}
