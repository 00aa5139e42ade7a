/// Numbers that are not facts, each a named rule: ages written without a hyphen, idioms, "the sister of one
/// patient", clock times and the codes of terminal control sequences. Word lists are in `NonFactLexicon`;
/// corpus lines in Tests/ClaimCoreTests/Corpus/quantity.corpus.
enum NonFactRules {
    /// The rules, in the order they are tried.
    enum Rule: String, CaseIterable {
        /// "aged 4", "aged four and 11", "52 years old", "Barnett Slepian, 52, was shot".
        case age
        /// "one another", "not 100 per cent sure", "a million times".
        case idiom
        /// "the sister of one patient".
        case relationOfOne
        /// "at 10 o'clock", "9 in the morning".
        case clockTime
        /// "ESC[31m": a terminal colour code pasted with the text.
        case controlSequence
    }

    /// The rule by which the number `first...last` counts nothing, or nil when it may be a fact.
    static func rule(first: Int, last: Int, _ s: SentenceScope) -> Rule? {
        var followedBy: Bool?  // true: an age follows, false: a clock time
        if let next = s.word(last + 1), NonFactLexicon.followerFirstWords.contains(next),
            let phrases = NonFactLexicon.followersByFirstWord[next]
        {
            followedBy = phrases.first(where: { s.matches($0.phrase, at: last + 1) })?.age
        }
        if followedBy == true || isAge(first, last, s) { return .age }
        if isIdiom(first, s) { return .idiom }
        if s.lowers[first] == "one", s.word(first - 1) == "of", let relation = s.word(first - 2),
            NonFactLexicon.relationNouns.contains(relation)
        {
            return .relationOfOne
        }
        if followedBy == false { return .clockTime }
        if isInControlSequence(first, s) { return .controlSequence }
        return nil
    }

    private static func isAge(_ first: Int, _ last: Int, _ s: SentenceScope) -> Bool {
        if let w = s.word(first - 1), NonFactLexicon.ageMarkerInitials.mayContain(w),
            NonFactLexicon.ageMarkers.contains(w)
        {
            return true
        }
        // The second of two ages: "aged four and 11".
        if let w = s.word(first - 3), NonFactLexicon.ageMarkerInitials.mayContain(w),
            NonFactLexicon.ageMarkers.contains(w),
            let before = s.token(first - 2), before.kind == .number || before.classes.contains(.numberWord),
            let joiner = s.token(first - 1), NonFactLexicon.ageJoiners.contains(s.lower(joiner))
        {
            return true
        }
        // An age in apposition to a name: "Barnett Slepian, 52, was shot".
        let t = s.tokens[first]
        if t.kind == .number, first == last, t.byteCount <= 3, s.punct(first - 1, ","), let name = s.token(first - 2),
            name.kind == .word, name.upper,
            s.punct(first + 1, ",") || s.punct(first + 1, ")") || s.punct(first + 1, "."),
            let age = NumberReader.digitsValue(s.lowers[first]), age < 120
        {
            return true
        }
        return false
    }

    private static func isIdiom(_ k: Int, _ s: SentenceScope) -> Bool {
        if s.tokens[k].kind == .number, !NonFactLexicon.idiomDigits.contains(s.lowers[k]) { return false }
        guard NonFactLexicon.idiomWords.contains(s.lowers[k]), let candidates = NonFactLexicon.idiomsByWord[s.lowers[k]]
        else { return false }
        for (phrase, i) in candidates where k - i >= s.range.lowerBound && k - i + phrase.count <= s.range.upperBound {
            if phrase.indices.allSatisfy({ s.lowers[k - i + $0] == phrase[$0] }) { return true }
        }
        return false
    }

    private static func isInControlSequence(_ k: Int, _ s: SentenceScope) -> Bool {
        var j = k - 1
        while j >= s.range.lowerBound, j >= k - 8, !s.tokens[j + 1].spaceBefore {
            if s.tokens[j].scalar == NonFactLexicon.escape { return true }
            j -= 1
        }
        return false
    }
}
