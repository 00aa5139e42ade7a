/// The one list of month and weekday names the project reads dates and weekdays by.
public enum CalendarNames {
    /// Month names and their abbreviations, lower case, with the month number (1 = January).
    public static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12,
        "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11,
        "dec": 12,
    ]

    /// Weekday names, lower case, in ISO order (Monday first): the ISO weekday number is the index plus one.
    public static let weekdayNames = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]

    /// Weekday names with their ISO weekday number (1 = Monday … 7 = Sunday).
    public static let weekdays: [String: Int] = Dictionary(
        uniqueKeysWithValues: weekdayNames.enumerated().map { ($1, $0 + 1) })
}
