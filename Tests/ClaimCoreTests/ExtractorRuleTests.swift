import Testing

@testable import ClaimCore

/// The extractor's rules on real-world phrasings beyond the sample: wire copy, courts, disasters,
/// economics, politics.
@Suite struct ExtractorRuleTests {
    let published = CalendarDay(iso: "2020-03-11")!  // a Wednesday

    func facts(_ text: String, published: CalendarDay? = CalendarDay(iso: "2020-03-11")) -> [Fact] {
        Extractor().extract(text, published: published).flatMap(\.facts)
    }

    func quantity(_ text: String) -> Fact? { facts(text).first { $0.kind == .quantity || $0.kind == .casualty } }

    @Test(
        arguments: [
            (
                "At least 1,200 people were killed in the quake.", 1200.0, Qualifier.atLeast, "people",
                ClaimKind.casualty
            ),
            ("Police said twenty-one passengers were wounded.", 21, .exact, "passengers", .casualty),
            ("Six fighters died in clashes with IS.", 6, .exact, "fighters", .casualty),
            ("The attack killed more than 40 people on Friday.", 40, .moreThan, "people", .casualty),
            ("Nearly 300 civilians were injured in the shelling.", 300, .nearly, "civilians", .casualty),
            ("Up to 50,000 protesters gathered in the capital.", 50000, .upTo, "protesters", .quantity),
            (
                "The required quorum (89 members of parliament) was not reached.", 89, .exact, "members of parliament",
                .quantity
            ),
            ("Loyalists seized three army bases that had been overrun.", 3, .exact, "army bases", .quantity),
            ("About 30,000 troops will leave.", 30000, .about, "troops", .quantity),
            ("Fewer than 200 workers remain at the plant.", 200, .fewerThan, "workers", .quantity),
            ("The firm hired a dozen engineers.", 12, .exact, "engineers", .quantity),
            ("One of its fighter jets was shot down.", 1, .exact, "fighter jets", .quantity),
        ] as [(String, Double, Qualifier, String, ClaimKind)])
    func countsWithQualifierAndNoun(
        _ text: String, _ value: Double, _ qualifier: Qualifier, _ noun: String, _ kind: ClaimKind
    ) throws {
        let fact = try #require(quantity(text), "\(text)")
        #expect(fact.value == value)
        #expect(fact.qualifier == qualifier)
        #expect(fact.noun == noun)
        #expect(fact.kind == kind)
    }

    @Test(
        arguments: [
            ("Inflation rose to 3.5 per cent in January.", 3.5, "per cent"),
            ("Shares fell nearly 8% on Thursday.", 8, "per cent"),
            ("He was fined $1.5 million.", 1_500_000, "dollars"),
            ("The plan costs £4.2bn.", 4_200_000_000, "pounds"),
            ("A bridgehead just 300km (190 miles) from Europe.", 300, "km"),
            ("Unemployment fell 0.2 percentage points.", 0.2, "percentage points"),
            ("The EU pledged €300 for each refugee.", 300, "euros"),
            ("The error was 0.0000000000000000125 per cent.", 0.0000000000000000125, "per cent"),
        ] as [(String, Double, String)])
    func unitsAndMoney(_ text: String, _ value: Double, _ unit: String) throws {
        let fact = try #require(quantity(text), "\(text)")
        #expect(fact.value == value)
        #expect(fact.unit == unit)
    }

    @Test(
        arguments: [
            (89.0, "89"), (3.5, "3.5"), (2_000_000, "2000000"), (-12, "-12"), (0.2, "0.2"),
            (6.679214017301e-07, "0.0000006679214017301"), (0.0001, "0.0001"), (-0.00002, "-0.00002"),
            (1e16, "10000000000000000"), (1.2345e20, "123450000000000000000"), (1e15 + 0.5, "1000000000000000.5"),
            (1e-40, "1e-40"),
        ] as [(Double, String)])
    func numbersAreWrittenWithoutAnExponent(_ value: Double, _ written: String) {
        #expect(Fact.format(number: value) == written)
    }

    @Test func aTinyPercentageReadsAsWritten() throws {
        let fact = try #require(quantity("Shares fell 0.0000006679214017301 per cent on Friday."))
        #expect(fact.summary == "0.0000006679214017301 per cent")
    }

    @Test func bothUnitsOfADistance() {
        let values = facts("IS could set up a bridgehead just 300km (190 miles) from Europe.").compactMap(\.value)
        #expect(values == [300, 190])
    }

    @Test func deathTollWithoutANoun() throws {
        let fact = try #require(quantity("The death toll rose to 12 on Monday."))
        #expect(fact.kind == .casualty && fact.value == 12)
        #expect(fact.text.contains("toll"))
    }

    @Test(arguments: [
        "He arrived at 10 a.m. on the bus.", "The meeting is at 10:30 in room 5.",
        "She lives at No. 10 Downing Street.",
        "The Apollo 11 crew landed.", "It was the second city to fall.", "Covid-19 spread quickly.",
        "The G20 summit opened.",
        "No one was hurt.", "It was one of the worst attacks.", "Residents celebrated in the streets.",
        "Forces loyal to the government seized the area.",
    ])
    func noQuantityWhereThereIsNone(_ text: String) {
        #expect(facts(text).allSatisfy { $0.kind != .quantity && $0.kind != .casualty }, "\(facts(text))")
    }

    @Test(arguments: [
        ("Italy said yesterday it had given permission.", "2020-03-10"),
        ("On Friday, warplanes attacked a camp.", "2020-03-06"),
        ("The vote will take place on Friday.", "2020-03-13"),
        ("Forces launched an operation at the weekend.", "2020-03-07/2020-03-08"),
        ("Earlier this month the military announced a deal.", "2020-03"),
        ("The session was adjourned until next week.", "2020-03-16/2020-03-22"),
        ("Rival administrations have ruled since the summer of 2014.", "2014-06/2014-08"),
        ("The 2011 toppling of the dictator changed everything.", "2011"),
        ("The law was passed on 24 February 2016.", "2016-02-24"),
        ("The law was passed on February 24, 2016.", "2016-02-24"),
        ("Talks collapsed in February 2016.", "2016-02"),
        ("Sales fell last year.", "2019"),
        ("The firm was founded three years ago.", "2017"),
        ("Prices rose last month.", "2020-02"),
        ("The decision came in December.", "2019-12"),
        ("Troops will leave by December.", "2020-12"),
        ("The policy dates from the 1990s.", "1990/1999"),
        ("He said so last Wednesday.", "2020-03-04"),
        ("The report covers 2015-16.", "2015/2016"),
    ])
    func datesResolveAgainstPublication(_ text: String, _ resolved: String) throws {
        let date = try #require(facts(text).first { $0.kind == .date }, "\(text)")
        #expect(date.resolved == resolved, "\(text): \(date)")
    }

    @Test func relativeDatesStayUnresolvedWithoutAPublicationDate() throws {
        let date = try #require(facts("Italy said yesterday it agreed.", published: nil).first { $0.kind == .date })
        #expect(date.text == "yesterday")
        #expect(date.resolved == nil)
        let year = try #require(facts("It began in 2014.", published: nil).first { $0.kind == .date })
        #expect(year.resolved == "2014")
    }

    @Test(
        arguments: [
            ("MP Mohamed al-Abbani said the session was adjourned.", "Mohamed al-Abbani", "MP", "said"),
            (
                "Fadel al-Hassi of Libya’s special forces said the area was taken.", "Fadel al-Hassi",
                "Libya’s special forces", "said"
            ),
            ("Six fighters died, a local official said.", "a local official", nil, "said"),
            ("Medical sources in Benghazi said 20 fighters died.", "Medical sources in Benghazi", nil, "said"),
            (
                "Another parliamentarian, Ali al-Qaidi, confirmed the vote.", "Ali al-Qaidi", "Another parliamentarian",
                "confirmed"
            ),
            (
                "The foreign ministry in Tripoli, headquarters of the rival government, denounced the operation.",
                "The foreign ministry in Tripoli", nil, "denounced"
            ),
            ("“We are concerned,” UN envoy Martin Kobler tweeted.", "Martin Kobler", "UN envoy", "tweeted"),
            ("“We will rebuild,” said Mayor Anne Hidalgo.", "Anne Hidalgo", "Mayor", "said"),
            ("The death toll rose, according to the Red Cross.", "the Red Cross", nil, "according to"),
            (
                "Defence minister Roberta Pinotti told the daily Il Messaggero that strikes need approval.",
                "Roberta Pinotti", "Defence minister", "told"
            ),
            ("Gen. David Petraeus told reporters the war was over.", "Gen. David Petraeus", nil, "told"),
        ] as [(String, String, String?, String)])
    func attributions(_ text: String, _ speaker: String, _ role: String?, _ verb: String) throws {
        let fact = try #require(facts(text).first { $0.kind == .attribution }, "\(text)")
        #expect(fact.speaker == speaker, "\(text): \(fact)")
        #expect(fact.role == role, "\(text): \(fact)")
        #expect(fact.verb == verb)
    }

    @Test func pronounSpeakerResolvesToTheNamedPerson() throws {
        let text =
            "Meanwhile army chief General Khalifa Haftar issued a statement praising the breakthrough which he said was the fruit of “much patience”."
        let fact = try #require(facts(text).first { $0.kind == .attribution })
        #expect(fact.speaker == "Khalifa Haftar")
        let carried = Extractor().extract(
            "Mr. Smith arrived at 10 a.m. He said the meeting lasted three hours.", published: published)
        #expect(carried.flatMap(\.facts).first { $0.kind == .attribution }?.speaker == "Mr. Smith")
    }

    @Test func quotes() {
        let cut = facts("“We have lost everything,” she said, “and nobody came.”").filter { $0.kind == .quote }.map(
            \.text)
        #expect(cut == ["We have lost everything", "and nobody came."])
        let straight = facts("\"This is a disaster,\" the mayor told local radio.").filter { $0.kind == .quote }.map(
            \.text)
        #expect(straight == ["This is a disaster"])
        let nested = facts("“The required quorum (89 members of parliament) was not reached,” MP Ali said.").first {
            $0.kind == .quote
        }
        #expect(nested?.text == "The required quorum (89 members of parliament) was not reached")
        #expect(facts("Libya’s militants’ base fell.").allSatisfy { $0.kind != .quote })
    }

    @Test(arguments: [
        ("Gen. Smith met Mr. Jones at 10 a.m. on Friday. They spoke for 3 hours.", 2),
        ("U.S. officials said 5 people died. The U.N. said 7 people died.", 2),
        ("Prices rose 3.5 per cent. Wages rose 2.1 per cent.", 2),
        ("J. K. Rowling said she sold 500 million books. Fans cheered.", 1),
        ("“Stop the war. Stop it now,” the minister said on Friday. Troops left.", 1),
        ("No. 10 said 40 people attended\nthe second paragraph has 6 people", 2),
    ])
    func sentenceSplitting(_ text: String, _ claims: Int) {
        #expect(
            Extractor().extract(text, published: published).count == claims,
            "\(Extractor().extract(text, published: published).map(\.text))")
    }

    /// Wire copy pasted without paragraph breaks: a closing quotation mark followed by a new sentence ends the
    /// sentence, each sentence keeping its own quote; a bare attribution after the quote stays with it.
    @Test(arguments: [
        (
            "\"The levee held. We got lucky,\" the mayor said. \"Next year we may not.\"",
            ["\"The levee held. We got lucky,\" the mayor said.", "\"Next year we may not.\""]
        ),
        (
            "\"Next year we may not.\" Officials said 12 homes flooded.",
            ["\"Next year we may not.\"", "Officials said 12 homes flooded."]
        ),
        (
            "“We will win.” Smith said on Monday. Troops left 3 bases.",
            ["“We will win.” Smith said on Monday.", "Troops left 3 bases."]
        ),
        ("``It held,'' she said. ``We were lucky.''", ["``It held,'' she said.", "``We were lucky.''"]),
    ])
    func wireCopyQuotesEndSentences(_ text: String, _ sentences: [String]) {
        let claims = Extractor().extract(text, published: published)
        #expect(claims.map(\.text) == sentences)
        for claim in claims where claim.text.contains(where: { "\"“`".contains($0) }) {
            #expect(claim.facts.filter { $0.kind == .quote }.count == 1, "\(claim.text)")
        }
    }

    /// A quotation that runs on into the next paragraph (its first paragraph left open) is still a quote.
    @Test func aQuoteAcrossParagraphsIsStillAQuote() {
        let text =
            "\"The first part of the statement runs on and is not closed here.\n\"The second paragraph ends it,\" the mayor said."
        let quotes = Extractor().extract(text, published: published).flatMap(\.facts).filter { $0.kind == .quote }.map(
            \.text)
        #expect(
            quotes == [
                "The first part of the statement runs on and is not closed here.", "The second paragraph ends it",
            ])
    }

    /// A table of wire copy: a labelled toll, then labelled counts of people that break it down (casualties), and
    /// labelled counts of anything else (quantities).
    @Test func aCasualtyTableBreaksTheTollDown() {
        let summaries = Extractor().extract(
            "KENYA:\nTotal dead: 40\nChildren: 12\nHospitalized: 30\n\nChildren: 5", published: published
        )
        .flatMap(\.facts).map { "\($0.kind.rawValue): \($0.summary)" }
        #expect(
            summaries == ["casualty: 40", "casualty: 12 Children", "quantity: 30 Hospitalized", "quantity: 5 Children"])
    }

    @Test(arguments: [
        ("BAGHDAD (Reuters) - A car bomb killed 12 people.", "A car bomb killed 12 people."),
        ("WASHINGTON, March 3 (AP) — The Senate passed 52 bills.", "The Senate passed 52 bills."),
        ("Intro.\n\nGAZA CITY -- Rockets hit 3 towns.", "Rockets hit 3 towns."),
        ("NATO - the alliance of 30 nations - met.", "the alliance of 30 nations - met."),
        ("The U.S. - backed plan has 12 points.", "The U.S. - backed plan has 12 points."),
        ("Police - 12 officers in all - arrived.", "Police - 12 officers in all - arrived."),
    ])
    func aDatelineIsNotPartOfTheFirstClaim(article: String, claim: String) {
        let claims = Extractor().extract(article, published: published)
        #expect(claims.last?.text == claim)
        if let last = claims.last {
            #expect(String(decoding: Array(article.utf8)[last.span.start..<last.span.end], as: UTF8.self) == claim)
        }
    }

    @Test func spansPointIntoTheArticle() {
        let article = "Café owners said 12 people were hurt yesterday.\n“Prices rose 5%,” économiste Zoë Noël said."
        let bytes = Array(article.utf8)
        for claim in Extractor().extract(article, published: published) {
            #expect(String(decoding: bytes[claim.span.start..<claim.span.end], as: UTF8.self) == claim.text)
            for fact in claim.facts {
                #expect(claim.span.contains(fact.span))
                #expect(
                    String(decoding: bytes[fact.span.start..<fact.span.end], as: UTF8.self).contains(
                        fact.text.prefix(3)))
            }
            #expect((0...1).contains(claim.checkworthiness))
            #expect(claim.kinds == Array(Set(claim.facts.map(\.kind))).sorted())
        }
    }

    @Test func checkworthinessRanksCasualtiesAboveDates() {
        let casualty = Extractor().extract("The storm killed six people.", published: published)[0].checkworthiness
        let date = Extractor().extract("The storm came yesterday.", published: published)[0].checkworthiness
        #expect(casualty > date)
    }

    @Test func pathologicalInputsFinish() {
        let noPunctuation = String(repeating: "alpha beta 12 gamma said the people ", count: 6_000)
        let quotes = String(repeating: "“", count: 100_000) + String(repeating: "\"", count: 100_000)
        let abbreviations = String(repeating: "Gen. Mr. U.S. No. 10 a.m. ", count: 8_000)
        for input in [noPunctuation, quotes, abbreviations] {
            _ = Extractor().extract(input, published: published)
        }
    }
}
