/// The words English writes numbers with: the one table of number words and scales that the extractor,
/// the evidence matcher and the consistency checker all read numbers by (through `NumberReader`).
public enum NumberWords {
    /// zero … nineteen.
    static let units: [String: Int] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19,
    ]

    /// twenty … ninety.
    static let tens: [String: Int] = [
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    ]

    /// Scale words and their abbreviations, written after a number ("2 million", "4.2bn", "5k"). Plural
    /// scales ("thousands of") are listed so that a reader can recognise and refuse them: they are vague.
    static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
        "trillion": 1_000_000_000_000,
        "m": 1_000_000, "mn": 1_000_000, "mln": 1_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
        "tn": 1_000_000_000_000,
        "k": 1_000, "thousands": 1_000, "millions": 1_000_000, "billions": 1_000_000_000,
    ]

    /// The word for twelve, which counts like a scale ("a dozen", "two dozen").
    static let dozen = "dozen"

    /// Scales spelled out in full, which may follow a number word ("two million", "a thousand").
    static let spelledScales: Set<String> = ["hundred", "thousand", "million", "billion", "trillion"]

    /// The value of one number word or hyphenated compound ("six" → 6, "twenty-one" → 21); nil for any
    /// other word (scales included: "million" alone is no number).
    public static func value(of word: String) -> Double? {
        let utf8 = word.utf8
        return utf8.withContiguousStorageIfAvailable(value(ofBytes:))
            ?? Array(utf8).withUnsafeBufferPointer(value(ofBytes:))
    }

    private static let unitValues = ByteKeyedTable(units)
    private static let tenValues = ByteKeyedTable(tens)

    /// `value(of:)` on a word's lower-case UTF-8 bytes: no `String` is hashed.
    static func value(ofBytes w: UnsafeBufferPointer<UInt8>) -> Double? {
        if let u = unitValues.value(for: w) { return Double(u) }
        if let t = tenValues.value(for: w) { return Double(t) }
        guard let hyphen = w.firstIndex(of: 0x2D) else { return nil }
        let tens = UnsafeBufferPointer(rebasing: w[..<hyphen])
        let units = UnsafeBufferPointer(rebasing: w[(hyphen + 1)...])
        if let t = tenValues.value(for: tens), let u = unitValues.value(for: units), u > 0, u < 10 {
            return Double(t + u)
        }
        return nil
    }
}
