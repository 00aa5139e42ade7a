/// Casualty counts: which counts read by `QuantityRules` are people killed or hurt. Each grammar is one named
/// rule (`Rule`), tried in order; every word list is in `CasualtyLexicon`, every rule has corpus lines of its
/// own in Tests/ClaimCoreTests/Corpus/casualty.corpus. Arrests, rescues, evacuations, people trapped,
/// missing or displaced are quantities: no list here holds those words.
enum CasualtyRules {
    /// The grammars of a casualty count.
    enum Rule: String, CaseIterable {
        /// The counted noun is itself a casualty: "39 deaths", "12 victims", "the 14 killings", "12 dead".
        case casualtyNoun
        /// A subset of the casualties just counted: "…, among them 40 children", "including eight Americans",
        /// "eight of them Americans".
        case subsetOfCasualty
        /// A count whose noun is elided in a list after a casualty: "Four people died in the north, two in the
        /// south and one in the capital".
        case elidedInList
        /// The object of a verb of harm, or each item of a list after it: "killed six traders and two guards",
        /// "wounding 30", "the deaths of 1.7 million Cambodians".
        case objectOfHarm
        /// The subject of a predicate of harm, past auxiliaries and adverbs: "Four soldiers were wounded",
        /// "Three more miners died", "At least 2000 were killed", "Eleven people, none of them Americans, died".
        case subjectOfHarm
        /// The subject of a place or state of medical care: "Five of them remain in intensive care", "Two
        /// passengers were still in hospital", "Eight workers were taken to hospital".
        case subjectInCare
        /// The number a verb gives a toll or a casualty noun, past an aside: "The victims in Nairobi, Kenya,
        /// numbered 213", "The death toll, initially 10, has risen to 12", "Casualties stood at 300".
        case tollSubject
        /// A bare number after a toll or a word of harm: "the death toll rose to 47", "a toll of 1900",
        /// "bringing deaths this year to 312".
        case toll
        /// A count of people within a few words of a word of harm: "killed in the attack were 12 civilians".
        case nearHarm
    }

    /// A count as `QuantityRules` read it: token indices of the qualifier, the number, and the counted noun.
    struct Count {
        var qualifierFirst: Int
        var numberLast: Int
        var nounFirst: Int?
        var nounLast: Int?
    }

    /// The casualty counted last in the sentence: where it ends and what it counts.
    struct Previous {
        var last: Int
        var noun: String?
    }

    /// A casualty: the rule that found it, the tokens of its text and the counted noun (its head, with an
    /// "of" complement: "traders", "members of parliament").
    struct Verdict {
        var rule: Rule
        var textFirst: Int
        var textLast: Int
        var noun: String?
    }

    /// Reserves the numbers that a toll counts ("a death toll of 1900", "the toll rose to 2000") before the date
    /// rules run, so that a count that looks like a year is still read as a count.
    static func reserveTolls(_ s: inout SentenceScope) {
        var k = s.range.lowerBound
        while k < s.range.upperBound {
            defer { k += 1 }
            guard s.tokens[k].kind == .word, s.tokens[k].classes.contains(.harm),
                CasualtyLexicon.tollNouns.contains(s.lowers[k])
            else { continue }
            var j = k + 1
            while j < min(s.range.upperBound, k + 5), let w = s.word(j), CasualtyLexicon.tollLinkers.contains(w) {
                j += 1
            }
            guard j > k + 1, CasualtyLexicon.tollLinkers.contains(s.lowers[j - 1]),
                CasualtyLexicon.tollLinkersBeforeCount.contains(s.lowers[j - 1]),
                s.token(j)?.kind == .number
            else { continue }
            s.consumed.insert(j)
            s.reservedCounts.insert(j)
        }
    }

    /// The casualty reading of a count with no unit, or nil when it is not one.
    static func judge(_ c: Count, _ s: SentenceScope, previous: Previous?) -> Verdict? {
        let last = c.nounLast ?? c.numberLast
        // Every rule reads a word of `CasualtyLexicon.cues` within this reach, or a casualty counted before.
        guard previous != nil || s.contains(.casualtyCue, in: c.qualifierFirst - 16, last + 18) else { return nil }
        if let head = c.nounLast, CasualtyLexicon.notPeopleNouns.contains(s.lowers[head]) { return nil }
        let noun = headNoun(c, s)
        func verdict(_ rule: Rule, _ first: Int? = nil, _ end: Int? = nil, noun elided: String? = nil) -> Verdict {
            Verdict(rule: rule, textFirst: first ?? c.qualifierFirst, textLast: end ?? last, noun: noun ?? elided)
        }
        if let head = c.nounLast, CasualtyLexicon.casualtyNouns.contains(s.lowers[head]) {
            return verdict(.casualtyNoun)
        }
        if let p = previous, p.last < c.qualifierFirst {
            if isSubset(c, s) { return verdict(.subsetOfCasualty, noun: p.noun) }
            if c.nounFirst == nil, isElided(c, s) { return verdict(.elidedInList, noun: p.noun) }
        }
        if let harm = objectOfHarm(c, s) { return verdict(.objectOfHarm, c.nounFirst == nil ? harm : nil) }
        // "Five of them", "three of those": the people counted are the ones named before.
        var subjectLast = last
        var pronoun: String?
        if c.nounFirst == nil, s.word(c.numberLast + 1) == "of", let w = s.word(c.numberLast + 2),
            CasualtyLexicon.countedPronouns.contains(w)
        {
            subjectLast = c.numberLast + 2
            pronoun = w
        }
        if let (predicate, aside) = subjectOfHarm(subjectLast + 1, s) {
            if pronoun != nil { return verdict(.subjectOfHarm, nil, subjectLast, noun: pronoun) }
            return verdict(.subjectOfHarm, nil, c.nounFirst == nil && !aside ? predicate : nil)
        }
        if let end = inCare(subjectLast + 1, s) {
            if pronoun != nil { return verdict(.subjectInCare, nil, subjectLast, noun: pronoun) }
            return verdict(.subjectInCare, nil, c.nounFirst == nil ? end : nil)
        }
        if c.nounFirst == nil, let subject = casualtySubject(before: c.qualifierFirst, s) {
            let counted = CasualtyLexicon.casualtyNouns.contains(s.lowers[subject]) ? s.lowers[subject] : nil
            return verdict(.tollSubject, subject, noun: counted)
        }
        if c.nounFirst == nil,
            let before = (max(s.range.lowerBound, c.qualifierFirst - 5)..<c.qualifierFirst).last(where: {
                s.has($0, .harm)
            })
                ?? (max(s.range.lowerBound, c.qualifierFirst - 8)..<c.qualifierFirst).last(where: {
                    CasualtyLexicon.tollNouns.contains(s.lowers[$0])
                }),
            !(before..<c.qualifierFirst).contains(where: {
                s.punct($0, ".") || s.punct($0, ";") || s.tokens[$0].kind == .number
            })
        {
            return verdict(.toll, before)
        }
        if let head = c.nounLast, s.tokens[head].classes.contains(.personNoun),
            s.contains(.harm, in: c.qualifierFirst - 6, c.qualifierFirst) || s.contains(.harm, in: last + 1, last + 6)
        {
            return verdict(.nearHarm)
        }
        return nil
    }

    /// The counted noun without its modifiers: the last noun word, or the word before an "of" complement.
    private static func headNoun(_ c: Count, _ s: SentenceScope) -> String? {
        guard let first = c.nounFirst, let last = c.nounLast else { return nil }
        if let of = (first...last).first(where: { s.lowers[$0] == "of" }), of > first { return s.text(of - 1, last) }
        return s.text(last, last)
    }

    /// "…, including eight Americans", "among them 40 children", "eight of them Americans".
    private static func isSubset(_ c: Count, _ s: SentenceScope) -> Bool {
        for words in CasualtyLexicon.subsetOpeners where s.matchesBefore(words, endingBefore: c.qualifierFirst) != nil {
            return true
        }
        if s.punct(c.qualifierFirst - 1, ","), s.word(c.numberLast + 1) == "of", let w = s.word(c.numberLast + 2),
            CasualtyLexicon.subsetPronouns.contains(w)
        {
            return true
        }
        return false
    }

    /// ", two in the south", "and one in the capital": a bare count after a list joiner, followed by a
    /// preposition or the end of its clause.
    private static func isElided(_ c: Count, _ s: SentenceScope) -> Bool {
        guard s.punct(c.qualifierFirst - 1, ",") || s.word(c.qualifierFirst - 1) == "and" else { return false }
        guard let next = s.token(c.numberLast + 1) else { return true }
        if next.kind == .punct {
            return s.punct(c.numberLast + 1, ",") || s.punct(c.numberLast + 1, ".") || s.punct(c.numberLast + 1, ";")
        }
        return next.kind == .word && CasualtyLexicon.elidedFollowers.contains(s.lower(next))
    }

    /// The verb (or "deaths of") whose object the count is, directly or as a later item of a list of counts.
    private static func objectOfHarm(_ c: Count, _ s: SentenceScope) -> Int? {
        var j = c.qualifierFirst - 1
        var skipped = 0
        while skipped < 2, let w = s.word(j), CasualtyLexicon.objectFillers.contains(w), w != "of" {
            j -= 1
            skipped += 1
        }
        if let harm = harmBefore(j, s) { return harm }
        // A later item of a list: walk back over the earlier items to the verb.
        guard c.nounFirst != nil, let joiner = s.token(j), CasualtyLexicon.listJoiners.contains(s.lower(joiner)) else {
            return nil
        }
        var k = j
        var steps = 0
        while k > s.range.lowerBound, steps < 14 {
            let t = s.tokens[k]
            if t.kind == .word, let harm = harmBefore(k, s) { return harm }
            let listWord =
                t.kind == .number || CasualtyLexicon.listJoiners.contains(s.lowers[k])
                || t.kind == .word && !t.upper && !t.classes.contains(.nounStop) && !t.classes.contains(.plainVerb)
                    && !t.classes.contains(.speechVerb)
                || t.kind == .word
                    && (t.classes.contains(.numberWord) || t.classes.contains(.qualifierEnd)
                        || CasualtyLexicon.objectFillers.contains(s.lowers[k]))
            guard listWord else { return nil }
            k -= 1
            steps += 1
        }
        return nil
    }

    /// `j` when it is a verb of harm taking an object, or the "of" of "the deaths of"; else nil.
    private static func harmBefore(_ j: Int, _ s: SentenceScope) -> Int? {
        guard let w = s.word(j) else { return nil }
        if CasualtyLexicon.harmVerbsWithObject.contains(w) { return j }
        if w == "of", let n = s.word(j - 1), CasualtyLexicon.harmNounsWithOf.contains(n) { return j - 1 }
        return nil
    }

    /// The predicate of harm that follows a counted subject at `p` (past an aside between commas, auxiliaries
    /// and adverbs), and whether an aside stands between; nil when there is none.
    private static func subjectOfHarm(_ p: Int, _ s: SentenceScope) -> (Int, aside: Bool)? {
        var j = p
        if s.punct(j, ",") {
            // An aside: "Eleven people, none of them Americans, died".
            var k = j + 1
            while k < min(s.range.upperBound, j + 10), !s.punct(k, ",") {
                guard s.tokens[k].kind == .word || s.tokens[k].kind == .number else { return nil }
                k += 1
            }
            guard s.punct(k, ",") else { return nil }
            j = k + 1
        }
        // An age after the subject: "Two girls aged four and 11 were hurt".
        if let w = s.word(j), NonFactLexicon.ageMarkers.contains(w),
            s.token(j + 1).map({ $0.kind == .number || $0.classes.contains(.numberWord) }) == true
        {
            j += 2
            if let joiner = s.token(j), NonFactLexicon.ageJoiners.contains(s.lower(joiner)),
                s.token(j + 1).map({ $0.kind == .number || $0.classes.contains(.numberWord) }) == true
            {
                j += 2
            }
        }
        let afterSubject = j
        var skipped = 0
        while skipped < 5, let w = s.word(j), CasualtyLexicon.predicateFillers.contains(w) {
            j += 1
            skipped += 1
        }
        guard let w = s.word(j) else { return nil }
        if w == "lost", let whose = s.word(j + 1), CasualtyLexicon.lifePossessives.contains(whose),
            let life = s.word(j + 2),
            CasualtyLexicon.lifeNouns.contains(life)
        {
            return (j + 2, afterSubject != p)
        }
        guard CasualtyLexicon.harmPredicates.contains(w) else { return nil }
        if let next = s.word(j + 1), CasualtyLexicon.harmParticlesNotPeople.contains(next) { return nil }
        return (j, afterSubject != p)
    }

    /// The last word of a place or state of medical care that follows a counted subject at `p` after at least
    /// one linker ("remain in intensive care", "were taken to hospital", "still in hospital"); nil when none does.
    private static func inCare(_ p: Int, _ s: SentenceScope) -> Int? {
        var j = p
        var stays = false
        while j < p + 4, let w = s.word(j), CasualtyLexicon.careLinkers.contains(w) {
            if CasualtyLexicon.stayLinkers.contains(w) { stays = true }
            j += 1
        }
        guard j > p else { return nil }
        for phrase in CasualtyLexicon.carePhrases where s.matches(phrase, at: j) { return j + phrase.count - 1 }
        if stays {
            for phrase in CasualtyLexicon.stayPhrases where s.matches(phrase, at: j) { return j + phrase.count - 1 }
        }
        return nil
    }

    /// The toll or casualty noun whose number a verb of `CasualtyLexicon.tollVerbs` gives to the count at
    /// `first` ("The victims in Nairobi, Kenya, numbered 213"): up to twelve tokens back, across commas and an
    /// earlier figure ("initially 10") but not across the end of a clause; nil when there is none.
    private static func casualtySubject(before first: Int, _ s: SentenceScope) -> Int? {
        var j = first - 1
        if let w = s.word(j), CasualtyLexicon.tollVerbParticles.contains(w) { j -= 1 }
        guard let verb = s.word(j), CasualtyLexicon.tollVerbs.contains(verb) else { return nil }
        var k = j - 1
        while k >= s.range.lowerBound, k >= j - 12 {
            let t = s.tokens[k]
            if s.punct(k, ".") || s.punct(k, ";") || s.punct(k, ":") { return nil }
            if t.kind == .word,
                CasualtyLexicon.casualtyNouns.contains(s.lowers[k])
                    || CasualtyLexicon.tollNouns.contains(s.lowers[k])
            {
                return k
            }
            k -= 1
        }
        return nil
    }
}
