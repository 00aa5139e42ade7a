import ClaimCore
import Testing

/// The three-way merge of one claim (`ClaimMerge`) and of one document.json (`DocumentMerge`), on values only.
@Suite struct ClaimMergeTests {
    static let extracted = HistoryEntry(at: "2026-12-01T09:00:00Z", by: "desk", action: .extracted)

    /// The base every test starts from: extracted, unreviewed, one piece of evidence, revision 1.
    static func base() -> Claim {
        Claim(
            id: "c1", document: "doc", ordinal: 1, text: "Forty people died.", span: Span(start: 0, end: 18),
            kinds: [.casualty], checkworthiness: 0.8, facts: [],
            evidence: [
                Evidence(
                    url: "https://a.example/1", stance: .supports, addedBy: "desk", addedAt: "2026-12-01T09:30:00Z")
            ],
            history: [extracted], revision: 1)
    }

    /// `claim` after `reviewer` set `label` (with `note`) at `at`, as the REPL writes it.
    static func rated(_ claim: Claim, _ label: VerdictLabel, by reviewer: String, at: String, note: String = "")
        -> Claim
    {
        var c = claim
        c.history.append(
            HistoryEntry(at: at, by: reviewer, action: .verdict, from: c.verdict.label.rawValue, to: label.rawValue))
        c.verdict = Verdict(label: label, note: note, reviewer: reviewer, at: at)
        c.revision += 1
        return c
    }

    static func merge(_ base: Claim?, _ ours: Claim, _ theirs: Claim) throws -> ClaimMerge.Result {
        try ClaimMerge.merge(base: base, ours: ours, theirs: theirs, now: "2026-12-02T12:00:00Z")
    }

    @Test func aVerdictChangedOnOneSideIsTakenAndHistoriesJoinInTimeOrder() throws {
        let base = Self.base()
        let ours = Self.rated(base, .false, by: "ana", at: "2026-12-02T10:00:00Z", note: "the toll was 12")
        var theirs = base
        theirs.kinds = [.casualty, .quote]
        theirs.history.append(HistoryEntry(at: "2026-12-02T09:00:00Z", by: "bo", action: .kinds, to: "casualty,quote"))
        theirs.revision = 2
        let result = try Self.merge(base, ours, theirs)
        #expect(result.newDispute == nil)
        #expect(result.claim.verdict == ours.verdict)
        #expect(result.claim.kinds == [.casualty, .quote])
        #expect(result.claim.history.map(\.by) == ["desk", "bo", "ana"])
        #expect(result.claim.revision == 3)
        #expect(result.claim.dispute == nil)
        // Merging the other way round gives the same verdict and history.
        let reverse = try Self.merge(base, theirs, ours)
        #expect(reverse.claim.verdict == ours.verdict && reverse.claim.history == result.claim.history)
    }

    @Test func aRecheckClearedOnOneSideStaysClearedAndTheLineageIsKept() throws {
        var base = Self.rated(Self.base(), .true, by: "ana", at: "2026-12-01T10:00:00Z")
        base.previous = PreviousClaim(id: "c0", text: "Forty-five people died.", at: "2026-12-01T11:00:00Z")
        base.recheck = Recheck(reason: "casualty 45 → 40 people", since: "2026-12-01T11:00:00Z")
        // Ours confirms the verdict (which clears the re-check); theirs adds a note to the evidence only.
        var ours = Self.rated(base, .true, by: "bo", at: "2026-12-02T10:00:00Z")
        ours.recheck = nil
        var theirs = base
        theirs.kinds = [.casualty, .quote]
        theirs.revision += 1
        for result in [try Self.merge(base, ours, theirs), try Self.merge(base, theirs, ours)] {
            #expect(result.claim.recheck == nil, "the side that cleared it wins")
            #expect(result.claim.previous == base.previous)
            #expect(result.claim.kinds == [.casualty, .quote])
        }
        // Neither side touched it: it stays.
        #expect(try Self.merge(base, theirs, theirs).claim.recheck == base.recheck)
    }

    @Test func verdictsChangedOnBothSidesBecomeADisputeAndTheBaseVerdictStays() throws {
        var base = Self.base()
        base = Self.rated(base, .mixed, by: "desk", at: "2026-12-01T10:00:00Z")
        let ours = Self.rated(base, .true, by: "ana", at: "2026-12-02T10:00:00Z", note: "agency figures")
        let theirs = Self.rated(base, .false, by: "bo", at: "2026-12-02T10:05:00Z", note: "hospital says 12")
        let result = try Self.merge(base, ours, theirs)
        #expect(result.claim.verdict == base.verdict)
        #expect(
            result.claim.dispute == [
                ReviewRecord(reviewer: "ana", label: .true, note: "agency figures", at: "2026-12-02T10:00:00Z"),
                ReviewRecord(reviewer: "bo", label: .false, note: "hospital says 12", at: "2026-12-02T10:05:00Z"),
            ])
        #expect(result.claim.isDisputed && result.newDispute?.count == 2)
        let last = try #require(result.claim.history.last)
        #expect(last.action == .dispute && last.from == "mixed" && last.to == "ana: true; bo: false")
        // Every entry of both sides is there once.
        #expect(result.claim.history.filter { $0.action == .verdict }.map(\.by) == ["desk", "ana", "bo"])
        #expect(ClaimFilter(disputed: true).matches(result.claim))
        #expect(!ClaimFilter(disputed: true).matches(base))
    }

    @Test func theSameLabelOnBothSidesIsNoDisputeAndKeepsBothNotes() throws {
        let base = Self.base()
        let ours = Self.rated(base, .false, by: "ana", at: "2026-12-02T10:00:00Z", note: "12 dead")
        let theirs = Self.rated(base, .false, by: "bo", at: "2026-12-02T11:00:00Z", note: "hospital records")
        let result = try Self.merge(base, ours, theirs)
        #expect(result.claim.dispute == nil)
        #expect(result.claim.verdict.label == .false && result.claim.verdict.reviewer == "bo")
        #expect(result.claim.verdict.note == "hospital records / 12 dead")
    }

    @Test func evidenceIsTheUnionByURLWithTheLaterFetchAndBothNotes() throws {
        let base = Self.base()
        var ours = base
        ours.evidence[0].note = "wire copy"
        ours.evidence[0].status = 200
        ours.evidence[0].snapshot = "aaa"
        ours.evidence[0].fetchedAt = "2026-12-02T08:00:00Z"
        ours.evidence.append(
            Evidence(url: "https://b.example/", stance: .refutes, addedBy: "ana", addedAt: "2026-12-02T08:00:00Z"))
        var theirs = base
        theirs.evidence[0].note = "agency page"
        theirs.evidence[0].status = 404
        theirs.evidence[0].snapshot = "bbb"
        theirs.evidence[0].fetchedAt = "2026-12-02T09:00:00Z"
        theirs.evidence.append(
            Evidence(url: "https://c.example/", stance: .context, addedBy: "bo", addedAt: "2026-12-02T08:30:00Z"))
        let merged = try Self.merge(base, ours, theirs).claim.evidence
        #expect(merged.map(\.url) == ["https://a.example/1", "https://b.example/", "https://c.example/"])
        #expect(merged[0].status == 404 && merged[0].snapshot == "bbb")
        #expect(merged[0].previousSnapshots == ["aaa"])
        #expect(merged[0].note == "wire copy / agency page")
    }

    @Test func aLinkRemovedOnOneSideAndUntouchedOnTheOtherStaysRemoved() throws {
        let base = Self.base()
        var ours = base
        ours.evidence = []
        let untouched = base
        #expect(try Self.merge(base, ours, untouched).claim.evidence.isEmpty)
        var changed = base
        changed.evidence[0].note = "still relevant"
        #expect(try Self.merge(base, ours, changed).claim.evidence.map(\.note) == ["still relevant"])
    }

    @Test func aResolvedDisputeOnOneSideStaysResolved() throws {
        var base = Self.base()
        base.dispute = [
            ReviewRecord(reviewer: "ana", label: .true, note: "", at: "t1"),
            ReviewRecord(reviewer: "bo", label: .false, note: "", at: "t2"),
        ]
        var ours = Self.rated(base, .mostlyFalse, by: "ed", at: "2026-12-02T10:00:00Z")
        ours.dispute = nil
        var theirs = base
        theirs.evidence[0].note = "more"
        let result = try Self.merge(base, ours, theirs)
        #expect(result.claim.dispute == nil && result.claim.verdict.label == .mostlyFalse)
    }

    @Test func withoutABaseBothAddedVerdictsDisputeAgainstUnreviewed() throws {
        let fresh = Self.base()
        let result = try Self.merge(
            nil, Self.rated(fresh, .true, by: "ana", at: "t1"), Self.rated(fresh, .false, by: "bo", at: "t2"))
        #expect(result.claim.verdict.label == .unreviewed && result.claim.dispute?.count == 2)
    }

    @Test func twoDifferentClaimsAreRefused() throws {
        var other = Self.base()
        other.id = "c2"
        #expect(throws: ClaimCheckError.self) { try Self.merge(nil, Self.base(), other) }
    }

    @Test func documentInfoMergesFieldByFieldAndRefusesTwoArticleTexts() throws {
        let base = DocumentInfo(
            slug: "doc", title: "T", url: nil, published: "2016-02-24", sha256: "s0", extractorVersion: "1",
            created: "2026-12-01T09:00:00Z", updated: "2026-12-01T09:00:00Z")
        var ours = base
        ours.title = "Better title"
        ours.updated = "2026-12-02T10:00:00Z"
        var theirs = base
        theirs.url = "https://news.example/a"
        theirs.sha256 = "s1"
        theirs.updated = "2026-12-02T09:00:00Z"
        let merged = try DocumentMerge.merge(base: base, ours: ours, theirs: theirs)
        #expect(merged.title == "Better title" && merged.url == "https://news.example/a" && merged.sha256 == "s1")
        #expect(merged.updated == "2026-12-02T10:00:00Z" && merged.created == base.created)
        var both = ours
        both.sha256 = "s2"
        #expect(throws: ClaimCheckError.self) { try DocumentMerge.merge(base: base, ours: both, theirs: theirs) }
    }
}
