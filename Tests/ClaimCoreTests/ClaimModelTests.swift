import ClaimCore
import Testing

/// The one verdict tally, the one claim filter, manual claims and the errors' kind and location.
@Suite struct ClaimModelTests {
    func claim(_ id: String, _ label: VerdictLabel, kinds: [ClaimKind] = [.quantity], orphaned: Bool = false) -> Claim {
        Claim(
            id: id, document: "doc", ordinal: 1, text: id, span: Span(start: 0, end: 1), kinds: kinds,
            checkworthiness: 0.5,
            facts: [], verdict: Verdict(label: label, note: "", reviewer: label == .unreviewed ? nil : "ann", at: nil),
            orphaned: orphaned ? true : nil)
    }

    @Test func theTallyCountsOrphansApartFromVerdicts() {
        let tally = VerdictTally([
            claim("a", .true), claim("b", .mostlyFalse), claim("c", .unreviewed), claim("d", .true, orphaned: true),
        ])
        #expect(tally.total == 3)
        #expect(tally.orphaned == 1)
        #expect(tally[.true] == 1 && tally.count(.true) == 1)
        #expect(tally.reviewed == 2)
        #expect(tally.present == [.unreviewed, .true, .mostlyFalse])
        #expect(tally.summary == "1 unreviewed · 1 true · 1 mostly false · 1 orphaned")
        #expect(VerdictTally([]).summary == "no claims")
        #expect(VerdictTally([claim("x", .false, orphaned: true)]).summary == "1 orphaned")
    }

    @Test func theFilterSelectsByKindAndVerdict() {
        let claims = [
            claim("a", .true, kinds: [.quantity]), claim("b", .true, kinds: [.date, .quote]),
            claim("c", .false, kinds: [.quote]),
        ]
        #expect(ClaimFilter().apply(claims).map(\.id) == ["a", "b", "c"])
        #expect(ClaimFilter(kind: .quote).apply(claims).map(\.id) == ["b", "c"])
        #expect(ClaimFilter(verdict: .true).apply(claims).map(\.id) == ["a", "b"])
        #expect(ClaimFilter(kind: .quote, verdict: .true).apply(claims).map(\.id) == ["b"])
        #expect(!ClaimFilter(kind: .casualty).matches(claims[0]))
    }

    @Test func aManualClaimTakesTheArticlesWordsAndPlacesItsFacts() throws {
        let article = "Intro line.\nOfficials said 34 people died in the quake.\n"
        let existing = [
            Claim(
                id: "c1", document: "doc", ordinal: 1, text: "Intro line.", span: Span(start: 0, end: 11), kinds: [],
                checkworthiness: 0, facts: [])
        ]
        let made = try ClaimStore.manualClaim(
            "officials said 34 people died", in: article, document: "doc", published: nil,
            existing: existing, by: "ann", at: "2026-12-01T10:00:00Z")
        #expect(made.text == "Officials said 34 people died", "a difference in case only is forgiven")
        #expect(made.span == ClaimStore.locate("Officials said 34 people died", in: article))
        #expect(made.manual == true && made.revision == 1 && made.ordinal == 1)
        #expect(made.id.hasPrefix("m"))
        #expect(made.history == [HistoryEntry(at: "2026-12-01T10:00:00Z", by: "ann", action: .manual)])
        let bytes = Array(article.utf8)
        for fact in made.facts {
            #expect(
                String(decoding: bytes[fact.span.start..<fact.span.end], as: UTF8.self) == fact.text,
                "facts point into the article")
        }
        #expect(made.facts.contains { $0.value == 34 })
        #expect(
            throws: ClaimCheckError.refused("\"no such words\" does not occur in the article; copy the words exactly")
        ) {
            try ClaimStore.manualClaim(
                "no such words", in: article, document: "doc", published: nil, existing: [], by: "ann", at: "t")
        }
        #expect(throws: ClaimCheckError.refused("that text is already claim \(made.id)")) {
            try ClaimStore.manualClaim(
                made.text, in: article, document: "doc", published: nil, existing: [made], by: "ann", at: "t")
        }
    }

    @Test func errorsCarryKindAndLocationAndNoCommandAdvice() {
        let malformed = ClaimCheckError.malformedFile(path: "claims/doc/c1.json", line: 3, problem: "bad")
        #expect(malformed.kind == .malformedFile && malformed.location == "claims/doc/c1.json:3")
        #expect(ClaimCheckError.claimNotFound(document: "doc", claim: "c1").location == "doc/c1")
        #expect(ClaimCheckError.documentNotFound("doc").kind == .documentNotFound)
        let broken = ClaimCheckError.brokenClaimFiles(document: "doc", first: malformed, count: 2)
        #expect(broken.location == "claims/doc/c1.json:3" && broken.document == "doc")
        #expect(ClaimCheckError.refused("no").location == nil)
        let all: [ClaimCheckError] = [
            .badInput("x", reason: "r"), .badName("x", reason: "r"), .documentNotFound("doc"),
            .claimNotFound(document: "d", claim: "c"),
            malformed, .staleRevision(path: "p", expected: 1, found: 2, by: "bo", at: "t"),
            .io(path: "p", problem: "q"), .refused("no"),
            .articleMissing(document: "doc", path: "claims/doc/article.txt"),
            .articleChanged(document: "doc", path: "claims/doc/document.json"), broken,
        ]
        #expect(Set(all.map(\.kind)) == Set(ClaimCheckError.Kind.allCases))
        for error in all {
            #expect(!error.description.contains("claimcheck "), "\(error): command advice belongs to the Workbench")
        }
    }
}
