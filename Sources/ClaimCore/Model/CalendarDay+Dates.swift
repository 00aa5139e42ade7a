/// Calendar arithmetic the date rules need beyond days: ISO weeks, the nth weekday of a month, Easter.
extension CalendarDay {
    /// The ISO 8601 week of this day: `2016-W08` (the week-numbering year may differ from `year` near New Year).
    public var isoWeek: String {
        // The Thursday of this day's week decides the week-numbering year.
        let thursday = adding(days: 4 - isoWeekday)
        let jan1 = CalendarDay(year: thursday.year, month: 1, day: 1)!
        let week = (thursday.daysSinceEpoch - jan1.daysSinceEpoch) / 7 + 1
        return "\(thursday.year)-W\(week < 10 ? "0" : "")\(week)"
    }

    /// The `n`th `weekday` (1 = Monday) of a month, or the last one for `n` = -1: Thanksgiving is the
    /// 4th Thursday of November.
    public static func nthWeekday(_ n: Int, weekday: Int, month: Int, year: Int) -> CalendarDay? {
        if n < 0 {
            guard let last = CalendarDay(year: year, month: month, day: daysIn(month: month, year: year)) else {
                return nil
            }
            return last.adding(days: -((last.isoWeekday - weekday + 7) % 7))
        }
        guard let first = CalendarDay(year: year, month: month, day: 1) else { return nil }
        return first.adding(days: (weekday - first.isoWeekday + 7) % 7 + 7 * (n - 1))
    }

    /// Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm).
    public static func easter(_ year: Int) -> CalendarDay {
        let a = year % 19
        let b = year / 100
        let c = year % 100
        let d = b / 4
        let e = b % 4
        let f = (b + 8) / 25
        let g = (b - f + 1) / 3
        let h = (19 * a + b - d - g + 15) % 30
        let i = c / 4
        let k = c % 4
        let l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31
        let day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year: year, month: month, day: day)!
    }
}
