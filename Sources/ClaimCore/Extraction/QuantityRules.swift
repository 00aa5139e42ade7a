/// Quantities and casualty counts: a number, its qualifier ("more than"), its unit ("km", "$",
/// "per cent") or counted noun ("members of parliament"), and whether it counts people harmed.
enum QuantityRules {
    /// Appends the sentence's quantities and casualty counts to `facts`, skipping consumed tokens.
    static func facts(_ s: inout SentenceScope, into facts: inout [Fact]) {
        var k = s.range.lowerBound
        var previous: CasualtyRules.Previous?
        while k < s.range.upperBound {
            let t = s.tokens[k]
            if t.kind != .number && !t.classes.contains(.numberWord)
                || s.consumed.contains(k) && !s.reservedCounts.contains(k)
            {
                k += 1
                continue
            }  // no number here
            guard let reading = NumberReader.read(at: k, s), !isLabel(reading, s),
                NonFactRules.rule(first: reading.first, last: reading.last, s) == nil
            else {
                k += 1
                continue
            }
            if let (fact, last) = quantity(reading, &s, previous: previous) {
                if fact.kind == .casualty { previous = CasualtyRules.Previous(last: reading.last, noun: fact.noun) }
                facts.append(fact)
                for i in reading.first...max(reading.last, last) { s.consumed.insert(i) }
                k = max(reading.last, last) + 1
            } else {
                k = reading.last + 1
            }
        }
    }

    /// Numbers that are names, times, ordinals or parts of codes rather than amounts.
    private static func isLabel(_ r: NumberReader.Reading, _ s: SentenceScope) -> Bool {
        let t = s.tokens[r.first]
        if t.kind == .number {
            if let next = s.token(r.first + 1), !next.spaceBefore {
                if next.kind == .word, next.classes.contains(.numberBlocker) { return true }  // 10am, 21st
                if next.kind == .punct, [":", "/"].contains(s.lower(next)), s.token(r.first + 2)?.kind == .number {
                    return true
                }
            }
            if let prev = s.token(r.first - 1), !t.spaceBefore, prev.kind == .punct,
                [":", "/", "#"].contains(s.lower(prev))
            {
                return true
            }
            if let next = s.token(r.last + 1), next.kind == .word, next.classes.contains(.numberBlocker),
                s.lower(next).utf8.count > 2
            {
                return true
            }
        }
        var p = r.first - 1
        if s.punct(p, ".") { p -= 1 }
        if s.has(p, .label) { return true }
        if let prev = s.token(r.first - 1), prev.kind == .word, prev.upper, !prev.classes.contains(.month),
            NumberReader.currencyBefore(r.first, s) == nil,
            t.kind == .number, !s.lower(t).utf8.contains(0x2C), t.byteCount <= 3,
            s.token(r.last + 1)?.kind != .word || s.has(r.last + 1, .nounStop),
            prev.start > s.tokens[s.range.lowerBound].start
        {
            // "Apollo 11", "Airbus A320 9", "Hurricane Katrina 2" — a capitalised name followed by a bare number
            return true
        }
        return false
    }

    /// The fact for a number reading and the index of its last token.
    private static func quantity(_ r: NumberReader.Reading, _ s: inout SentenceScope, previous: CasualtyRules.Previous?)
        -> (Fact, Int)?
    {
        var first = r.first
        var last = r.last
        var unit: String?
        if let currency = NumberReader.currencyBefore(r.first, s) {
            unit = currency.name
            first = NumberReader.currencyStart(before: r.first, s)
        }
        // A range ("20-30 people", "20 to 30 people") shares the noun of its second number.
        var p = last + 1
        let upper = NumberReader.rangeEnd(after: r, s)
        if let upper { p = upper.last + 1 }
        // Units written after the number.
        if let (u, end) = NumberReader.unit(at: p, after: r, hasCurrency: unit != nil, s) {
            unit = u.name
            last = end
            p = end + 1
        }
        // The counted noun.
        var nounFirst: Int?
        var nounLast: Int?
        var largerCount = false  // the noun follows a second count, which stays to be read ("Eight of the 14 killings")
        if unit == nil || MeasureUnit.symbolCurrencyNames.contains(unit!) {
            if s.punct(p, "-"), !(s.tokens[p].spaceBefore), let w = s.token(p + 1), w.kind == .word, !w.spaceBefore {
                nounFirst = p + 1
                nounLast = p + 1  // "25-year-old", "10-day"
                if let more = nounWords(from: p + 2, s, limit: 1) { nounLast = more.upperBound - 1 }
            } else if s.word(p) == "of", unit == nil {
                var q = p + 1
                if let w = s.word(q), QuantityLexicon.ofDeterminers.contains(w) { q += 1 }
                let pronoun =
                    s.word(q - 1).map(QuantityLexicon.pronounDeterminers.contains) == true
                    && s.word(q).map(QuantityLexicon.subjectVerbs.contains) == true
                // "Eight of the 14 killings": the noun of the larger count.
                if s.token(q)?.kind == .number, s.word(q + 1) != nil {
                    q += 1
                    largerCount = true
                }
                if !pronoun, let w = s.word(q), !QuantityLexicon.superlatives.contains(w),
                    let words = nounWords(from: q, s, limit: 4)
                {
                    nounFirst = words.lowerBound
                    nounLast = words.upperBound - 1
                }
            } else if let w = s.word(p), QuantityLexicon.countModifierInitials.mayContain(w),
                QuantityLexicon.countModifiers.contains(w),
                let words = nounWords(from: p + 1, s, limit: 3)
            {
                nounFirst = words.lowerBound
                nounLast = words.upperBound - 1  // "three more miners", "two other guards"
            } else if let words = nounWords(from: p, s, limit: 4) {
                nounFirst = words.lowerBound
                nounLast = words.upperBound - 1
                // "members of parliament": one more word after "of" when it is not a determiner.
                if let w = s.word(nounLast! + 1), w == "of", let x = s.token(nounLast! + 2), x.kind == .word,
                    !x.classes.contains(.nounStop),
                    !x.classes.contains(.numberWord) || NumberReader.wordValue(s.lower(x)) == nil,
                    !x.upper || x.classes.contains(.role)
                {
                    nounLast = nounLast! + 2
                }
            }
        }
        // "magnitude 6.2 earthquake": the figure is the magnitude.
        if s.word(r.first - 1) == "magnitude", unit == nil {
            return (
                Fact(
                    kind: .quantity, text: s.text(r.first - 1, r.last), span: s.span(r.first - 1, r.last),
                    value: r.value, qualifier: .exact, noun: "magnitude"), r.last
            )
        }
        let noun = nounFirst.map { s.text($0, nounLast!) }
        let numberLast = unit == nil ? p - 1 : last  // the number, or the second of a range
        if let nl = nounLast { last = max(last, nl) }
        if s.lowers[r.first] == "one", let prev = s.word(r.first - 1), QuantityLexicon.oneIsNotACount.contains(prev) {
            return nil
        }
        // Qualifier before the number (or its currency symbol); "between" opens a range.
        var (qualifier, qualifierFirst) = NumberReader.qualifier(before: first, s)
        if upper != nil, s.word(first - 1) == "between" { (qualifier, qualifierFirst) = (.exact, first - 1) }
        // A casualty, by the grammars of `CasualtyRules`.
        if unit == nil, !(nounFirst != nil && s.punct(nounFirst! - 1, "-")),
            let casualty = CasualtyRules.judge(
                CasualtyRules.Count(
                    qualifierFirst: qualifierFirst, numberLast: numberLast,
                    nounFirst: nounFirst, nounLast: nounLast), s, previous: previous)
        {
            let end = max(last, casualty.textLast)
            return (
                Fact(
                    kind: .casualty, text: s.text(casualty.textFirst, end), span: s.span(casualty.textFirst, end),
                    value: r.value, qualifier: qualifier, noun: casualty.noun, upper: upper?.value),
                largerCount ? r.last : end
            )
        }
        // "One senior official said", "one direction": "one" before a singular noun names, it does not count.
        if s.lowers[r.first] == "one", r.first == r.last, let nl = nounLast, let nf = nounFirst, !s.punct(nf - 1, "-"),
            s.word(r.first + 1) != "of", !s.lowers[nl].hasSuffix("s"), unit == nil
        {
            return nil
        }
        if r.inWords {
            // Number words count only with something counted ("six fighters", "one of its jets", "two million").
            if noun == nil && unit == nil && r.value < 1000 { return nil }
            if s.lowers[r.first] == "one", noun == nil { return nil }
        }
        if s.tokens[r.first].kind == .number, noun == nil, unit == nil, r.value >= 1800, r.value <= 2100,
            !s.lowers[r.first].utf8.contains(0x2C)
        {
            return nil  // a year the date rules did not take ("the 2016 budget")
        }
        if noun == nil, unit == nil {
            // A labelled count that makes a whole line of a table: "Hospitalized: 542", "Treated and discharged: 4,257".
            guard let label = labelledCount(colon: qualifierFirst - 1, numberLast: numberLast, s) else { return nil }
            // After a labelled toll, a labelled count of people breaks it down ("Total dead: 192" / "Americans: 12").
            let breakdown = s.afterCasualtyTableLine && s.has(label.upperBound - 1, .personNoun)
            return (
                Fact(
                    kind: breakdown ? .casualty : .quantity, text: s.text(label.lowerBound, last),
                    span: s.span(label.lowerBound, last),
                    value: r.value, qualifier: qualifier, noun: s.text(label.lowerBound, label.upperBound - 1)), last
            )
        }
        return (
            Fact(
                kind: .quantity, text: s.text(qualifierFirst, last), span: s.span(qualifierFirst, last),
                value: r.value, qualifier: qualifier, noun: noun, unit: unit, upper: upper?.value),
            largerCount ? r.last : last
        )
    }

    /// The label of a count standing alone on a line after a colon ("Hospitalized: 542"): up to four words from
    /// the start of the sentence, the count ending it.
    private static func labelledCount(colon: Int, numberLast: Int, _ s: SentenceScope) -> Range<Int>? {
        guard s.punct(colon, ":"), colon > s.range.lowerBound, colon - s.range.lowerBound <= 4,
            numberLast + 1 == s.range.upperBound
                || numberLast + 2 == s.range.upperBound && s.punct(numberLast + 1, "."),
            (s.range.lowerBound..<colon).allSatisfy({ s.tokens[$0].kind == .word })
        else { return nil }
        return s.range.lowerBound..<colon
    }

    /// Up to `limit` words of a counted noun starting at `p`: adjectives and nouns, stopping at
    /// function words, verbs of saying, participles and adverbs (after the first word) and punctuation.
    private static func nounWords(from p: Int, _ s: SentenceScope, limit: Int) -> Range<Int>? {
        var q = p
        while q < s.range.upperBound, q - p < limit {
            let t = s.tokens[q]
            // "32 death claims", "seven states": speech verbs that are plural nouns count.
            let speechNoun =
                t.classes.contains(.speechVerb) && QuantityLexicon.countableSpeechNouns.contains(s.lower(t))
            // A date the date rules took ends the noun ("$5 billion last year").
            guard t.kind == .word, !s.consumed.contains(q), !t.classes.contains(.nounStop),
                !t.classes.contains(.speechVerb) || speechNoun,
                !t.classes.contains(.numberWord) || NumberReader.wordValue(s.lower(t)) == nil,
                !t.classes.contains(.month) || s.lower(t).characterCount > 3 && !t.upper,
                !t.classes.contains(.weekday)
            else { break }
            // A participle or adverb ends the noun, unless it modifies a noun of people that follows
            // ("Seven hospital cleaning staff"); a few -ly words are adjectives ("six elderly traders").
            let modifiesPeople = s.has(q + 1, .personNoun) && !s.has(q, .harm)
            let lyModifier = s.lower(t).utf8.last == 0x79 && CasualtyLexicon.lyModifiers.contains(s.lower(t))
            if q > p,
                s.lower(t).endsWith("ed") || s.lower(t).endsWith("ing") || s.lower(t).endsWith("ly") && !lyModifier,
                !modifiesPeople
            {
                break
            }
            if t.classes.contains(.plainVerb) { break }
            // A capitalised word after a plural ends the noun ("soldiers Reuters"); after a modifier it may be part
            // of it ("1,500 ethnic Albanians", "two former Libyan intelligence agents").
            if q > p, t.upper, !t.classes.contains(.personNoun),
                (p..<q).contains(where: { s.lowers[$0].hasSuffix("s") && !s.tokens[$0].upper })
            {
                break
            }
            if q == p, s.lower(t).endsWith("ly"), !lyModifier { break }
            if q > p, t.classes.contains(.harm), !CasualtyLexicon.casualtyNouns.contains(s.lower(t)) { break }
            q += 1
        }
        // A counted noun ends on a common noun or a plural name ("Albanians", "GIs"), never on a name ("469 Vermont
        // Avenue", "3 men Smith").
        while q > p, s.tokens[q - 1].upper, !s.tokens[q - 1].classes.contains(.personNoun),
            !s.lowers[q - 1].hasSuffix("s")
        { q -= 1 }
        return q > p ? p..<q : nil
    }
}
