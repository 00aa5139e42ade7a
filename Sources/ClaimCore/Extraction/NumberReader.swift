/// Reads a number at a token: digits ("1,200", "3.5"), number words ("six", "twenty-one",
/// "a dozen", "two million"), with a following scale ("2 million", "4.2bn").
enum NumberReader {
    struct Reading {
        var value: Double
        /// First and last token of the number (scale words included).
        var first: Int
        var last: Int
        /// True when written in words ("six").
        var inWords: Bool
    }

    static func read(at k: Int, _ s: SentenceScope) -> Reading? {
        guard let t = s.token(k) else { return nil }
        if t.kind == .number {
            // Commas are dropped wherever they stand ("1,200", and "1,20" reads as 120); "1.200.300" is no number.
            guard let v = digitsValue(s.lower(t)) else { return nil }
            var reading = Reading(value: v, first: k, last: k, inWords: false)
            applyScale(&reading, s)
            return reading
        }
        guard t.kind == .word, t.classes.contains(.numberWord) else { return nil }
        if s.lower(t) == "a" || s.lower(t) == "an", let next = s.word(k + 1) {
            if next == "dozen" { return Reading(value: 12, first: k, last: k + 1, inWords: true) }
            if let scale = Lexicon.scales[next], scale >= 100, !next.endsWith("s"), next.characterCount > 2 {
                return Reading(value: scale, first: k, last: k + 1, inWords: true)
            }
            return nil
        }
        guard var value = wordValue(s.lower(t)) else {
            if s.lower(t) == "dozen" { return Reading(value: 12, first: k, last: k, inWords: true) }
            return nil
        }
        var last = k
        // "twenty one", "one hundred and twenty", "two thousand".
        if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0, let w = s.word(k + 1),
           let u = Lexicon.units[w], u > 0, u < 10 {
            value += Double(u)
            last = k + 1
        }
        var reading = Reading(value: value, first: k, last: last, inWords: true)
        if s.word(last + 1) == "hundred" {
            reading.value *= 100
            reading.last = last + 1
            if s.word(last + 2) == "and", let w = s.word(last + 3), let more = wordValue(w), more < 100 {
                reading.value += more
                reading.last = last + 3
            }
        }
        applyScale(&reading, s)
        return reading
    }

    /// The value of a number token's digits, commas ignored: "1,200" → 1200, "3.5" → 3.5; nil for
    /// more than one decimal point.
    ///
    /// The digits are read as an integer N and a count k of decimals; N / 10ᵏ is then one correctly
    /// rounded division of two exact doubles (N < 10¹⁵ < 2⁵³, k ≤ 15), which is the correctly rounded
    /// value of the decimal — what `Double(String)` returns. Longer numbers take that slower path.
    static func digitsValue(_ digits: String) -> Double? {
        var mantissa: UInt64 = 0
        var decimals = -1   // -1 until the point
        var plain = true
        for c in digits.utf8 {
            if c == 0x2C { continue }
            if c == 0x2E {
                guard decimals < 0 else { return nil }
                decimals = 0
                continue
            }
            // Both bounds: leading zeros ("0.0000000000000001") keep N small while k grows.
            guard c &- 0x30 < 10, mantissa < 100_000_000_000_000, decimals < 15 else { plain = false; break }
            mantissa = mantissa * 10 + UInt64(c - 0x30)
            if decimals >= 0 { decimals += 1 }
        }
        if plain && decimals < 0 { return Double(mantissa) }
        if plain && decimals > 0 { return Double(mantissa) / Self.powersOfTen[decimals] }
        return Double(String(digits.unicodeScalars.filter { $0 != "," }))   // too long, or a trailing point
    }

    /// 10⁰ … 10¹⁵, each exact in a `Double`.
    private static let powersOfTen: [Double] = [1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15]

    /// The value of a number word or a hyphenated compound ("twenty-one"); nil otherwise.
    static func wordValue(_ w: String) -> Double? {
        let utf8 = w.utf8
        return utf8.withContiguousStorageIfAvailable(wordValue) ?? Array(utf8).withUnsafeBufferPointer(wordValue)
    }

    private static let unitValues = ByteKeyedTable(Lexicon.units)
    private static let tenValues = ByteKeyedTable(Lexicon.tens)

    private static func wordValue(_ w: UnsafeBufferPointer<UInt8>) -> Double? {
        if let u = unitValues.value(for: w) { return Double(u) }
        if let t = tenValues.value(for: w) { return Double(t) }
        guard let hyphen = w.firstIndex(of: 0x2D) else { return nil }
        let tens = UnsafeBufferPointer(rebasing: w[..<hyphen]), units = UnsafeBufferPointer(rebasing: w[(hyphen + 1)...])
        if let t = tenValues.value(for: tens), let u = unitValues.value(for: units), u > 0, u < 10 { return Double(t + u) }
        return nil
    }

    private static func applyScale(_ r: inout Reading, _ s: SentenceScope) {
        guard let next = s.token(r.last + 1), next.kind == .word, next.classes.contains(.scale), let scale = Lexicon.scales[s.lower(next)] else { return }
        // Attached letters ("4.2bn", "5m") or a spelled scale ("2 million"); never "m" for metres after a
        // bare number (the quantity rule decides that), and never a plural scale ("thousands of").
        if s.lower(next).endsWith("s") && s.lower(next).characterCount > 2 { return }
        if s.lower(next) == "m" || s.lower(next) == "b" || s.lower(next) == "k" {
            guard !next.spaceBefore, currencyBefore(r.first, s) != nil else { return }
        } else if s.lower(next).characterCount <= 3, next.spaceBefore {
            return   // "5 bn" is rare; "5 m" is metres
        }
        r.value *= scale
        r.last += 1
    }

    /// The currency unit when a symbol ("$", "£", "US$") stands right before token `k`.
    static func currencyBefore(_ k: Int, _ s: SentenceScope) -> String? {
        guard let t = s.token(k - 1), t.kind == .punct, !s.tokens[k].spaceBefore else { return nil }
        return Lexicon.currency(symbol: t.scalar)
    }
}
