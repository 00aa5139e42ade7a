import Foundation

/// ISO 8601 UTC timestamps (`2026-11-25T02:10:00Z`), the one format every `at` field uses.
public enum Timestamp {
    /// The current time, to the second.
    public static func now() -> String { format(Date()) }

    /// `date` as ISO 8601 UTC with seconds (`2026-12-02T01:30:00Z`).
    public static func format(_ date: Date) -> String {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let day = CalendarDay(daysSinceEpoch: seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400)
        let s = ((seconds % 86400) + 86400) % 86400
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(day.iso)T\(two(s / 3600)):\(two(s / 60 % 60)):\(two(s % 60))Z"
    }

    /// Today's date in UTC.
    public static func today() -> CalendarDay {
        CalendarDay(daysSinceEpoch: Int(Date().timeIntervalSince1970) / 86400)
    }
}
