import ClaimCore
import Testing

@testable import SourceFetch

@Suite struct MatcherTests {
    static func claim(_ text: String, facts: [Fact] = []) -> Claim {
        Claim(
            id: "c1", document: "doc", ordinal: 1, text: text, span: Span(start: 0, end: text.utf8.count),
            kinds: [.quantity], checkworthiness: 0.9, facts: facts)
    }

    static func quantity(_ value: Double, _ noun: String, text: String, unit: String? = nil) -> Fact {
        Fact(
            kind: .quantity, text: text, span: Span(start: 0, end: 1), value: value, qualifier: .exact, noun: noun,
            unit: unit)
    }

    @Test func readsNumbersAsDigitsAndWords() {
        let values = NumberGrammar.mentions(
            in:
                "six people, 1,200 homes, 2 million dollars, twenty-one days, one hundred and five votes, a dozen eggs, 3.5 km, 40 per cent, 12% and 7 miles"
        )
        .map { ($0.value, $0.amount.unit?.name) }
        let expected: [(Double, String?)] = [
            (6, nil), (1200, nil), (2_000_000, "dollars"), (21, nil), (105, nil), (12, nil),
            (3.5, "km"), (40, "per cent"), (12, "per cent"), (7, "miles"),
        ]
        #expect(values.count == expected.count)
        for (a, b) in zip(values, expected) { #expect(a.0 == b.0 && a.1 == b.1, "\(a) vs \(b)") }
    }

    @Test func aNumberWrittenAsAWordMatchesTheClaimsDigits() {
        let claim = MatcherTests.claim(
            "At least 6 people were killed in the clashes in Benghazi.",
            facts: [MatcherTests.quantity(6, "people", text: "6 people")])
        let text =
            "The weather was mild.\n\nSix people were killed when clashes broke out in Benghazi on Friday, officials said.\n\nMarkets were closed."
        let matches = EvidenceMatcher().match(claim, in: text)
        #expect(
            matches.first?.passage
                == "Six people were killed when clashes broke out in Benghazi on Friday, officials said.")
        #expect(matches.first?.numbers == ["6"])
        #expect(matches.first?.missingNumbers == [])
        #expect(matches.first?.discrepancies == nil)
    }

    @Test func aDifferentNumberNextToTheSameNounIsADiscrepancy() {
        let claim = MatcherTests.claim(
            "The required quorum (89 members of parliament) was not reached.",
            facts: [MatcherTests.quantity(89, "members of parliament", text: "89 members of parliament")])
        let text =
            "Parliament met on Monday.\n\nThe quorum of 98 members of parliament was not reached, the speaker said."
        let best = EvidenceMatcher().match(claim, in: text).first
        #expect(best?.numbers == [])
        #expect(best?.missingNumbers == ["89"])
        #expect(
            best?.discrepancies == [
                NumberDiscrepancy(
                    claimed: "89", found: "98", noun: "members of parliament",
                    context: "The quorum of 98 members of parliament was not reached,…")
            ])
    }

    @Test func aQuoteIsFoundNearlyVerbatim() {
        let quote = "The required quorum was not reached – we will try again on Monday"
        let claim = MatcherTests.claim(
            "“\(quote),” MP Mohamed al-Abbani said.",
            facts: [Fact(kind: .quote, text: quote, span: Span(start: 0, end: 1))])
        let text = """
            Other news of the day.

            "The required quorum was not reached, and we will try again on Monday," said Mohamed al-Abbani, an MP.

            A quorum is reached when enough members attend.
            """
        let matches = EvidenceMatcher().match(claim, in: text)
        #expect(matches.first?.quoteFound == true)
        #expect(matches.first?.passage.hasPrefix("\"The required quorum") == true)
        #expect(matches.dropFirst().allSatisfy { $0.quoteFound == false })
        // A paraphrase is not the quote.
        let paraphrase = EvidenceMatcher().match(
            claim, in: "Al-Abbani said members did not reach the quorum and would meet another day.")
        #expect(paraphrase.first?.quoteFound == false)
    }

    @Test func unitsConvertWhereSimple() {
        let claim = MatcherTests.claim("The convoy travelled 100 km and unemployment rose to 12 per cent.")
        let matches = EvidenceMatcher().match(
            claim, in: "The convoy covered 62 miles. Unemployment rose to 12%, the office said.")
        #expect(matches.first?.numbers == ["100 km", "12 per cent"])
    }

    @Test func withoutFactsTheClaimTextGivesTheNumbersButNotDates() {
        let claim = MatcherTests.claim("On 24 February 2016, 1,200 families fled the city, one of them said.")
        #expect(EvidenceMatcher.numbers(of: claim).map(\.written) == ["1,200"])
        let matches = EvidenceMatcher().match(claim, in: "Some 1200 families fled the city this week.")
        #expect(matches.first?.numbers == ["1,200"])
    }

    @Test func keepsAtMostThreeNonOverlappingPassages() {
        let claim = MatcherTests.claim(
            "Six people died in Benghazi.", facts: [MatcherTests.quantity(6, "people", text: "Six people")])
        let paragraph = (1...15).map { "Sentence \($0) mentions Benghazi and six people." }.joined(separator: " ")
        let matches = EvidenceMatcher().match(claim, in: paragraph)
        #expect(matches.count == 3)
        #expect(Set(matches.map(\.passage)).count == 3)
        #expect(matches.allSatisfy { $0.numbers == ["6"] })
        #expect(EvidenceMatcher().match(claim, in: "Nothing related here at all.").isEmpty)
    }

    @Test func splitsSentencesButNotAbbreviations() {
        #expect(
            Passages.sentences("Mr. Smith went to Washington. He met Gen. Jones at 5 p.m. and left. “Good,” he said.")
                == ["Mr. Smith went to Washington.", "He met Gen. Jones at 5 p.m. and left.", "“Good,” he said."])
    }
}

/// The examples of number comparison between a claim and a source (issue 12, point 5).
@Suite struct MatcherQualifierTests {
    static func casualty(_ value: Double, _ qualifier: Qualifier, _ noun: String, unit: String? = nil, text: String)
        -> Fact
    {
        Fact(
            kind: unit == nil ? .casualty : .quantity, text: text, span: Span(start: 0, end: 1), value: value,
            qualifier: qualifier, noun: unit == nil ? noun : nil, unit: unit)
    }

    @Test func theClaimsOwnSentenceIsNoDiscrepancy() {
        let text = "A hundred and five soldiers died."
        let facts = Extractor().extract(text, published: nil).flatMap(\.facts)
        let best = EvidenceMatcher().match(MatcherTests.claim(text, facts: facts), in: text).first
        #expect(best?.numbers == ["105"])
        #expect(best?.discrepancies == nil)
    }

    @Test func moreThanFortyAgreesWithFortyNine() {
        let claim = MatcherTests.claim(
            "More than 40 people died in the fire.",
            facts: [Self.casualty(40, .moreThan, "people", text: "More than 40 people")])
        let best = EvidenceMatcher().match(claim, in: "Officials said 49 people died in the fire.").first
        #expect(best?.discrepancies == nil)
        #expect(best?.numbers == ["40"], "49 people supports more than 40 people")
        let fewer = EvidenceMatcher().match(claim, in: "Officials said 12 people died in the fire.").first
        #expect(fewer?.discrepancies?.map(\.found) == ["12"])
    }

    @Test func aboutThreeHundredKilometresAgreesWithThreeHundredAndTen() {
        let claim = MatcherTests.claim(
            "The pipeline runs about 300 km to the port.",
            facts: [Self.casualty(300, .about, "", unit: "km", text: "about 300 km")])
        let best = EvidenceMatcher().match(claim, in: "The pipeline runs 310 km to the port.").first
        #expect(best?.discrepancies == nil)
        let far = EvidenceMatcher().match(
            MatcherTests.claim(
                "The pipeline runs 300 km to the port.",
                facts: [Self.casualty(300, .exact, "", unit: "km", text: "300 km")]),
            in: "The pipeline runs 310 km to the port."
        ).first
        #expect(far?.numbers == [])
    }

    @Test func exactlyEightyNineContradictsNinetyEight() {
        let claim = MatcherTests.claim(
            "Exactly 89 members voted.", facts: [MatcherTests.quantity(89, "members", text: "89 members")])
        let best = EvidenceMatcher().match(claim, in: "In the end 98 members voted.").first
        #expect(best?.discrepancies?.map(\.found) == ["98"])
        let textOnly = EvidenceMatcher().match(
            MatcherTests.claim("Exactly 89 members voted."), in: "In the end 98 members voted."
        ).first
        #expect(textOnly?.discrepancies?.map(\.found) == ["98"])
    }

    @Test func aRangeInTheSourceIsNoDiscrepancyForAFigureInside() {
        let claim = MatcherTests.claim(
            "25 people were hurt in the crush.", facts: [Self.casualty(25, .exact, "people", text: "25 people")])
        let inside = EvidenceMatcher().match(claim, in: "Between 20 and 30 people were hurt in the crush.").first
        #expect(inside?.discrepancies == nil)
        #expect(inside?.numbers == ["25"])
        let outside = EvidenceMatcher().match(claim, in: "Some 40-50 people were hurt in the crush.").first
        #expect(outside?.discrepancies?.map(\.found) == ["40-50"])
    }

    @Test func aRangeInTheClaimAgreesWithAFigureInsideIt() {
        // The extractor keeps the top of the claim's range in `upper`; the matcher compares the whole range.
        let text = "Between 30 and 40 people were killed in the attack."
        let facts = Extractor().extract(text, published: nil).first?.facts ?? []
        #expect(facts.map(\.upper) == [40])
        let claim = MatcherTests.claim(text, facts: facts)
        let inside = EvidenceMatcher().match(claim, in: "Police said 35 people were killed in the attack.").first
        #expect(inside?.discrepancies == nil)
        let outside = EvidenceMatcher().match(claim, in: "Police said 52 people were killed in the attack.").first
        #expect(outside?.discrepancies?.map(\.found) == ["52"])
    }

    @Test func passagesUseTheExtractorsSentences() {
        // The extractor's splitter: a closing quote then a new sentence ends it; a wrapped line does not.
        #expect(
            Passages.sentences("“We held,” he said. The U.S. team\nleft on Monday.")
                == ["“We held,” he said.", "The U.S. team left on Monday."])
    }
}
