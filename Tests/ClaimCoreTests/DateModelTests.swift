import Foundation
import Testing

@testable import ClaimCore

/// The date parts of the model: `Fact.reference` in JSON, and the calendar arithmetic the date rules use
/// (ISO weeks, the nth weekday of a month, Easter).
@Suite struct DateModelTests {
    @Test func referenceIsWrittenOnlyWhenPresent() throws {
        let span = Span(start: 0, end: 8)
        let recent = Fact(kind: .date, text: "recently", span: span, reference: .past)
        let json = String(decoding: try JSONEncoder().encode(recent), as: UTF8.self)
        #expect(json.contains("\"reference\":\"past\""))
        #expect(try JSONDecoder().decode(Fact.self, from: Data(json.utf8)) == recent)
        #expect(recent.summary == "recently (past)")

        let plain = Fact(kind: .date, text: "Friday", span: span, resolved: "2016-02-19")
        let plainJSON = String(decoding: try JSONEncoder().encode(plain), as: UTF8.self)
        #expect(!plainJSON.contains("reference"))
        #expect(try JSONDecoder().decode(Fact.self, from: Data(plainJSON.utf8)).reference == nil)
    }

    @Test(arguments: [
        ("2020-03-11", "2020-W11"), ("2021-01-03", "2020-W53"), ("2019-12-30", "2020-W01"), ("2016-02-24", "2016-W08"),
        ("2015-12-31", "2015-W53"), ("2018-01-01", "2018-W01"),
    ])
    func isoWeeks(day: String, week: String) {
        #expect(CalendarDay(iso: day)!.isoWeek == week)
    }

    @Test func nthWeekdayAndEaster() {
        #expect(CalendarDay.nthWeekday(4, weekday: 4, month: 11, year: 2019)?.iso == "2019-11-28")  // Thanksgiving
        #expect(CalendarDay.nthWeekday(-1, weekday: 1, month: 5, year: 2020)?.iso == "2020-05-25")  // Memorial Day
        #expect(CalendarDay.nthWeekday(1, weekday: 1, month: 9, year: 2021)?.iso == "2021-09-06")  // Labor Day
        #expect(CalendarDay.easter(2000).iso == "2000-04-23")
        #expect(CalendarDay.easter(2024).iso == "2024-03-31")
        #expect(CalendarDay.easter(2019).iso == "2019-04-21")
    }
}
