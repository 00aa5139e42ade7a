/// A day of the proleptic Gregorian calendar, without time or zone: what "published 2016-02-24" means.
public struct CalendarDay: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// The year (proleptic Gregorian).
    public let year: Int
    /// The month, 1…12.
    public let month: Int
    /// The day of the month, 1…31.
    public let day: Int

    /// Creates a day, or nil when the month or day is out of range (2015-02-29 is nil).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= CalendarDay.daysIn(month: month, year: year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// Parses `YYYY-MM-DD` strictly.
    public init?(iso: String) {
        // Fast path for the plain "YYYY-MM-DD" shape (what the extractor builds); anything else is parsed below.
        if let day = iso.utf8.withContiguousStorageIfAvailable(Self.plainISO), let (y, m, d) = day {
            self.init(year: y, month: m, day: d)
            return
        }
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let y = Int(parts[0]), let m = Int(parts[1]), let d = Int(parts[2])
        else { return nil }
        self.init(year: y, month: m, day: d)
    }

    /// Year, month and day of exactly ten ASCII bytes "DDDD-DD-DD", else nil.
    private static func plainISO(_ b: UnsafeBufferPointer<UInt8>) -> (Int, Int, Int)? {
        guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for i in range {
                let d = b[i] &- 0x30
                guard d < 10 else { return nil }
                value = value * 10 + Int(d)
            }
            return value
        }
        guard let y = number(0..<4), let m = number(5..<7), let d = number(8..<10) else { return nil }
        return (y, m, d)
    }

    /// Days since 1970-01-01 (Howard Hinnant's days_from_civil).
    public var daysSinceEpoch: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The day a number of days since 1970-01-01 falls on.
    public init(daysSinceEpoch z0: Int) {
        let z = z0 + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        self.year = yoe + era * 400 + (m <= 2 ? 1 : 0)
        self.month = m
        self.day = d
    }

    /// 1 = Monday … 7 = Sunday (ISO 8601).
    public var isoWeekday: Int {
        let w = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday
        return (w < 0 ? w + 7 : w) + 1
    }

    /// The day `days` days later (earlier when negative).
    public func adding(days: Int) -> CalendarDay { CalendarDay(daysSinceEpoch: daysSinceEpoch + days) }

    /// `2016-02-24`
    public var iso: String { Self.iso(year: year, month: month, day: day) }

    /// `2016-02`
    public var isoMonth: String { Self.iso(year: year, month: month) }

    /// `2016-02-24`, or `2016-02` without a day. Years are written with at least four digits. Built byte by
    /// byte: the extractor formats a date for nearly every sentence.
    public static func iso(year: Int, month: Int, day: Int? = nil) -> String {
        guard (0...9999).contains(year), (0...99).contains(month), (0...99).contains(day ?? 0) else {
            let y = String(year)
            let m = month < 10 ? "0\(month)" : "\(month)"
            let head = "\(String(repeating: "0", count: max(0, 4 - y.count)))\(y)-\(m)"
            guard let day else { return head }
            return head + (day < 10 ? "-0\(day)" : "-\(day)")
        }
        return String(unsafeUninitializedCapacity: 10) { out in
            func put(_ value: Int, digits: Int, at offset: Int) {
                var v = value
                for k in stride(from: digits - 1, through: 0, by: -1) {
                    out[offset + k] = UInt8(0x30 + v % 10)
                    v /= 10
                }
            }
            put(year, digits: 4, at: 0)
            out[4] = 0x2D
            put(month, digits: 2, at: 5)
            guard let day else { return 7 }
            out[7] = 0x2D
            put(day, digits: 2, at: 8)
            return 10
        }
    }

    /// The day as `YYYY-MM-DD`.
    public var description: String { iso }

    /// Orders days chronologically.
    public static func < (a: CalendarDay, b: CalendarDay) -> Bool { a.daysSinceEpoch < b.daysSinceEpoch }

    /// Whether `y` is a Gregorian leap year.
    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    /// Days in `month` of `year`.
    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
