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

    // MARK: Carry-over of edited sentences (issue 15)

    /// A sentence with the facts given as (kind, value, noun) for numbers and (kind, text) for the rest.
    func found(_ text: String, in article: String, _ facts: [Fact] = []) -> ExtractedClaim {
        let span = ClaimStore.locate(text, in: article)!
        return ExtractedClaim(
            text: text, span: span, kinds: Array(Set(facts.map(\.kind))).sorted { $0.rawValue < $1.rawValue },
            checkworthiness: 0.5, facts: facts)
    }

    func count(_ kind: ClaimKind, _ value: Double, _ noun: String) -> Fact {
        Fact(
            kind: kind, text: "\(Fact.format(number: value)) \(noun)", span: Span(start: 0, end: 1), value: value,
            qualifier: .exact, noun: noun)
    }

    func date(_ text: String, _ resolved: String) -> Fact {
        Fact(kind: .date, text: text, span: Span(start: 0, end: 1), resolved: resolved)
    }

    /// Merges `found` into `existing` for `article`.
    func remerge(_ existing: [Claim], _ found: [ExtractedClaim], article: String) -> ExtractionMerge {
        ExtractionMerge(existing: existing, extracted: found, document: "doc", article: article, by: "ann", now: now)
    }

    /// `claim` with a verdict, a note and a piece of evidence given by bo.
    func reviewed(_ claim: Claim, _ label: VerdictLabel = .true, url: String = "https://example.org/a") -> Claim {
        var claim = claim
        claim.verdict = Verdict(
            label: label, note: "checked with the ministry", reviewer: "bo", at: "2026-11-30T09:00:00Z")
        claim.evidence = [
            Evidence(
                url: url, stance: .supports, note: "", addedBy: "bo", addedAt: "2026-11-30T08:00:00Z", snapshot: nil)
        ]
        claim.history.append(
            HistoryEntry(at: "2026-11-30T09:00:00Z", by: "bo", action: .verdict, from: "unreviewed", to: label.rawValue)
        )
        claim.revision += 1
        return claim
    }

    let zeidan = "Prime Minister Ali Zeidan has help to bring 40 people home from Sirte."
    let zeidanFixed = "Prime Minister Ali Zeidan has helped to bring 40 people home from Sirte."
    let opening = "The fighting began on Friday in the south, officials said."
    let closing = "Three ministers resigned over the handling of the crisis."

    func firstVersion() -> (article: String, claims: [Claim]) {
        let article = [opening, zeidan, closing].joined(separator: "\n")
        let first = remerge(
            [],
            [
                found(opening, in: article, [date("Friday", "2016-02-19")]),
                found(zeidan, in: article, [count(.quantity, 40, "people")]),
                found(closing, in: article, [count(.quantity, 3, "ministers")]),
            ], article: article)
        var claims = first.claims
        claims[1] = reviewed(claims[1])
        return (article, claims)
    }

    @Test func aTypoFixKeepsTheVerdictWithoutRecheckOrOrphan() throws {
        let (_, claims) = firstVersion()
        let article = [opening, zeidanFixed, closing].joined(separator: "\n")
        let result = remerge(
            claims,
            [
                found(opening, in: article, [date("Friday", "2016-02-19")]),
                found(zeidanFixed, in: article, [count(.quantity, 40, "people")]),
                found(closing, in: article, [count(.quantity, 3, "ministers")]),
            ], article: article)
        let old = claims[1]
        let successor = try #require(result.claims.first { $0.text == zeidanFixed })
        #expect(successor.id != old.id, "the id follows the new sentence")
        #expect(successor.verdict == old.verdict && successor.evidence == old.evidence)
        #expect(successor.previous == PreviousClaim(id: old.id, text: zeidan, at: now))
        #expect(successor.recheck == nil, "the facts did not change")
        #expect(Array(successor.history.prefix(old.history.count)) == old.history, "the history comes along")
        #expect(
            successor.history.last == HistoryEntry(at: now, by: "ann", action: .revised, from: zeidan, to: zeidanFixed))
        #expect(successor.revision == old.revision + 1 && successor.isReviewed && !successor.isOrphaned)
        #expect(result.orphans.isEmpty && result.summary.orphaned == 0 && result.summary.added == 0)
        #expect(result.summary.revised == 1 && result.deletions == [old.id])
        #expect(result.revisions == [SentenceRevision(predecessors: [old], successors: [successor])])
        #expect(result.claims.count == 3)
    }

    @Test func aChangedFigureKeepsTheVerdictAndAsksForARecheckNamingBothValues() throws {
        let (_, claims) = firstVersion()
        let edited = zeidan.replacingOccurrences(of: "40", with: "45")
        let article = [opening, edited, closing].joined(separator: "\n")
        let result = remerge(
            claims,
            [
                found(opening, in: article, [date("Friday", "2016-02-19")]),
                found(edited, in: article, [count(.quantity, 45, "people")]),
                found(closing, in: article, [count(.quantity, 3, "ministers")]),
            ], article: article)
        let successor = try #require(result.claims.first { $0.text == edited })
        #expect(successor.verdict.label == .true, "the verdict is kept")
        #expect(successor.recheck == Recheck(reason: "quantity 40 → 45 people", since: now))
        #expect(successor.needsRecheck)
        #expect(result.revisions.first?.recheck?.reason == "quantity 40 → 45 people")
        #expect(VerdictTally(result.claims).recheck == 1 && VerdictTally(result.claims)[.true] == 0)
        #expect(ClaimFilter(recheck: true).apply(result.claims).map(\.id) == [successor.id])

        // An unreviewed claim whose figure changed is carried over too, but has nothing to re-check.
        let fresh = remerge(
            [], [found(zeidan, in: zeidan, [count(.quantity, 40, "people")])], article: zeidan
        ).claims
        let again = remerge(fresh, [found(edited, in: edited, [count(.quantity, 45, "people")])], article: edited)
        #expect(
            again.claims.count == 1 && again.claims[0].recheck == nil && again.claims[0].previous?.id == fresh[0].id)
        #expect(!again.claims[0].isReviewed, "the extractor's own entries do not make it reviewed")
    }

    @Test func aSplitSentenceHandsItsVerdictToBothParts() throws {
        let whole = "The militia killed 40 people and injured 12 soldiers in Sirte on Friday."
        let partA = "The militia killed 40 people in Sirte on Friday."
        let partB = "It also injured 12 soldiers in Sirte."
        let article = [opening, whole, closing].joined(separator: "\n")
        var claims = remerge(
            [],
            [
                found(opening, in: article),
                found(whole, in: article, [count(.casualty, 40, "people"), count(.casualty, 12, "soldiers")]),
                found(closing, in: article),
            ], article: article
        ).claims
        claims[1] = reviewed(claims[1], .mostlyTrue)
        let edited = [opening, partA, partB, closing].joined(separator: "\n")
        let result = remerge(
            claims,
            [
                found(opening, in: edited), found(partA, in: edited, [count(.casualty, 40, "people")]),
                found(partB, in: edited, [count(.casualty, 12, "soldiers")]), found(closing, in: edited),
            ], article: edited)
        let parts = result.claims.filter { $0.previous?.id == claims[1].id }
        #expect(parts.map(\.text) == [partA, partB])
        #expect(parts.allSatisfy { $0.verdict.label == .mostlyTrue && $0.evidence.count == 1 && $0.recheck == nil })
        #expect(result.summary.revised == 1 && result.summary.added == 0 && result.orphans.isEmpty)
        #expect(result.revisions.first?.successors.map(\.text) == [partA, partB])
    }

    @Test func twoMergedSentencesHandTheirVerdictsAndEvidenceToOne() throws {
        let killed = "The militia killed 40 people."
        let place = "The attack was in Sirte on Friday."
        let merged = "The militia killed 40 people in Sirte on Friday."
        let article = [opening, killed, place, closing].joined(separator: "\n")
        var claims = remerge(
            [],
            [
                found(opening, in: article), found(killed, in: article, [count(.casualty, 40, "people")]),
                found(place, in: article, [date("Friday", "2016-02-19")]), found(closing, in: article),
            ], article: article
        ).claims
        claims[1] = reviewed(claims[1], .true, url: "https://example.org/toll")
        claims[2] = reviewed(claims[2], .true, url: "https://example.org/place")
        let edited = [opening, merged, closing].joined(separator: "\n")
        let result = remerge(
            claims,
            [
                found(opening, in: edited),
                found(merged, in: edited, [count(.casualty, 40, "people"), date("Friday", "2016-02-19")]),
                found(closing, in: edited),
            ], article: edited)
        let one = try #require(result.claims.first { $0.text == merged })
        #expect(one.previous?.id == claims[1].id, "the closest predecessor is named")
        #expect(one.evidence.map(\.url) == ["https://example.org/toll", "https://example.org/place"])
        #expect(one.history.filter { $0.action == .revised }.map(\.from) == [killed, place])
        #expect(one.history.filter { $0.action == .verdict }.count == 2, "both histories are kept")
        #expect(one.recheck == nil && one.verdict.label == .true)
        #expect(Set(result.deletions) == [claims[1].id, claims[2].id] && result.orphans.isEmpty)
        #expect(result.revisions.first?.predecessors.map(\.id) == [claims[1].id, claims[2].id])
    }

    @Test func aDeletedReviewedSentenceIsOrphanedNotPairedWithAnUnrelatedOne() throws {
        let (_, claims) = firstVersion()
        let unrelated = "Oil exports fell to 300,000 barrels a day in January."
        let article = [opening, unrelated, closing].joined(separator: "\n")
        let result = remerge(
            claims,
            [
                found(opening, in: article, [date("Friday", "2016-02-19")]),
                found(unrelated, in: article, [count(.quantity, 300000, "barrels")]),
                found(closing, in: article, [count(.quantity, 3, "ministers")]),
            ], article: article)
        #expect(result.orphans == [claims[1].id] && result.summary.added == 1 && result.summary.revised == 0)
        #expect(result.claims.first { $0.text == unrelated }?.previous == nil)
        let gone = remerge(claims, [found(opening, in: opening)], article: opening)
        #expect(gone.orphans == [claims[1].id], "a sentence cut with no successor: today's orphan rule")
    }

    @Test func reorderedParagraphsKeepEveryVerdict() throws {
        var (_, claims) = firstVersion()
        claims = claims.map { reviewed($0) }
        let article = [closing, zeidan, opening].joined(separator: "\n")
        let result = remerge(
            claims,
            [
                found(closing, in: article, [count(.quantity, 3, "ministers")]),
                found(zeidan, in: article, [count(.quantity, 40, "people")]),
                found(opening, in: article, [date("Friday", "2016-02-19")]),
            ], article: article)
        #expect(Set(result.claims.map(\.id)) == Set(claims.map(\.id)))
        #expect(result.claims.allSatisfy { $0.verdict.label == .true && !$0.isOrphaned && $0.previous == nil })
        #expect(result.summary.revised == 0 && result.orphans.isEmpty && result.deletions.isEmpty)

        // Moved and edited at once: the successor is still found beside its old neighbours.
        let edited = [closing, zeidanFixed, opening].joined(separator: "\n")
        let both = remerge(
            claims,
            [
                found(closing, in: edited, [count(.quantity, 3, "ministers")]),
                found(zeidanFixed, in: edited, [count(.quantity, 40, "people")]),
                found(opening, in: edited, [date("Friday", "2016-02-19")]),
            ], article: edited)
        #expect(both.summary.revised == 1 && both.orphans.isEmpty)
    }

    @Test func factChangesAreNamedWithBothValues() {
        let span = Span(start: 0, end: 1)
        #expect(
            FactComparison.changes(from: [count(.casualty, 40, "people")], to: [count(.casualty, 45, "people")])
                == ["casualty 40 → 45 people"])
        #expect(
            FactComparison.changes(
                from: [date("Friday", "2016-02-19")],
                to: [date("Friday", "2016-02-19"), count(.quantity, 3, "ministers")])
                == ["quantity 3 ministers added"])
        #expect(
            FactComparison.changes(
                from: [Fact(kind: .attribution, text: "Ali said", span: span, speaker: "Ali", verb: "said")],
                to: [Fact(kind: .attribution, text: "Ali told", span: span, speaker: "Ali", verb: "told")]
            ).isEmpty, "a new reporting verb is not a new fact")
        #expect(
            FactComparison.changes(from: [Fact(kind: .quote, text: "we will win", span: span)], to: [])
                == ["quote “we will win” removed"])
    }

    @Test func ofTwoEquallySimilarSuccessorsTheOneInPlaceWins() {
        // "Revised line 5 …" shares as many words with "Line 5 …" as with "Line 15 …" (both have "15"): its place
        // decides, as after a re-extraction interrupted half-way (the reliability suite's crash-reextract).
        let words = SentencePairing.words
        let old = [
            SentencePairing.Sentence(words: words("Revised line 5 now says 15 people were hurt."), facts: [])
        ]
        let new = [
            SentencePairing.Sentence(words: words("Line 5 says 10 people were hurt."), facts: []),
            SentencePairing.Sentence(words: words("Line 15 says 30 people were hurt."), facts: []),
        ]
        let near = SentencePairing(
            old: old, windows: [0...1], expected: [5], oldOrder: [0], new: new, positions: [5, 15])
        #expect(near.groups.map(\.new) == [[0]])
        let far = SentencePairing(
            old: old, windows: [0...1], expected: [15], oldOrder: [0], new: new, positions: [5, 15])
        #expect(far.groups.map(\.new) == [[1]])
    }

    @Test func wordsAreCaseFoldedAndSplitAtPunctuationCurlyQuotesAndDashes() {
        #expect(SentencePairing.words("It’s “40” People—said Zoë, it's") == ["it", "s", "40", "people", "said", "zoë"])
        #expect(SentencePairing.words("") == [])
    }
}
