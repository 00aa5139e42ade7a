import ClaimCore
import Testing

/// The merge policy of re-extraction, on values only: no workspace, no files.
@Suite struct ExtractionMergeTests {
    let now = "2026-12-01T10:00:00Z"

    func extracted(_ sentences: [String], in article: String, kinds: [ClaimKind] = [.quantity]) -> [ExtractedClaim] {
        sentences.map {
            ExtractedClaim(
                text: $0, span: ClaimStore.locate($0, in: article)!, kinds: kinds, checkworthiness: 0.5, facts: [])
        }
    }

    func merge(_ existing: [Claim], _ sentences: [String], article: String, kinds: [ClaimKind] = [.quantity])
        -> ExtractionMerge
    {
        ExtractionMerge(
            existing: existing, extracted: extracted(sentences, in: article, kinds: kinds), document: "doc",
            article: article, by: "ann", now: now)
    }

    @Test func aFirstExtractionWritesOneNewClaimPerSentence() {
        let article = "One has 1 person.\nTwo has 2 people."
        let result = merge([], ["One has 1 person.", "Two has 2 people."], article: article)
        #expect(
            result.summary
                == {
                    var s = ImportSummary()
                    s.added = 2
                    return s
                }())
        #expect(result.writes.map(\.ordinal) == [1, 2])
        #expect(
            result.writes.allSatisfy {
                $0.revision == 1 && $0.history.map(\.action) == [.extracted] && $0.document == "doc"
            })
        #expect(result.claims == result.writes)
        #expect(result.deletions.isEmpty && result.orphans.isEmpty)
    }

    @Test func theSameTextAgainWritesNothing() {
        let article = "One has 1 person.\nTwo has 2 people."
        let first = merge([], ["One has 1 person.", "Two has 2 people."], article: article)
        let again = merge(first.claims, ["One has 1 person.", "Two has 2 people."], article: article)
        #expect(again.writes.isEmpty)
        #expect(again.summary.unchanged == 2 && again.summary.added == 0)
        #expect(again.claims == first.claims)
    }

    @Test func reviewedClaimsAreOrphanedUnreviewedOnesDeletedMovedOnesUpdated() {
        let article = "One has 1 person.\nTwo has 2 people.\nThree has 3 people."
        var claims = merge([], ["One has 1 person.", "Two has 2 people.", "Three has 3 people."], article: article)
            .claims
        claims[1].verdict = Verdict(label: .true, note: "", reviewer: "bo", at: now)
        claims[1].revision = 2
        let edited = "A new line has 7 people.\nOne has 1 person."
        let result = merge(claims, ["A new line has 7 people.", "One has 1 person."], article: edited)
        #expect(
            result.summary
                == {
                    var s = ImportSummary()
                    s.added = 1
                    s.updated = 1
                    s.orphaned = 1
                    s.removed = 1
                    return s
                }())
        #expect(result.orphans == [claims[1].id])
        #expect(result.deletions == [claims[2].id])
        let orphan = result.writes.first { $0.id == claims[1].id }
        #expect(orphan?.isOrphaned == true && orphan?.revision == 3 && orphan?.history.last?.action == .orphaned)
        #expect(orphan?.verdict.label == .true, "the verdict is kept")
        let moved = result.writes.first { $0.id == claims[0].id }
        #expect(moved?.ordinal == 2 && moved?.span == ClaimStore.locate("One has 1 person.", in: edited))
        #expect(moved?.history.last?.action == .reextracted)
        #expect(result.claims.map(\.id).last == claims[1].id, "orphans come last")
        #expect(result.claims.count == 3)

        // Already orphaned: counted again, not rewritten.
        let twice = merge(result.claims, ["A new line has 7 people.", "One has 1 person."], article: edited)
        #expect(twice.writes.isEmpty && twice.orphans == [claims[1].id] && twice.summary.orphaned == 1)

        // The sentence comes back: the orphan is revived with its verdict.
        let back = merge(twice.claims, ["Two has 2 people."], article: "Two has 2 people.")
        let revived = back.claims.first { $0.id == claims[1].id }
        #expect(revived?.isOrphaned == false && revived?.verdict.label == .true)
        #expect(revived?.history.last == HistoryEntry(at: now, by: "ann", action: .reextracted, from: "orphaned"))
    }

    @Test func kindsAReviewerSetAreKeptAndManualClaimsFollowTheirWords() throws {
        let article = "One has 1 person.\nBy hand here."
        var claims = merge([], ["One has 1 person."], article: article).claims
        claims[0].kinds = [.casualty]
        claims[0].history.append(HistoryEntry(at: now, by: "bo", action: .kinds, from: "quantity", to: "casualty"))
        let manual = try ClaimStore.manualClaim(
            "By hand here.", in: article, document: "doc", published: nil,
            existing: claims, by: "bo", at: now)
        claims.append(manual)
        let edited = "Intro.\nOne has 1 person.\nBy hand here."
        let result = merge(claims, ["One has 1 person."], article: edited, kinds: [.quantity, .date])
        let kept = result.claims.first { $0.id == claims[0].id }
        #expect(kept?.kinds == [.casualty], "the reviewer's kinds win over the extractor's")
        let followed = result.claims.first { $0.id == manual.id }
        #expect(followed?.span == ClaimStore.locate("By hand here.", in: edited))
        #expect(followed?.isOrphaned == false)
        #expect(result.summary.updated == 2 && result.deletions.isEmpty)
    }
}
