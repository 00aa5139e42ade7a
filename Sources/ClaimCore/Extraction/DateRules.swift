/// Dates: absolute (years, "24 February 2016", "February 2016", "the summer of 2014", "the 1990s") and
/// relative ("yesterday", "On Friday", "at the weekend", "earlier this month", "next week", "three
/// days ago"), resolved against the publication date to ISO 8601: a day, a month, a year or an interval
/// `A/B`. Without a publication date, relative and year-less dates are kept with no `resolved`.
struct DateRules {
    let published: CalendarDay?

    /// Appends the sentence's dates to `facts` and marks their tokens consumed.
    func facts(_ s: inout SentenceScope, into facts: inout [Fact]) {
        var k = s.range.lowerBound
        while k < s.range.upperBound {
            if Self.mayStartDate(s.tokens[k]), !s.consumed.contains(k), let (first, last, resolved) = match(at: k, s) {
                facts.append(Fact(kind: .date, text: s.text(first, last), span: s.span(first, last), resolved: resolved))
                for i in first...last { s.consumed.insert(i) }
                k = last + 1
            } else {
                k += 1
            }
        }
    }

    /// Classes of the words a date may start on (or be anchored on).
    private static let startClasses: WordClass = [.dateStart, .weekday, .month, .season, .numberWord]

    /// Whether `match` can find anything at this token: a number, or a word of `startClasses`.
    private static func mayStartDate(_ t: Token) -> Bool {
        t.kind == .number || !t.classes.isDisjoint(with: startClasses)
    }

    /// A date starting at (or anchored on) token `k`: (first token, last token, resolved value).
    private func match(at k: Int, _ s: SentenceScope) -> (Int, Int, String?)? {
        let t = s.tokens[k]
        if t.kind == .number { return numeric(at: k, s) }
        guard t.kind == .word else { return nil }
        // Most words start no date: one bit test instead of a dozen string comparisons.
        let c = t.classes
        guard !c.isDisjoint(with: Self.startClasses) else { return nil }
        let w = s.lower(t)
        if c.contains(.dayWord) {
            let offset = w == "yesterday" ? -1 : w == "tomorrow" ? 1 : 0
            if w == "yesterday", let first = s.matchesBefore(["the", "day", "before"], endingBefore: k) {
                return (first, k, day(-2))
            }
            return (k, k, day(offset))
        }
        if c.contains(.relativeWord) { return relative(at: k, s) }
        if c.contains(.periodWord) {
            if s.word(k + 1) == "the", s.word(k + 2) == "weekend" { return (k, k + 2, weekend(next: false)) }
            return nil
        }
        if c.contains(.article) {
            if let unit = s.word(k + 1), s.word(k + 2) == "ago" { return ago(1, unit).map { (k, k + 2, $0) } }
            return nil
        }
        if c.contains(.numberWord), s.word(k + 2) == "ago", let unit = s.word(k + 1), let n = NumberReader.wordValue(w) {
            return ago(Int(n), unit).map { (k, k + 2, $0) }
        }
        if c.contains(.weekday), let wd = Lexicon.weekdays[w], t.upper { return weekday(wd, at: k, s) }
        if c.contains(.month), let m = Lexicon.months[w], t.upper { return monthDate(m, at: k, s) }
        if c.contains(.season), let season = Lexicon.seasons[w] { return seasonDate(season, at: k, s) }
        if w.startsWith("mid-"), let y = Int(w.dropFirst(4)), (1800...2100).contains(y) { return (k, k, String(y)) }
        return nil
    }

    // MARK: Absolute

    private func numeric(at k: Int, _ s: SentenceScope) -> (Int, Int, String?)? {
        let t = s.tokens[k]
        guard let n = Int(s.lower(t)) else { return nil }
        // ISO 8601 in the text: 2016-02-24.
        if t.byteCount == 4, s.punct(k + 1, "-"), let mt = s.token(k + 2), mt.kind == .number, !mt.spaceBefore,
           s.punct(k + 3, "-"), let dt = s.token(k + 4), dt.kind == .number, !dt.spaceBefore,
           let m = Int(s.lower(mt)), let d = Int(s.lower(dt)), let date = CalendarDay(year: n, month: m, day: d) {
            return (k, k + 4, date.iso)
        }
        // Day Month [Year]: "24 February 2016", "24th February".
        if (1...31).contains(n), t.byteCount <= 2 {
            var j = k + 1
            if let suffix = s.token(j), suffix.kind == .word, !suffix.spaceBefore, ["st", "nd", "rd", "th"].contains(s.lower(suffix)) { j += 1 }
            if s.word(j) == "of" { j += 1 }
            if let mt = s.token(j), mt.kind == .word, mt.upper, mt.classes.contains(.month), let m = Lexicon.months[s.lower(mt)] {
                var last = j
                if s.punct(last + 1, "."), s.lower(mt).characterCount <= 4, !["may", "june", "july"].contains(s.lower(mt)) { last += 1 }
                if let y = year(at: last + 1, s) { return (k, last + 1, CalendarDay(year: y, month: m, day: n)?.iso) }
                return (k, last, inferred(month: m, day: n, s, before: k))
            }
            return nil
        }
        guard t.byteCount == 4, !s.lower(t).utf8.contains(0x2C), (1800...2100).contains(n) else { return nil }
        // "the 1990s"
        if let suffix = s.token(k + 1), suffix.kind == .word, !suffix.spaceBefore, s.lower(suffix) == "s", n % 10 == 0 {
            var first = k
            if s.word(k - 1) == "the" { first = k - 1 }
            return (first, k + 1, "\(n)/\(n + 9)")
        }
        guard year(at: k, s) != nil else { return nil }
        // "2015-16", "2015-2016"
        if s.punct(k + 1, "-") || s.punct(k + 1, "–"), let second = s.token(k + 2), second.kind == .number, !second.spaceBefore,
           let m = Int(s.lower(second)) {
            let end = second.byteCount == 2 ? n / 100 * 100 + m : m
            if end > n, end - n < 10 { return (k, k + 2, "\(n)/\(end)") }
        }
        return (k, k, String(n))
    }

    /// A four-digit year at `k` that is not a count ("2000 people") or an amount ("$2014").
    private func year(at k: Int, _ s: SentenceScope) -> Int? {
        guard let t = s.token(k), t.kind == .number, t.byteCount == 4, let y = Int(s.lower(t)), (1800...2100).contains(y) else { return nil }
        if let next = s.token(k + 1) {
            if next.kind == .word, next.classes.contains(.personNoun) || next.classes.contains(.unitWord) || s.lower(next) == "per" { return nil }
            if next.isPunct("%") { return nil }
        }
        if NumberReader.currencyBefore(k, s) != nil { return nil }
        if s.token(k - 1)?.classes.contains(.qualifierEnd) == true {
            for words in Self.qualifiersBeforeCounts[s.lowers[k - 1]] ?? [] where s.matchesBefore(words, endingBefore: k) != nil { return nil }
        }
        return y
    }

    private func monthDate(_ m: Int, at k: Int, _ s: SentenceScope) -> (Int, Int, String?)? {
        let w = s.lowers[k]
        var j = k + 1
        if s.punct(j, "."), w.characterCount <= 4 { j += 1 }
        // Month Day[,] [Year]: "February 24, 2016"
        if let dt = s.token(j), dt.kind == .number, let d = Int(s.lower(dt)), (1...31).contains(d), dt.byteCount <= 2 {
            var last = j
            if let suffix = s.token(last + 1), suffix.kind == .word, !suffix.spaceBefore, ["st", "nd", "rd", "th"].contains(s.lower(suffix)) { last += 1 }
            let comma = s.punct(last + 1, ",") ? 1 : 0
            if let y = year(at: last + 1 + comma, s) { return (k, last + 1 + comma, CalendarDay(year: y, month: m, day: d)?.iso) }
            return (k, last, inferred(month: m, day: d, s, before: k))
        }
        // Month Year: "February 2016"
        if let y = year(at: j, s) { return (k, j, CalendarDay.iso(year: y, month: m)) }
        // Month alone needs a preposition or modifier before it ("in February", "last March", "early May"),
        // and abbreviations never stand alone.
        guard w.characterCount > 3 else { return nil }
        let before = s.word(k - 1)
        guard let b = before, Self.monthModifiers.contains(b) else { return nil }
        if w == "may" || w == "march", !["in", "since", "until", "by", "last", "next", "early", "late", "mid", "of", "during"].contains(b) { return nil }
        var first = k
        if ["last", "next", "this", "early", "late", "mid"].contains(b) { first = k - 1 }
        guard let p = published else { return (first, k, nil) }
        var y = p.year
        if b == "last" || b == "since" { if m >= p.month { y -= 1 } }
        else if b == "next" || Self.futureContext(before: k, s) { if m < p.month { y += 1 } }
        else if m > p.month { y -= 1 }   // news reports the past: "in December", written in March, is last December
        return (first, k, CalendarDay.iso(year: y, month: m))
    }

    /// The year of a day-month date without one: the nearest such date to publication.
    private func inferred(month m: Int, day d: Int, _ s: SentenceScope, before k: Int) -> String? {
        guard let p = published else { return nil }
        let candidates = [p.year - 1, p.year, p.year + 1].compactMap { CalendarDay(year: $0, month: m, day: d) }
        let best = candidates.min { abs($0.daysSinceEpoch - p.daysSinceEpoch) < abs($1.daysSinceEpoch - p.daysSinceEpoch) }
        return best?.iso
    }

    private func seasonDate(_ season: (Int, Int), at k: Int, _ s: SentenceScope) -> (Int, Int, String?)? {
        func range(_ y: Int) -> String {
            CalendarDay.iso(year: y, month: season.0) + "/" + CalendarDay.iso(year: season.0 > season.1 ? y + 1 : y, month: season.1)
        }
        var first = k
        if s.word(k - 1) == "the" { first = k - 1 }
        if s.word(k + 1) == "of", let y = year(at: k + 2, s) { return (first, k + 2, range(y)) }
        if let y = year(at: k + 1, s) { return (first, k + 1, range(y)) }
        if let b = s.word(k - 1), ["last", "this", "next", "past"].contains(b) {
            guard let p = published else { return (k - 1, k, nil) }
            let wraps = season.0 > season.1
            let inSeason = wraps ? (p.month >= season.0 || p.month <= season.1) : (season.0...season.1).contains(p.month)
            // The year in which the most recent (or current) instance of the season started.
            let recent = wraps ? (p.month >= season.0 ? p.year : p.year - 1) : (p.month >= season.0 ? p.year : p.year - 1)
            let y: Int
            switch b {
            case "this": y = wraps && p.month <= season.1 ? p.year - 1 : p.year
            case "next": y = recent + 1
            default: y = inSeason ? recent - 1 : recent
            }
            return (k - 1, k, range(y))
        }
        return nil
    }

    // MARK: Relative

    private func weekday(_ wd: Int, at k: Int, _ s: SentenceScope) -> (Int, Int, String?)? {
        var first = k
        var direction = 0   // -1 past, 1 future, 0 decide by tense
        if let b = s.word(k - 1) {
            switch b {
            case "on", "since", "until", "by", "from": first = k - 1
            case "last", "past": first = k - 1; direction = -1
            case "next", "coming": first = k - 1; direction = 1
            case "this": first = k - 1
            default: break
            }
        }
        if let b = s.word(first - 1), b == "on" || b == "until", first == k - 1, s.word(k - 1) == "next" || s.word(k - 1) == "last" { first -= 1 }
        // "Friday, February 19": the absolute date wins.
        var j = k + 1
        if s.punct(j, ",") { j += 1 }
        if let t = s.token(j), (t.kind == .word && t.upper && t.classes.contains(.month)) || (t.kind == .number && (Int(s.lower(t)) ?? 99) <= 31 && t.byteCount <= 2) {
            if let (_, last, resolved) = match(at: j, s) { return (first, last, resolved) }
        }
        var last = k
        if let part = s.word(k + 1), ["morning", "afternoon", "evening", "night"].contains(part) { last = k + 1 }
        guard let p = published else { return (first, last, nil) }
        if direction == 0 {
            direction = Self.futureContext(before: k, s) ? 1 : -1
        }
        var delta: Int
        if direction < 0 {
            delta = -((p.isoWeekday - wd + 7) % 7)
            if s.word(k - 1) == "last", delta == 0 { delta = -7 }
        } else {
            delta = (wd - p.isoWeekday + 7) % 7
            if delta == 0 { delta = 7 }
        }
        return (first, last, p.adding(days: delta).iso)
    }

    private func relative(at k: Int, _ s: SentenceScope) -> (Int, Int, String?)? {
        let w = s.lowers[k]
        var j = k + 1
        var modifier = w
        if (w == "earlier" || w == "later"), s.word(j) == "this" { j += 1; modifier = "this" }
        else if w == "earlier" || w == "later" { return nil }
        if w == "last", let n = s.word(j), n == "night" { return (k, j, day(-1)) }
        if w == "this", let n = s.word(j), ["morning", "afternoon", "evening"].contains(n) { return (k, j, day(0)) }
        if w == "the" { return nil }
        guard let unit = s.word(j) else { return nil }
        if w == "previous" {
            return unit == "day" && s.word(k - 1) == "the" ? (k - 1, j, day(-1)) : nil
        }
        let step: Int
        switch modifier {
        case "last", "past", "previous": step = -1
        case "next", "coming": step = 1
        case "this": step = 0
        default: return nil
        }
        guard ["week", "month", "year", "weekend", "decade"].contains(unit) else { return nil }
        var first = k
        if ["past", "coming"].contains(w), s.word(k - 1) == "the" { first = k - 1 }
        guard let p = published else { return (first, j, nil) }
        switch unit {
        case "week":
            if w == "past" { return (first, j, "\(p.adding(days: -7).iso)/\(p.iso)") }
            let monday = p.adding(days: -(p.isoWeekday - 1) + 7 * step)
            return (first, j, "\(monday.iso)/\(monday.adding(days: 6).iso)")
        case "weekend":
            // "this weekend" said on a weekday is the coming one.
            let upcoming = step > 0 || (step == 0 && p.isoWeekday <= 5)
            return (first, j, weekend(next: upcoming, last: step < 0))
        case "month":
            var y = p.year, m = p.month + step
            if m == 0 { m = 12; y -= 1 } else if m == 13 { m = 1; y += 1 }
            return (first, j, CalendarDay.iso(year: y, month: m))
        case "year":
            return (first, j, String(p.year + step))
        default:
            let start = (p.year / 10 + step) * 10
            return (first, j, "\(start)/\(start + 9)")
        }
    }

    private func ago(_ n: Int, _ unit: String) -> String? {
        guard let p = published else { return nil }
        switch unit {
        case "day", "days": return p.adding(days: -n).iso
        case "week", "weeks": return p.adding(days: -7 * n).iso
        case "month", "months":
            var y = p.year, m = p.month - n
            while m <= 0 { m += 12; y -= 1 }
            return CalendarDay.iso(year: y, month: m)
        case "year", "years": return String(p.year - n)
        default: return nil
        }
    }

    /// Words that let a month name stand alone as a date ("in February", "last March", "early May").
    static let monthModifiers: Set<String> = ["in", "since", "until", "till", "by", "last", "next", "this", "early", "late", "mid", "of",
                                              "from", "through", "during", "before", "after", "between", "and", "or"]

    /// Qualifiers that make a following four-digit number a count ("more than 2000", "nearly 1900"), not a year.
    /// By last word.
    static let qualifiersBeforeCounts: [String: [[String]]] = Dictionary(grouping: Lexicon.qualifiers.map(\.0).filter {
        $0.count > 1 || ["over", "under", "nearly", "almost", "about", "around"].contains($0[0])
    }) { $0.last! }

    /// Words of a future event ("will vote on Friday", "is due to meet next", "by December").
    static let futureWords: Set<String> = ["will", "shall", "would", "due", "scheduled", "expected", "plans", "plan", "planned", "set", "until", "by", "ahead"]

    /// Words that put an event in the past ("was held on Friday", "last").
    static let pastWords: Set<String> = ["was", "were", "had", "did", "ago", "last"]

    static func futureContext(before k: Int, _ s: SentenceScope) -> Bool {
        s.contains(.future, in: k - 6, k) && !s.contains(.past, in: k - 4, k)
    }

    private func day(_ offset: Int) -> String? { published?.adding(days: offset).iso }

    /// Saturday/Sunday: the most recent weekend (including one under way), or the coming one.
    private func weekend(next: Bool, last: Bool = false) -> String? {
        guard let p = published else { return nil }
        var saturday: CalendarDay
        if next {
            saturday = p.adding(days: (6 - p.isoWeekday + 7) % 7)
            if saturday == p { saturday = p.adding(days: 7) }
        } else {
            saturday = p.adding(days: -((p.isoWeekday - 6 + 7) % 7))
            if last, p.isoWeekday >= 6 { saturday = saturday.adding(days: -7) }
        }
        return "\(saturday.iso)/\(saturday.adding(days: 1).iso)"
    }
}
