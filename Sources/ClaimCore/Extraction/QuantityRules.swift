/// Quantities and casualty counts: a number, its qualifier ("more than"), its unit ("km", "$",
/// "per cent") or counted noun ("members of parliament"), and whether it counts people harmed.
enum QuantityRules {
    /// Appends the sentence's quantities and casualty counts to `facts`, skipping consumed tokens.
    static func facts(_ s: inout SentenceScope, into facts: inout [Fact]) {
        var k = s.range.lowerBound
        while k < s.range.upperBound {
            let t = s.tokens[k]
            if t.kind != .number && !t.classes.contains(.numberWord) || s.consumed.contains(k) { k += 1; continue }   // no number here
            guard let reading = NumberReader.read(at: k, s), !isLabel(reading, s) else { k += 1; continue }
            if let (fact, last) = quantity(reading, &s) {
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
                if next.kind == .word, next.classes.contains(.numberBlocker) { return true }      // 10am, 21st
                if next.kind == .punct, [":", "/"].contains(s.lower(next)), s.token(r.first + 2)?.kind == .number { return true }
            }
            if let prev = s.token(r.first - 1), !t.spaceBefore, prev.kind == .punct, [":", "/", "#"].contains(s.lower(prev)) { return true }
            if let next = s.token(r.last + 1), next.kind == .word, next.classes.contains(.numberBlocker), s.lower(next).utf8.count > 2 { return true }
        }
        var p = r.first - 1
        if s.punct(p, ".") { p -= 1 }
        if s.has(p, .label) { return true }
        if let prev = s.token(r.first - 1), prev.kind == .word, prev.upper, !prev.classes.contains(.month),
           t.kind == .number, !s.lower(t).utf8.contains(0x2C), t.byteCount <= 3, s.token(r.last + 1)?.kind != .word || s.has(r.last + 1, .nounStop),
           prev.start > s.tokens[s.range.lowerBound].start {
            return true   // "Apollo 11", "Airbus A320 9", "Hurricane Katrina 2" — a capitalised name followed by a bare number
        }
        return false
    }

    /// The fact for a number reading and the index of its last token.
    private static func quantity(_ r: NumberReader.Reading, _ s: inout SentenceScope) -> (Fact, Int)? {
        var first = r.first
        var last = r.last
        var unit: String?
        if let currency = NumberReader.currencyBefore(r.first, s) {
            unit = currency.name
            first = NumberReader.currencyStart(before: r.first, s)
        }
        // A range ("20-30 people", "20 to 30 people") shares the noun of its second number.
        var p = last + 1
        if let second = NumberReader.rangeEnd(after: r, s) {
            p = second.last + 1
        }
        // Units written after the number.
        if let (u, end) = NumberReader.unit(at: p, after: r, hasCurrency: unit != nil, s) {
            unit = u.name
            last = end
            p = end + 1
        }
        // The counted noun.
        var nounFirst: Int?
        var nounLast: Int?
        if unit == nil || MeasureUnit.symbolCurrencyNames.contains(unit!) {
            if s.punct(p, "-"), !(s.tokens[p].spaceBefore), let w = s.token(p + 1), w.kind == .word, !w.spaceBefore {
                nounFirst = p + 1; nounLast = p + 1      // "25-year-old", "10-day"
                if let more = nounWords(from: p + 2, s, limit: 1) { nounLast = more.upperBound - 1 }
            } else if s.word(p) == "of", unit == nil {
                var q = p + 1
                if let w = s.word(q), ["the", "its", "their", "his", "her", "our", "those", "these", "them", "whom", "which"].contains(w) { q += 1 }
                if let w = s.word(q), !Lexicon.superlatives.contains(w), let words = nounWords(from: q, s, limit: 3) {
                    nounFirst = words.lowerBound; nounLast = words.upperBound - 1
                }
            } else if let words = nounWords(from: p, s, limit: 3) {
                nounFirst = words.lowerBound; nounLast = words.upperBound - 1
                // "members of parliament": one more word after "of" when it is not a determiner.
                if let w = s.word(nounLast! + 1), w == "of", let x = s.token(nounLast! + 2), x.kind == .word,
                   !x.classes.contains(.nounStop), (!x.classes.contains(.numberWord) || NumberReader.wordValue(s.lower(x)) == nil), !x.upper || x.classes.contains(.role) {
                    nounLast = nounLast! + 2
                }
            }
        }
        // "magnitude 6.2 earthquake": the figure is the magnitude.
        if s.word(r.first - 1) == "magnitude", unit == nil {
            return (Fact(kind: .quantity, text: s.text(r.first - 1, r.last), span: s.span(r.first - 1, r.last),
                         value: r.value, qualifier: .exact, noun: "magnitude"), r.last)
        }
        let noun = nounFirst.map { s.text($0, nounLast!) }
        let head = nounLast.map { s.lowers[$0] } ?? ""
        if let nl = nounLast { last = max(last, nl) }
        if r.inWords {
            // Number words count only with something counted ("six fighters", "one of its jets", "two million")
            // or beside a word of harm ("five were wounded", checked below).
            if noun == nil && unit == nil && r.value < 1000 && !s.contains(.harm, in: r.last + 1, r.last + 4) { return nil }
            if s.lowers[r.first] == "one", noun == nil { return nil }
            if s.lowers[r.first] == "one", let prev = s.word(r.first - 1), ["no", "any", "every", "the", "each", "this"].contains(prev) { return nil }
        }
        if s.tokens[r.first].kind == .number, noun == nil, unit == nil, r.value >= 1800, r.value <= 2100,
           !s.lowers[r.first].utf8.contains(0x2C) {
            return nil   // a year the date rules did not take ("the 2016 budget")
        }
        // Qualifier before the number (or its currency symbol).
        let (qualifier, qualifierFirst) = NumberReader.qualifier(before: first, s)
        // A casualty: people harmed, or a bare count beside a word of harm ("killed 12", "death toll rose to 12").
        let personCount = noun == nil ? unit == nil : s.tokens[nounLast!].classes.contains(.personNoun) || head.endsWith("ers") && s.contains(.harm, in: last + 1, last + 4)
        var casualty = false
        var textFirst = qualifierFirst
        if personCount {
            if s.contains(.harm, in: qualifierFirst - 6, qualifierFirst) || s.contains(.harm, in: last + 1, last + 6) {
                casualty = true
            }
            if noun == nil, unit == nil {
                // Bare numbers need the harm word close by; the fact's text then carries it ("death toll rose to 12").
                let before = (max(s.range.lowerBound, qualifierFirst - 5)..<qualifierFirst).last { s.has($0, .harm) }
                let after = s.contains(.harm, in: last + 1, last + 3)
                guard before != nil || after else { return nil }
                if let b = before { textFirst = b }
                if after, let a = (last + 1..<min(last + 3, s.range.upperBound)).first(where: { s.has($0, .harm) }) {
                    last = a
                }
            }
        }
        if noun == nil, unit == nil, !casualty { return nil }
        return (Fact(kind: casualty ? .casualty : .quantity, text: s.text(textFirst, last), span: s.span(textFirst, last),
                     value: r.value, qualifier: qualifier, noun: noun, unit: unit), last)
    }

    /// Up to `limit` words of a counted noun starting at `p`: adjectives and nouns, stopping at
    /// function words, verbs of saying, participles and adverbs (after the first word) and punctuation.
    private static func nounWords(from p: Int, _ s: SentenceScope, limit: Int) -> Range<Int>? {
        var q = p
        while q < s.range.upperBound, q - p < limit {
            let t = s.tokens[q]
            guard t.kind == .word, !t.classes.contains(.nounStop), !t.classes.contains(.speechVerb),
                  (!t.classes.contains(.numberWord) || NumberReader.wordValue(s.lower(t)) == nil), !t.classes.contains(.month) || s.lower(t).characterCount > 3 && !t.upper,
                  !t.classes.contains(.weekday) else { break }
            if q > p, s.lower(t).endsWith("ed") || s.lower(t).endsWith("ing") || s.lower(t).endsWith("ly") { break }
            if t.classes.contains(.plainVerb) { break }
            if q > p, t.upper { break }   // a proper noun after the counted noun is not part of it
            if q == p, s.lower(t).endsWith("ly") { break }
            if q > p, t.classes.contains(.harm) { break }
            q += 1
        }
        return q > p ? p..<q : nil
    }
}
