import Testing

@testable import ClaimCore

/// The number grammar (Sources/ClaimCore/Numbers): digits, words, units, qualifiers and how two
/// statements of a figure compare. The cross-entry-point corpus is Tests/Fixtures/numbers.corpus.
@Suite struct NumberGrammarTests {
    static func amounts(_ text: String) -> [Amount] { NumberGrammar.mentions(in: text).map(\.amount) }

    @Test(arguments: [
        ("a hundred and five", 105.0), ("A thousand and one", 1001), ("two million three hundred thousand", 2_300_000),
        ("nineteen hundred", 1900), ("twenty-one", 21), ("ninety nine", 99), ("a dozen", 12), ("three dozen", 36),
        ("two thousand five hundred and twelve", 2512), ("one hundred twenty", 120), ("an hundred", 100),
    ])
    func numberWords(_ words: String, _ value: Double) {
        #expect(Self.amounts("\(words) people") == [Amount(value: value)])
    }

    @Test func commasMustSeparateThousands() {
        #expect(NumberReader.digitsValue("1,200") == 1200)
        #expect(NumberReader.digitsValue("12,345,678") == 12_345_678)
        #expect(NumberReader.digitsValue("1,200.75") == 1200.75)
        #expect(NumberReader.digitsValue("1,20") == nil)
        #expect(NumberReader.digitsValue("3,5") == nil)
        #expect(NumberReader.digitsValue("1234,567") == nil)
        #expect(NumberReader.digitsValue("1,2345") == nil)
        #expect(NumberReader.digitsValue("1.5,000") == nil)
        #expect(NumberReader.digitsValue("1,200,00") == nil)
        #expect(NumberReader.digitsValue("12,345,678,901,234,567,890") == 12_345_678_901_234_567_890)
        #expect(NumberReader.digitsValue("12,345,678,901,234,567,89") == nil)
    }

    @Test func fractionsTimesAndOrdinalsAreNoNumbers() {
        #expect(Self.amounts("1/2 of them, at 10:30, the 21st, at 5pm") == [])
        #expect(
            Self.amounts("won 3 - 1 today") == [Amount(value: 3), Amount(value: 1)], "spaced apart they are numbers")
    }

    @Test func unitsAndQualifiersAroundTheNumber() {
        #expect(Self.amounts("no more than 20 guards") == [Amount(value: 20, qualifier: .atMost)])
        #expect(Self.amounts("more than 20 guards") == [Amount(value: 20, qualifier: .moreThan)])
        #expect(
            Self.amounts("some US$5m") == [
                Amount(value: 5_000_000, qualifier: .about, unit: MeasureUnit(named: "dollars"))
            ])
        #expect(Self.amounts("12 sq km") == [Amount(value: 12, unit: MeasureUnit(named: "square km"))])
        #expect(
            Self.amounts("5 m away, 5m away") == [
                Amount(value: 5), Amount(value: 5, unit: MeasureUnit(named: "metres")),
            ])
        #expect(NumberGrammar.mentions(in: "about US$5m")[0].written == "US$5m")
    }

    @Test func rangesAreOneMentionButAChangeIsTwo() {
        #expect(Self.amounts("20-30 people") == [Amount(value: 20, upper: 30)])
        #expect(Self.amounts("between 20 and 30 km") == [Amount(value: 20, unit: MeasureUnit(named: "km"), upper: 30)])
        #expect(Self.amounts("20 to 30 people") == [Amount(value: 20, upper: 30)])
        #expect(
            Self.amounts("rose from 20 to 30 per cent") == [
                Amount(value: 20), Amount(value: 30, unit: MeasureUnit(named: "per cent")),
            ])
        #expect(Self.amounts("won 3-1") == [Amount(value: 3), Amount(value: 1)], "a score is no range")
        #expect(Amount(value: 20, upper: 30).compare(with: Amount(value: 25)) == .consistent)
        #expect(Amount(value: 20, upper: 30).compare(with: Amount(value: 89)) == .contradicts)
        let facts = Extractor().extract("Inflation rose from 2 to 3 per cent.", published: nil).flatMap(\.facts).map(
            \.summary)
        #expect(facts == ["3 per cent"], "the extractor reads the change as the grammar does")
    }

    @Test func oneUnitTable() {
        #expect(MeasureUnit(named: "Kilometres") == MeasureUnit(named: "km"))
        #expect(MeasureUnit(named: "miles.")?.name == "miles")
        #expect(MeasureUnit(named: "%")?.name == "per cent")
        #expect(MeasureUnit(named: "$")?.name == "dollars")
        #expect(MeasureUnit(named: "members") == nil)
        let km = MeasureUnit(named: "km")!
        let mile = MeasureUnit(named: "mile")!
        let pct = MeasureUnit(named: "per cent")!
        #expect(km.compares(with: mile) && !km.compares(with: pct))
        #expect(abs(km.convert(300, to: mile) - 186.4) < 0.1)
        #expect(MeasureUnit(named: "dollars")!.compares(with: MeasureUnit(named: "euros")!) == false)
    }

    @Test func oneConversionTolerance() {
        let km = MeasureUnit(named: "km")
        let mile = MeasureUnit(named: "miles")
        let foot = MeasureUnit(named: "feet")
        let metre = MeasureUnit(named: "metres")
        func same(_ a: Double, _ ua: MeasureUnit?, _ b: Double, _ ub: MeasureUnit?) -> Bool {
            Amount(value: a, unit: ua).compare(with: Amount(value: b, unit: ub)) == .same
        }
        #expect(same(300, km, 190, mile))
        #expect(same(300, km, 200, mile), "200 is 186 to the nearest hundred")
        #expect(same(190, mile, 300, km))
        #expect(same(10, km, 6.2, mile))
        #expect(same(1000, foot, 300, metre))
        #expect(!same(300, km, 120, mile))
        #expect(!same(300, km, 300, mile))
        #expect(!same(50, km, 50, mile))
        #expect(
            Tolerance.roundingStep(of: 190) == 10 && Tolerance.roundingStep(of: 200) == 100
                && Tolerance.roundingStep(of: 2.5) == 0.1)
    }

    @Test func qualifiedFiguresCompareAsRanges() {
        let km = MeasureUnit(named: "km")
        #expect(Amount(value: 40, qualifier: .moreThan).compare(with: Amount(value: 49)) == .consistent)
        #expect(Amount(value: 40, qualifier: .moreThan).compare(with: Amount(value: 40)) == .contradicts)
        #expect(Amount(value: 40, qualifier: .atLeast).compare(with: Amount(value: 40)) == .consistent)
        #expect(
            Amount(value: 300, qualifier: .about, unit: km).compare(with: Amount(value: 310, unit: km)) == .consistent)
        #expect(
            Amount(value: 300, qualifier: .about, unit: km).compare(
                with: Amount(value: 190, unit: MeasureUnit(named: "miles"))) == .consistent)
        #expect(Amount(value: 89).compare(with: Amount(value: 98)) == .contradicts)
        #expect(Amount(value: 89).compare(with: Amount(value: 89)) == .same)
        #expect(Amount(value: 10, qualifier: .fewerThan).compare(with: Amount(value: 12)) == .contradicts)
        #expect(Amount(value: 100, qualifier: .nearly).compare(with: Amount(value: 95)) == .consistent)
        #expect(Amount(value: 100, qualifier: .nearly).compare(with: Amount(value: 101)) == .contradicts)
        #expect(
            Amount(value: 30, qualifier: .upTo).compare(with: Amount(value: 20, qualifier: .moreThan)) == .consistent)
        #expect(
            Amount(value: 30, unit: MeasureUnit(named: "per cent")).compare(with: Amount(value: 30, unit: km))
                == .incomparable)
    }

    @Test func oneCalendarList() {
        #expect(CalendarNames.weekdays["monday"] == 1 && CalendarNames.weekdays["sunday"] == 7)
        #expect(CalendarNames.months["sept"] == 9 && CalendarNames.months["december"] == 12)
        #expect(ConsistencyChecker.weekdays == CalendarNames.weekdayNames)
    }

    @Test func theIssuesExampleReadsAsOneHundredAndFive() {
        let claims = Extractor().extract("A hundred and five soldiers died.", published: nil)
        #expect(claims.flatMap(\.facts).map(\.summary) == ["105 soldiers"])
        #expect(Self.amounts("A hundred and five soldiers died.") == [Amount(value: 105)])
    }

    @Test func aBoundDoesNotContradictACountButTwoCountsDo() {
        func claim(_ id: String, _ n: Int, _ fact: Fact) -> Claim {
            Claim(
                id: id, document: "d", ordinal: n, text: fact.text, span: Span(start: 0, end: 1), kinds: [.casualty],
                checkworthiness: 0.5, facts: [fact])
        }
        let zero = Span(start: 0, end: 0)
        let moreThan40 = Fact(
            kind: .casualty, text: "more than 40 people", span: zero, value: 40, qualifier: .moreThan, noun: "people")
        let exactly49 = Fact(
            kind: .casualty, text: "49 people", span: zero, value: 49, qualifier: .exact, noun: "people")
        let exactly98 = Fact(
            kind: .casualty, text: "98 people", span: zero, value: 98, qualifier: .exact, noun: "people")
        let checker = ConsistencyChecker()
        #expect(checker.check([claim("a", 1, moreThan40), claim("b", 2, exactly49)], article: "x") == [])
        #expect(
            checker.check([claim("a", 1, exactly49), claim("b", 2, exactly98)], article: "x").map(\.kind) == [
                .countMismatch
            ])
    }
}
