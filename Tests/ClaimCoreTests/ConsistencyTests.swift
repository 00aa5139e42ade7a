import ClaimTestSupport
import Testing

@testable import ClaimCore

@Suite struct ConsistencyTests {
    let zero = Span(start: 0, end: 0)

    func distance(_ text: String, _ value: Double, _ unit: String) -> Fact {
        Fact(kind: .quantity, text: text, span: zero, value: value, qualifier: .exact, noun: unit)
    }

    func notes(_ tw: TemporaryWorkspace, _ sentences: [(text: String, facts: [Fact])]) throws -> [ConsistencyNote] {
        let claims = try SampleDocuments.document(tw, slug: "c", sentences: sentences)
        return ConsistencyChecker().check(claims, article: try tw.store.loadArticle("c"))
    }

    @Test func twoUnitsOfOneDistanceThatDisagreeAreNoted() throws {
        let tw = TemporaryWorkspace()
        let agree = try notes(
            tw,
            [
                (
                    "A bridgehead just 300km (190 miles) from Europe.",
                    [distance("300km", 300, "km"), distance("190 miles", 190, "miles")]
                )
            ])
        #expect(agree == [])
        let tw2 = TemporaryWorkspace()
        let disagree = try notes(
            tw2,
            [
                (
                    "A bridgehead just 300km (120 miles) from Europe.",
                    [distance("300km", 300, "km"), distance("120 miles", 120, "miles")]
                )
            ])
        #expect(disagree.map(\.kind) == [.unitMismatch])
        #expect(
            disagree.first?.message
                == "“300km” and “120 miles” should be the same distance, but 300 kilometres is about 186 miles, not 120."
        )
    }

    @Test func distancesInOneSystemAreNotPaired() throws {
        let tw = TemporaryWorkspace()
        let found = try notes(
            tw, [("From 300 km away to 50 km away.", [distance("300 km", 300, "km"), distance("50 km", 50, "km")])])
        #expect(found == [])
    }

    @Test func weekdaysAreWholeWordsInAnyCase() {
        let cases: [(String, Int?)] = [
            ("On FRIDAY,", 4), ("on Sunday—Monday", 0), ("Zürich, Friday", 4), ("wednesday", 2),
            ("Thursday 3 March", 3),
            ("Fridays", nil), ("Friday\u{301}", nil), ("Montag", nil), ("day", nil), ("", nil), ("xFriday", nil),
            ("Friday9", 4),
        ]
        for (text, expected) in cases {
            #expect(ConsistencyChecker.lastWeekday(in: text) == expected, "\(text)")
        }
    }

    @Test func aWeekdayThatDoesNotFitTheResolvedDateIsNoted() throws {
        let tw = TemporaryWorkspace()
        let found = try notes(
            tw,
            [
                (
                    "On Friday, warplanes attacked a camp.",
                    [Fact(kind: .date, text: "On Friday", span: zero, resolved: "2016-02-19")]
                ),
                (
                    "On Tuesday, the vote failed.",
                    [Fact(kind: .date, text: "On Tuesday", span: zero, resolved: "2016-02-19")]
                ),
                (
                    "On Monday, 22 February, talks resumed.",
                    [Fact(kind: .date, text: "22 February", span: zero, resolved: "2016-02-23")]
                ),
                (
                    "Last week, on Wednesday, nothing.",
                    [Fact(kind: .date, text: "Last week", span: zero, resolved: "2016-02-15/2016-02-21")]
                ),
            ])
        #expect(found.map(\.kind) == [.weekdayMismatch, .weekdayMismatch])
        #expect(found[0].message == "“On Tuesday” is read as 2016-02-19, which was a Friday, not a Tuesday.")
        #expect(
            found[1].message == "“22 February” is read as 2016-02-23, which was a Tuesday, not a Monday.",
            "the weekday just before the date counts")
    }

    @Test func theSameCountGivenDifferentlyInTwoSentencesIsNoted() throws {
        let tw = TemporaryWorkspace()
        let members = { (n: Double, text: String) in
            Fact(
                kind: .quantity, text: text, span: self.zero, value: n, qualifier: .exact, noun: "members of parliament"
            )
        }
        let found = try notes(
            tw,
            [
                ("A quorum of 89 members of parliament was needed.", [members(89, "89 members of parliament")]),
                ("Only 98 Members of  Parliament were needed, he said.", [members(98, "98 Members of  Parliament")]),
                ("The 89 members of parliament left.", [members(89, "89 members of parliament")]),
                (
                    "More than 20 fighters died.",
                    [
                        Fact(
                            kind: .casualty, text: "20 fighters", span: zero, value: 20, qualifier: .moreThan,
                            noun: "fighters")
                    ]
                ),
                (
                    "Six fighters died in Derna.",
                    [
                        Fact(
                            kind: .casualty, text: "Six fighters", span: zero, value: 6, qualifier: .exact,
                            noun: "fighters")
                    ]
                ),
            ])
        #expect(found.map(\.kind) == [.countMismatch], "a bound (more than 20) does not contradict an exact six")
        #expect(
            found[0].message
                == "“89 members of parliament” (claim 1) and “98 Members of  Parliament” (claim 2) count members of parliament differently: 89 vs 98. Check whether they describe the same thing."
        )
        #expect(found[0].claimIDs.count == 2)
    }

    @Test func theBundledSampleIsConsistent() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let doc = try tw.store.load("benghazi")
        #expect(
            ConsistencyChecker().check(doc.claims, article: doc.article) == [],
            "300km (190 miles) agrees; 300km twice is one value")
    }
}
