/// The number grammar: reads a number expression at a token — digits with thousands separators and
/// decimals ("1,200", "3.5"), number words ("six", "twenty-one", "a dozen", "a hundred and five",
/// "two thousand five hundred"), a following scale ("2 million", "4.2bn") — and the currency, unit and
/// qualifier around it. The extractor's rules, `NumberGrammar.mentions` (the evidence matcher) and
/// through them the consistency checker all read numbers here, so that one text gives one value everywhere.
///
/// Refused: digits whose commas are not thousands separators ("1,20", "3,5": a typo or a decimal comma —
/// no guess), fractions and clock times ("1/2", "10:30") and numbers with an ordinal or clock suffix ("21st", "5pm").
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
            guard let v = digitsValue(s.lower(t)), !isFractionOrTime(k, s) else { return nil }
            var reading = Reading(value: v, first: k, last: k, inWords: false)
            applyScale(&reading, s)
            return reading
        }
        guard t.kind == .word, t.classes.contains(.numberWord) else { return nil }
        return readWords(at: k, s)
    }

    /// Digits joined to a fraction, a ratio or a clock time ("1/2", "10:30"), or carrying an ordinal or
    /// clock suffix ("21st", "5pm"): not an amount.
    private static func isFractionOrTime(_ k: Int, _ s: SentenceScope) -> Bool {
        if let next = s.token(k + 1), !next.spaceBefore {
            if next.kind == .word, next.classes.contains(.numberBlocker) { return true }
            if next.isPunct(":") || next.isPunct("/"), let after = s.token(k + 2), after.kind == .number,
                !after.spaceBefore
            {
                return true
            }
        }
        if let prev = s.token(k - 1), !s.tokens[k].spaceBefore, prev.isPunct(":") || prev.isPunct("/"),
            let before = s.token(k - 2), before.kind == .number, !prev.spaceBefore
        {
            return true
        }
        return false
    }

    /// Number words from token `k`: "six", "twenty one", "a dozen", "two dozen", "a hundred and five",
    /// "one hundred twenty", "two thousand five hundred", "three million".
    private static func readWords(at k: Int, _ s: SentenceScope) -> Reading? {
        let w = s.lowers[k]
        var group: Double
        var last = k
        if w == "a" || w == "an" {
            // "a dozen", "a hundred", "a million" — never "a m" or a plural ("a thousands").
            guard s.has(k + 1, .scale) || s.has(k + 1, .numberWord), let next = s.word(k + 1),
                next == NumberWords.dozen || NumberWords.spelledScales.contains(next)
            else { return nil }
            group = 1
        } else if w == NumberWords.dozen {
            return Reading(value: 12, first: k, last: k, inWords: true)
        } else {
            guard let value = NumberWords.value(of: w) else { return nil }
            group = value
            // "twenty one"
            if value >= 20, value < 100, value.truncatingRemainder(dividingBy: 10) == 0, let next = s.word(k + 1),
                let u = NumberWords.units[next], u > 0, u < 10
            {
                group += Double(u)
                last = k + 1
            }
        }
        var total = 0.0
        var lastScale = Double.infinity  // the last of thousand, million … read: each next one is smaller
        var hundreds = false  // the group already has its hundreds
        while s.has(last + 1, .scale) || s.has(last + 1, .numberWord), let next = s.word(last + 1) {
            if next == NumberWords.dozen, group > 0, group < 100, !hundreds {
                group *= 12  // "a dozen", "two dozen"
                last += 1
                break
            }
            guard NumberWords.spelledScales.contains(next), let scale = NumberWords.scales[next] else { break }
            if scale == 100 {
                guard !hundreds, group > 0, group < 100 else { break }
                group *= 100
                hundreds = true
                last += 1
                // "a hundred and five", "one hundred twenty"
                if let (more, end) = smallNumber(after: last, s) {
                    group += more
                    last = end
                }
                continue
            }
            guard scale < lastScale, group > 0, group < 1000 else { break }
            total += group * scale
            group = 0
            hundreds = false
            last += 1
            lastScale = scale
            // "two thousand five hundred", "a thousand and one", "one million two hundred thousand"
            guard let (more, end) = smallNumber(after: last, s) else { break }
            group = more
            last = end
        }
        return Reading(value: total + group, first: k, last: last, inWords: true)
    }

    /// A number below a hundred in words right after token `k` ("five", "twenty-one", "twenty one"),
    /// perhaps after "and" ("a hundred and five"); its value and last token.
    private static func smallNumber(after k: Int, _ s: SentenceScope) -> (Double, Int)? {
        var p = k + 1
        if s.word(p) == "and" { p += 1 }
        guard let w = s.word(p), let v = NumberWords.value(of: w), v > 0 else { return nil }
        if v >= 20, v.truncatingRemainder(dividingBy: 10) == 0, let next = s.word(p + 1),
            let u = NumberWords.units[next], u > 0, u < 10
        {
            return (v + Double(u), p + 1)
        }
        return (v, p)
    }

    /// The second number of a range after reading `r`: "20-30", "20–30", "20 to 30", "between 20 and 30"
    /// (a larger number, in words only after words); nil otherwise, and for a change ("from 20 to 30").
    static func rangeEnd(after r: Reading, _ s: SentenceScope) -> Reading? {
        let p = r.last + 1
        guard let t = s.token(p) else { return nil }
        switch t.kind {
        case .punct:
            guard t.isPunct("-") || t.isPunct("–") else { return nil }
        case .word:
            let w = s.lowers[p]
            if w == "to" {
                guard s.word(r.first - 1) != "from" else { return nil }
            } else if w == "and" {
                guard s.word(r.first - 1) == "between" else { return nil }
            } else {
                return nil
            }
        default:
            return nil
        }
        guard let second = read(at: p + 1, s), !second.inWords || r.inWords, second.value > r.value else { return nil }
        return second
    }

    /// The value of a number word or hyphenated compound ("twenty-one"); nil otherwise (`NumberWords.value`).
    static func wordValue(_ w: String) -> Double? { NumberWords.value(of: w) }

    /// The value of a number token's digits: "1,200" → 1200, "3.5" → 3.5, "1,200.75" → 1200.75; nil when
    /// a comma is not a thousands separator ("1,20", "12,00,000", "1.5,000") or for more than one decimal point.
    ///
    /// The digits are read as an integer N and a count k of decimals; N / 10ᵏ is then one correctly
    /// rounded division of two exact doubles (N < 10¹⁵ < 2⁵³, k ≤ 15), which is the correctly rounded
    /// value of the decimal — what `Double(String)` returns. Longer numbers take that slower path.
    static func digitsValue(_ digits: String) -> Double? {
        var mantissa: UInt64 = 0
        var decimals = -1  // -1 until the point
        var plain = true
        var group = 0  // digits since the start or the last comma
        var commas = false
        for c in digits.utf8 {
            if c == 0x2C {
                // A separator: after one to three digits (three after an earlier comma), before the point.
                guard decimals < 0, group > 0, commas ? group == 3 : group <= 3 else { return nil }
                commas = true
                group = 0
                continue
            }
            if c == 0x2E {
                guard decimals < 0, !commas || group == 3 else { return nil }
                decimals = 0
                continue
            }
            guard c &- 0x30 < 10 else { return nil }
            if decimals < 0 { group += 1 }
            // Both bounds: leading zeros ("0.0000000000000001") keep N small while k grows.
            guard plain, mantissa < 100_000_000_000_000, decimals < 15 else {
                plain = false
                continue
            }
            mantissa = mantissa * 10 + UInt64(c - 0x30)
            if decimals >= 0 { decimals += 1 }
        }
        if commas && decimals < 0 && group != 3 { return nil }
        if plain && decimals < 0 { return Double(mantissa) }
        if plain && decimals > 0 { return Double(mantissa) / Self.powersOfTen[decimals] }
        return Double(String(digits.unicodeScalars.filter { $0 != "," }))  // too long, or a trailing point
    }

    /// 10⁰ … 10¹⁵, each exact in a `Double`.
    private static let powersOfTen: [Double] = [
        1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15,
    ]

    private static func applyScale(_ r: inout Reading, _ s: SentenceScope) {
        guard let next = s.token(r.last + 1), next.kind == .word, next.classes.contains(.scale),
            let scale = NumberWords.scales[s.lower(next)]
        else { return }
        // Attached letters ("4.2bn", "5m") or a spelled scale ("2 million"); never "m" for metres after a
        // bare number (the quantity rule decides that), and never a plural scale ("thousands of").
        if s.lower(next).endsWith("s") && s.lower(next).characterCount > 2 { return }
        if s.lower(next) == "m" || s.lower(next) == "b" || s.lower(next) == "k" {
            guard !next.spaceBefore, currencyBefore(r.first, s) != nil else { return }
        } else if s.lower(next).characterCount <= 3, next.spaceBefore {
            return  // "5 bn" is rare; "5 m" is metres
        }
        r.value *= scale
        r.last += 1
    }

    /// The currency when a symbol ("$", "£", "US$") stands right before token `k`, or a code ("USD 5 million").
    static func currencyBefore(_ k: Int, _ s: SentenceScope) -> MeasureUnit? {
        guard let t = s.token(k - 1) else { return nil }
        if t.kind == .word, s.tokens[k].spaceBefore, t.byteCount <= 4 {
            return MeasureUnit.currencyWordsBefore[s.lower(t)]  // "USD 5 million", "dlrs 3.2 million"
        }
        guard t.kind == .punct, !s.tokens[k].spaceBefore else { return nil }
        return MeasureUnit.currency(symbol: t.scalar)
    }

    /// The first token of a currency written before token `k`: the symbol, or the country letters of "US$", "A$".
    static func currencyStart(before k: Int, _ s: SentenceScope) -> Int {
        let symbol = k - 1
        if let us = s.token(symbol - 1), us.kind == .word, !s.tokens[symbol].spaceBefore,
            ["us", "a", "c", "nz", "hk"].contains(s.lower(us))
        {
            return symbol - 1
        }
        return symbol
    }

    /// The unit written at token `p` after the number `r` — "%", "per cent", "percentage points", a currency
    /// word ("dollars") or a measure ("km", "sq km") — and its last token. `hasCurrency` is true when a
    /// currency symbol stood before the number: only shares may then follow.
    static func unit(at p: Int, after r: Reading, hasCurrency: Bool, _ s: SentenceScope) -> (
        unit: MeasureUnit, last: Int
    )? {
        guard let t = s.token(p) else { return nil }
        if t.kind == .punct { return t.isPunct("%") ? (MeasureUnit.percent, p) : nil }
        guard t.kind == .word else { return nil }
        let w = s.lower(t)
        if w == "per", s.word(p + 1) == "cent" { return (MeasureUnit.percent, p + 1) }
        if w == "percentage", let pts = s.word(p + 1), pts.startsWith("point") {
            return (MeasureUnit.percentagePoints, p + 1)
        }
        guard t.classes.contains(.unitWord), !hasCurrency, let unit = MeasureUnit.aliases[w] else { return nil }
        if unit.dimension != .money {
            // One-letter units only attached ("5m", not "5 m"), and "m" after thousands is millions.
            if w.characterCount == 1 && t.spaceBefore { return nil }
            if w == "m" && !t.spaceBefore && r.value >= 1000 { return nil }
        }
        if unit.name == "square", let area = s.word(p + 1), let length = MeasureUnit.aliases[area],
            let square = MeasureUnit.byName["square \(length.name)"]
        {
            return (square, p + 1)
        }
        return (unit, p)
    }

    /// The qualifier written before token `first` ("more than", "about", "up to") and its first token;
    /// `.exact` and `first` when there is none.
    static func qualifier(before first: Int, _ s: SentenceScope) -> (Qualifier, Int) {
        guard s.has(first - 1, .qualifierEnd) else { return (.exact, first) }
        // The longest phrase that matches: "no more than" (at most), not its tail "more than".
        var best: (Qualifier, Int) = (.exact, first)
        for (words, q) in Lexicon.qualifiersByLastWord[s.lowers[first - 1]] ?? [] {
            if let at = s.matchesBefore(words, endingBefore: first), at < best.1 { best = (q, at) }
        }
        return best
    }
}
