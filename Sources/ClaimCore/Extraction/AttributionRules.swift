/// Attributions: who said (told, confirmed, announced, described … as, according to) something. Each way of
/// finding the speaker is a named rule (`Rule`); every word list is in `AttributionLexicon`; corpus lines in
/// Tests/ClaimCoreTests/Corpus/attribution.corpus.
///
/// The speaker is the whole subject noun phrase ("The mayors of Springfield and Shelbyville", "A spokeswoman
/// for the ministry", "Farmers who lost crops last spring"), with a role split off a name ("UN envoy Martin
/// Kobler" → role "UN envoy"; "Jane Doe, an aide to Governor Smith," → role "aide to Governor Smith").
/// "he said" / "she added" resolve to the nearest person named before — never a place or an organisation —
/// and keep the pronoun when no person is known. Not attributions: a passive ("No injuries were reported"),
/// a speech noun ("she had reports that", "media reports in Tanzania"), a verb without a subject ("It gives
/// added weight").
struct AttributionRules {
    /// The ways a speaker is found.
    enum Rule: String, CaseIterable {
        /// "X said", "X, who …, said", "Officials in the capital have said".
        case subjectBeforeVerb
        /// "Jane Doe, an aide to Governor Smith, said"; "Another parliamentarian, Ali al-Qaidi, confirmed".
        case appositive
        /// "…,” said the minister.
        case inverted
        /// "according to X".
        case accordingTo
        /// "he said", "she added": the nearest person named before, else the pronoun.
        case pronoun
    }

    /// The people named so far, for resolving "he said" in later sentences.
    struct Context {
        var lastPerson: (speaker: String, role: String?)?
        /// The last word of each full name met so far ("Madeleine Albright"), to that name: a later bare surname
        /// ("Albright told") is then known to be a person.
        var surnames: [String: String] = [:]
        var sentencesSince = 0
        /// The last few sentences of the current block that may name a person without one speaking in them, each
        /// with the `clock` it was read at: read for a name only when a pronoun or a bare surname needs one (most
        /// sentences are never looked at again).
        var namedSentences: [(range: Range<Int>, at: Int)] = []
        /// Counts sentences (a paragraph break counts two).
        var clock = 0
        /// How many earlier sentences `namedSentences` keeps.
        static let namedSentencesKept = 4

        /// A paragraph break: it counts as `sentences` sentences of distance.
        mutating func paragraph(_ sentences: Int) {
            sentencesSince += sentences
            clock += sentences
        }

        /// Forgets the sentences of a block whose tokens are gone.
        mutating func newBlock() { namedSentences.removeAll(keepingCapacity: true) }
    }

    /// How many sentences back a pronoun may find its person (a paragraph break counts two).
    static let pronounReach = 12

    /// Appends the sentence's attributions to `facts`.
    func facts(_ s: SentenceScope, context: inout Context, into facts: inout [Fact]) {
        var seen: [(speaker: String, verb: String)] = []  // a sentence holds a handful at most
        var k = s.range.lowerBound
        var spokePerson = false
        context.sentencesSince += 1
        context.clock += 1
        while k < s.range.upperBound {
            defer { k += 1 }
            let t = s.tokens[k]
            guard t.kind == .word, !t.classes.isDisjoint(with: [.speechVerb, .according]) else { continue }
            var found: Found?
            if s.lower(t) == "according", s.word(k + 1) == "to", let np = phraseAfter(k + 2, s, lowercaseAllowed: true)
            {
                let (name, role) = split(np, s)
                found = Found(
                    first: k, last: np.upperBound - 1, speaker: name, role: role, verb: "according to",
                    rule: .accordingTo)
            } else if t.classes.contains(.speechVerb), isVerb(k, s) {
                found = speaker(forVerb: k, s, context: &context)
            }
            guard let f = found, !f.speaker.isEmpty else { continue }
            guard !seen.contains(where: { $0.verb == f.verb && $0.speaker.equalsIgnoringCase(f.speaker) }) else {
                continue
            }
            seen.append((f.speaker, f.verb))
            facts.append(
                Fact(
                    kind: .attribution, text: s.text(f.first, f.last), span: s.span(f.first, f.last),
                    speaker: f.speaker, role: f.role, verb: f.verb))
            if f.rule != .pronoun,
                let person = person(f.speaker, role: f.role, context) ?? fullName(of: f.speaker, s, context)
            {
                remember(person, role: f.role, &context)
                spokePerson = true
            } else if f.rule == .pronoun {
                spokePerson = true
            }
        }
        // Else the last person named in this sentence is who a later "he said" most likely means: keep the
        // sentence, read it if a pronoun comes.
        if !spokePerson,
            (s.range.lowerBound + 1..<s.range.upperBound).contains(where: {
                s.tokens[$0].upper && s.tokens[$0].kind == .word
            })
        {
            if context.namedSentences.count == Context.namedSentencesKept { context.namedSentences.removeFirst() }
            context.namedSentences.append((s.range, context.clock))
        }
    }

    /// The full name an earlier sentence gives a bare surname ("Albright" → "Madeleine Albright"), or nil.
    private func fullName(of surname: String, _ s: SentenceScope, _ context: Context) -> String? {
        guard !surname.utf8.contains(0x20), surname.unicodeScalars.first?.properties.isUppercase == true else {
            return nil
        }
        for named in context.namedSentences.reversed() where named.range.upperBound <= s.range.lowerBound {
            let earlier = s.sentence(at: named.range)
            var k = earlier.range.lowerBound
            while k < earlier.range.upperBound {
                guard earlier.tokens[k].kind == .word, earlier.tokens[k].upper else {
                    k += 1
                    continue
                }
                let (run, next) = nameRun(at: k, before: earlier.range.upperBound, earlier)
                if let run, earlier.text(run.upperBound - 1, run.upperBound - 1) == surname {
                    return split(run, earlier).0
                }
                k = next
            }
        }
        return nil
    }

    /// The person "he" or "she" at `p` means: a person named before it in the sentence, else the nearest person
    /// named or speaking in the sentences before.
    private func resolve(pronoun p: Int, _ s: SentenceScope, _ context: inout Context) -> (String, String?)? {
        if let name = lastPersonName(in: s, before: p) { return split(name, s) }
        for named in context.namedSentences.reversed() where named.range.upperBound <= s.range.lowerBound {
            // Only sentences after the last speaking person, and within reach.
            guard context.clock - named.at < context.sentencesSince || context.lastPerson == nil,
                context.clock - named.at <= Self.pronounReach
            else { break }
            let earlier = s.sentence(at: named.range)
            if let name = lastPersonName(in: earlier) {
                let (speaker, role) = split(name, earlier)
                context.namedSentences.removeAll(keepingCapacity: true)
                remember(speaker, role: role, &context)
                return (speaker, role)
            }
        }
        if let last = context.lastPerson, context.sentencesSince <= Self.pronounReach { return last }
        return nil
    }

    /// Makes `speaker` the person a later pronoun resolves to.
    private func remember(_ speaker: String, role: String?, _ context: inout Context) {
        context.lastPerson = (speaker, role)
        context.sentencesSince = 0
        if let space = speaker.utf8.lastIndex(of: 0x20),
            context.surnames[String(speaker[speaker.utf8.index(after: space)...])] != speaker
        {
            context.surnames[String(speaker[speaker.utf8.index(after: space)...])] = speaker
            // bounded on run-on inputs
            if context.surnames.count > 256 { context.surnames.removeAll(keepingCapacity: true) }
        }
    }

    /// The person a speaker names: a capitalised name of two words or more, a surname of a person named
    /// before (resolved to the full name), or one person described by a role ("a U.S. Embassy official");
    /// nil for anything else.
    private func person(_ speaker: String, role: String?, _ context: Context) -> String? {
        guard let space = speaker.utf8.lastIndex(of: 0x20) else {
            // One word: a surname of a person named before.
            return speaker.unicodeScalars.first?.properties.isUppercase == true ? context.surnames[speaker] : nil
        }
        if case .tested(let person)? = speaker.utf8.withContiguousStorageIfAvailable({
            asciiPerson(speaker, $0, role: role)
        }) {
            return person
        }
        let head = WordClass.of(speaker[speaker.utf8.index(after: space)...].lowercased())
        if role == nil, head.contains(.role), speaker.utf8.last != 0x73 { return speaker }  // "a U.S. Embassy official"
        guard speaker.unicodeScalars.first?.properties.isUppercase == true else { return nil }
        for word in speaker.split(separator: " ") {
            let classes = WordClass.of(word.lowercased())
            if classes.contains(.organisation) || classes.contains(.place) { return nil }
            if word.first?.isUppercase != true, !classes.contains(.nameParticle) { return nil }
        }
        return speaker
    }

    /// What `asciiPerson` found.
    private enum ASCIIPerson {
        /// The speaker is not ASCII (or has one word): `person` tests it as text.
        case notASCII
        /// `person`'s answer.
        case tested(String?)
    }

    /// `person` for a speaker of several words written in ASCII, on its bytes (`bytes`): the same tests, without
    /// splitting it into `Character`s and lower-casing each word as Unicode text.
    private func asciiPerson(_ speaker: String, _ bytes: UnsafeBufferPointer<UInt8>, role: String?) -> ASCIIPerson {
        guard bytes.allSatisfy({ $0 < 0x80 }), let space = bytes.lastIndex(of: 0x20) else { return .notASCII }
        func isUpper(_ b: UInt8) -> Bool { b &- 0x41 < 26 }
        /// The word classes of `bytes[range]`, lower-cased.
        func classes(_ range: Range<Int>) -> WordClass {
            let lower = String(unsafeUninitializedCapacity: range.count) { buffer in
                for (k, b) in bytes[range].enumerated() { buffer[k] = isUpper(b) ? b | 0x20 : b }
                return range.count
            }
            return WordClass.of(lower)
        }
        let head = classes(space + 1..<bytes.count)
        // "a U.S. Embassy official"
        if role == nil, head.contains(.role), bytes.last != 0x73 { return .tested(speaker) }
        guard let first = bytes.first, isUpper(first) else { return .tested(nil) }
        var start = 0
        while start < bytes.count {
            var end = start
            while end < bytes.count, bytes[end] != 0x20 { end += 1 }
            if end > start {
                let c = classes(start..<end)
                if c.contains(.organisation) || c.contains(.place) { return .tested(nil) }
                if !isUpper(bytes[start]), !c.contains(.nameParticle) { return .tested(nil) }
            }
            start = end + 1
        }
        return .tested(speaker)
    }

    /// A speech verb used as a verb: lower-case, not a noun after a determiner ("his claims", "several states",
    /// "had reports that"), not a passive ("is said to be"), not the first of two reporting words ("media
    /// reports said"), and "called" only as "called for" / "called on".
    private func isVerb(_ k: Int, _ s: SentenceScope) -> Bool {
        let t = s.tokens[k]
        if t.upper { return false }
        let w = s.lowers[k]
        if let prev = s.word(k - 1), AttributionLexicon.possessives.contains(prev) { return false }
        if let prev = s.word(k - 1), AttributionLexicon.passiveMarkers.contains(prev), s.word(k + 1) == "to" {
            return false
        }
        // A passive: "At least seven were reported dead", "No injuries were reported".
        if let prev = s.word(k - 1), AttributionLexicon.passiveMarkers.contains(prev), w.hasSuffix("ed") {
            return false
        }
        if AttributionLexicon.attributiveParticiples.contains(w), let next = s.token(k + 1), next.kind == .word,
            !next.upper, !next.classes.contains(.determiner), !next.classes.contains(.article),
            !AttributionLexicon.possessives.contains(s.lower(next)), s.lower(next) != "that"
        {
            return false
        }
        if AttributionLexicon.countingVerbs.contains(w),
            let next = s.token(k + 1), next.kind == .number || next.classes.contains(.numberWord)
        {
            return false
        }
        if s.has(k + 1, .speechVerb) { return false }
        if AttributionLexicon.verbsNeedingParticleInitials.mayContain(w),
            let particles = AttributionLexicon.verbsNeedingParticle[w]
        {
            guard let next = s.word(k + 1), particles.contains(next) else { return false }
        }
        if AttributionLexicon.verbsNeedingLaterWordInitials.mayContain(w),
            let later = AttributionLexicon.verbsNeedingLaterWord[w]
        {
            guard let at = (k + 1..<min(s.range.upperBound, k + 14)).first(where: { s.lowers[$0] == later }),
                let next = s.token(at + 1)
            else { return false }
            let word = s.lower(next)
            let opensDescription =
                next.kind == .openQuote || next.classes.contains(.determiner) || next.classes.contains(.article)
                || AttributionLexicon.possessives.contains(word)
                || next.kind == .word && AttributionLexicon.descriptionEndings.contains(where: { word.hasSuffix($0) })
            guard opensDescription else { return false }
        }
        if w.utf8.last == 0x73, AttributionLexicon.speechNouns.contains(w) {
            if let prev = s.token(k - 1), prev.kind == .number || prev.classes.contains(.numberWord) { return false }
            if let prev = s.word(k - 1), AttributionLexicon.nounMarkers.contains(prev) { return false }
            guard let next = s.token(k + 1) else { return false }
            if next.kind == .punct, !s.punct(k + 1, ",") && !s.punct(k + 1, ":") { return false }
            if next.kind == .word, AttributionLexicon.nounFollowers.contains(s.lower(next)) { return false }
        }
        return true
    }

    /// An attribution found in a sentence: its first and last token, who, in what role, by which verb and rule.
    private struct Found {
        var first: Int
        var last: Int
        var speaker: String
        var role: String?
        var verb: String
        var rule: Rule
    }

    private func speaker(forVerb k: Int, _ s: SentenceScope, context: inout Context) -> Found? {
        let verb = s.lowers[k]
        var p = k - 1
        var skipped = 0
        while p >= s.range.lowerBound, skipped < 3, let w = s.word(p),
            AttributionLexicon.adverbsBeforeVerb.contains(w) || s.tokens[p].classes.contains(.weekday)
                || w.endsWith("ly") && !s.tokens[p].upper && p > s.range.lowerBound && s.tokens[p - 1].kind == .word
        {
            p -= 1
            skipped += 1
        }
        // A date between the subject and its verb ("Officials last week said").
        var dateWords = 0
        while p > s.range.lowerBound, dateWords < 4, s.consumed.contains(p),
            !s.tokens[p].upper || s.has(p, .weekday) || s.has(p, .month)
        {
            p -= 1
            dateWords += 1
        }
        if let w = s.word(p), s.tokens[p].classes.contains(.pronounSpeaker) {
            if w == "who" {
                // "Goldstein, who said"; "security forces who said".
                let before = s.punct(p - 1, ",") ? p - 2 : p - 1
                if let np = phraseBefore(before, s) { return build(np, k, s, verb) }
                return nil
            }
            guard AttributionLexicon.keptPronouns.contains(w) else { return nil }
            if AttributionLexicon.personalPronouns.contains(w), let (speaker, role) = resolve(pronoun: p, s, &context) {
                return Found(first: p, last: k, speaker: speaker, role: role, verb: verb, rule: .pronoun)
            }
            // Unsure: keep the pronoun ("It says", "she added" with no person named).
            return Found(first: p, last: k, speaker: s.text(p, p), role: nil, verb: verb, rule: .pronoun)
        }
        if s.punct(p, ",") {
            if let found = appositive(endingAt: p, k, s, verb) { return found }
        } else if let np = phraseBefore(p, s) {
            // A verb right after a pronoun is no speaker's ("It gives added weight").
            if let before = s.word(np.lowerBound - 1), s.has(np.lowerBound - 1, .pronounSpeaker), before != "who" {
                return nil
            }
            return build(np, k, s, verb)
        }
        // Inverted: "…,” said the minister. Only after a comma or a closing quote, and never "said Syria had …".
        if AttributionLexicon.invertible.contains(verb), s.punct(k - 1, ",") || s.token(k - 1)?.kind == .closeQuote,
            let np = phraseAfter(k + 1, s, inverted: true), !s.has(np.lowerBound, .weekday),
            !s.has(np.lowerBound, .month), !s.has(np.lowerBound, .dayWord),
            !(s.token(np.upperBound)?.kind == .word)
        {
            let (speaker, role) = split(np, s)
            return Found(first: k, last: np.upperBound - 1, speaker: speaker, role: role, verb: verb, rule: .inverted)
        }
        return nil
    }

    /// "Jane Doe, an aide to Governor Smith, said" (a name before, a description between the commas: the
    /// description is the role); "Another parliamentarian, Ali al-Qaidi, confirmed" (a name between the commas);
    /// "The ministry, headquarters of …, denounced" (the subject before the aside).
    private func appositive(endingAt p: Int, _ k: Int, _ s: SentenceScope, _ verb: String) -> Found? {
        var c = p - 1
        while c > s.range.lowerBound, c > p - 30 {
            let t = s.tokens[c]
            if t.isPunct(",") { break }
            guard t.kind == .word || t.kind == .number || t.isPunct("-") || t.isPunct("'") || t.isPunct("’") else {
                return nil
            }
            if t.kind == .word, AttributionLexicon.asideBreakers.contains(s.lowers[c]) { return nil }
            c -= 1
        }
        guard c >= s.range.lowerBound, s.punct(c, ","), c < p - 1 else { return nil }
        let segment = (c + 1)..<p
        if isName(segment, s) {
            let (speaker, _) = split(segment, s)
            let roleRange = phraseBefore(c - 1, s)
            let role = roleRange.map { s.text($0.lowerBound, $0.upperBound - 1) }
            return Found(
                first: roleRange?.lowerBound ?? segment.lowerBound, last: k, speaker: speaker, role: role, verb: verb,
                rule: .appositive)
        }
        guard let np = phraseBefore(c - 1, s) else { return nil }
        if isName(np, s) {
            var roleFirst = segment.lowerBound
            if s.has(roleFirst, .determiner) || s.has(roleFirst, .article) { roleFirst += 1 }
            let role = roleFirst < p ? s.text(roleFirst, p - 1) : nil
            let (speaker, _) = split(np, s)
            return Found(first: np.lowerBound, last: k, speaker: speaker, role: role, verb: verb, rule: .appositive)
        }
        return build(np, k, s, verb)
    }

    private func build(_ np: Range<Int>, _ k: Int, _ s: SentenceScope, _ verb: String) -> Found {
        let (speaker, role) = split(np, s)
        return Found(first: np.lowerBound, last: k, speaker: speaker, role: role, verb: verb, rule: .subjectBeforeVerb)
    }

    /// The subject noun phrase ending at token `p`, walking back over its words (at most 12): through "of",
    /// "for", "to" … before a determiner ("a spokeswoman for the ministry"), through a relative clause ("farmers
    /// who lost crops"), and through "and" when the phrase then starts the sentence or follows a comma ("The
    /// mayors of Springfield and Shelbyville").
    func phraseBefore(_ p: Int, _ s: SentenceScope) -> Range<Int>? {
        var q = p
        var words = 0
        var andAt: Int?
        while q >= s.range.lowerBound, words < 12 {
            let t = s.tokens[q]
            if t.isPunct("."), q - 1 >= s.range.lowerBound, s.tokens[q - 1].kind == .word,
                s.tokens[q - 1].end == t.start,
                s.tokens[q - 1].classes.contains(.abbreviation)
            {
                q -= 1
                continue
            }
            guard t.kind == .word, s.consumed.contains(q) == false || t.upper || words > 0 else { break }
            let w = s.lowers[q]
            if q < p, words > 0, w == "and", andAt == nil, s.token(q - 1)?.kind == .word, !s.has(q - 1, .speakerStop) {
                andAt = q
                words += 1
                q -= 1
                continue
            }
            if q < p, words > 0, w == "who" {
                words += 1
                q -= 1
                continue
            }
            if q < p, words > 0, AttributionLexicon.isPhraseLink(w), s.token(q - 1)?.kind == .word,
                !s.has(q - 1, .speakerStop), !s.has(q - 1, .pronounSpeaker)
            {
                words += 1
                q -= 1
                continue
            }
            if t.classes.contains(.speakerStop) || t.classes.contains(.pronounSpeaker) { break }
            // A speech noun inside the phrase, or at its end after a word of it ("media reports say").
            if t.classes.contains(.speechVerb), !t.upper,
                !(AttributionLexicon.speechNouns.contains(w)
                    && (q < p
                        || s.token(q - 1)?.kind == .word && !s.has(q - 1, .speakerStop)
                            && !s.has(q - 1, .determiner) && !s.has(q - 1, .pronounSpeaker)))
            {
                break
            }
            words += 1
            q -= 1
            if t.classes.contains(.determiner) {
                // "a spokeswoman for the ministry": a determiner after a link goes on to the head before it.
                if let link = s.word(q), AttributionLexicon.isPhraseLink(link), s.token(q - 1)?.kind == .word,
                    !s.has(q - 1, .speakerStop), !s.has(q - 1, .determiner)
                {
                    continue
                }
                break
            }
        }
        guard words > 0 else { return nil }
        var range = (q + 1)..<(p + 1)
        // "and" joins two subjects only when the phrase then stands at a clause's start.
        if let a = andAt, a >= range.lowerBound {
            let before = range.lowerBound - 1
            let clean =
                before < s.range.lowerBound || s.tokens[before].kind == .punct || s.tokens[before].kind == .openQuote
            if !clean { range = (a + 1)..<range.upperBound }
        }
        // Do not start on a dangling preposition ("of", "in") or a relative pronoun.
        while range.count > 1, let w = s.word(range.lowerBound),
            AttributionLexicon.isPhraseLink(w) || w == "who" || w == "and"
        {
            range = (range.lowerBound + 1)..<range.upperBound
        }
        guard range.contains(where: { s.tokens[$0].kind == .word && !AttributionLexicon.isPhraseLink(s.lowers[$0]) })
        else { return nil }
        return range
    }

    /// The noun phrase starting at token `p` (after an inverted verb or "according to").
    /// After an inverted verb the phrase may hold "and" and start lower-case ("…, say political consultants and
    /// some campaign advisers."), as long as it runs to the end of the clause.
    func phraseAfter(_ p: Int, _ s: SentenceScope, lowercaseAllowed: Bool = false, inverted: Bool = false) -> Range<
        Int
    >? {
        var q = p
        while q < s.range.upperBound, q - p < (inverted ? 10 : 8) {
            if inverted, q > p, s.word(q) == "and", s.token(q + 1)?.kind == .word {
                q += 1
                continue
            }
            let t = s.tokens[q]
            // "Ms. Buckham": the full stop of an abbreviation stays in the name.
            if t.isPunct("."), q > p,
                s.tokens[q - 1].classes.contains(.honorific) || s.tokens[q - 1].classes.contains(.abbreviation),
                s.tokens[q - 1].end == t.start,
                s.token(q + 1)?.kind == .word, s.tokens[q + 1].upper
            {
                q += 1
                continue
            }
            guard t.kind == .word else { break }
            if q > p, t.classes.contains(.speakerStop) { break }
            if q == p, t.classes.contains(.pronounSpeaker) || t.classes.contains(.speakerStop) { return nil }
            q += 1
        }
        guard q > p else { return nil }
        let first = s.tokens[p]
        let clauseEnds = q >= s.range.upperBound || s.tokens[q].kind == .punct || s.tokens[q].kind == .closeQuote
        guard
            first.upper || lowercaseAllowed || AttributionLexicon.determiners.contains(s.lower(first))
                || first.classes.contains(.role) || first.classes.contains(.organisation)
                || inverted && clauseEnds && !first.classes.contains(.nounStop)
        else { return nil }
        var range = p..<q
        // "and" joins two speakers only when the phrase runs to the clause's end.
        if inverted, !clauseEnds, let and = range.first(where: { s.lowers[$0] == "and" }) { range = p..<and }
        return range
    }

    /// Capitalised words (name particles allowed), starting with a capital.
    private func isName(_ r: Range<Int>, _ s: SentenceScope) -> Bool {
        guard let first = r.first, s.tokens[first].upper, !s.has(first, .determiner) else { return false }
        return r.allSatisfy { i in
            let t = s.tokens[i]
            return t.kind == .word
                && (t.upper || t.classes.contains(.nameParticle) || s.lower(t).startsWith("al-")
                    || s.lower(t).startsWith("el-"))
                || t.isPunct(".") && i > first && s.tokens[i - 1].classes.contains(.abbreviation)
        } && !r.contains { s.tokens[$0].classes.contains(.organisation) }
    }

    /// The run of two or more capitalised words starting at `k` and ending before `p`, or nil; `next` is
    /// where to look next.
    private func nameRun(at k: Int, before p: Int, _ s: SentenceScope) -> (run: Range<Int>?, next: Int) {
        if s.tokens[k].classes.contains(.honorific) {
            // "Mr. Smith", "Dr Jane Goodall"
            var e = k
            if s.punct(e + 1, ".") { e += 1 }
            var names = 0
            while e + 1 < p, s.tokens[e + 1].kind == .word,
                s.tokens[e + 1].upper || s.tokens[e + 1].classes.contains(.nameParticle)
            {
                e += 1
                names += 1
            }
            return (names > 0 ? k..<(e + 1) : nil, e + 1)
        }
        var e = k
        while e + 1 < p, s.tokens[e + 1].kind == .word,
            s.tokens[e + 1].upper || s.tokens[e + 1].classes.contains(.nameParticle)
        { e += 1 }
        var run = k..<(e + 1)
        // A sentence-initial capital that is not part of the name ("Meanwhile General …").
        if run.lowerBound == s.range.lowerBound, run.count > 2, !s.tokens[k].classes.contains(.role) {
            run = (k + 1)..<(e + 1)
        }
        // Words of a place or an organisation in front of the name ("State Madeleine Albright").
        while run.count > 2, s.has(run.lowerBound, .organisation) || s.has(run.lowerBound, .place) {
            run = (run.lowerBound + 1)..<run.upperBound
        }
        let words = run.reduce(0) { $0 + (s.tokens[$1].upper && !s.tokens[$1].classes.contains(.role) ? 1 : 0) }
        guard words >= 2,
            !run.contains(where: { !s.tokens[$0].classes.isDisjoint(with: [.organisation, .month, .weekday, .place]) })
        else { return (nil, e + 1) }
        // Capitalised words after "in", "from", "of" …, or before "airport", "hospital" …, are a place or an organisation.
        if let prep = s.word(run.lowerBound - 1), AttributionLexicon.placePrepositions.contains(prep) {
            return (nil, e + 1)
        }
        if s.has(run.upperBound, .place) || s.has(run.upperBound, .organisation) {
            return (nil, e + 1)
        }
        // Role words in front ("army chief General") belong to the role.
        var start = run.lowerBound
        while start - 1 >= s.range.lowerBound, let w = s.word(start - 1), AttributionLexicon.roleWords.contains(w) {
            start -= 1
        }
        return (start..<run.upperBound, e + 1)
    }

    /// The last person named in the sentence before `p` (the whole sentence by default).
    private func lastPersonName(in s: SentenceScope, before end: Int? = nil) -> Range<Int>? {
        let p = end ?? s.range.upperBound
        // Names stand within a sentence's reach; a bound keeps run-on inputs linear.
        var k = max(s.range.lowerBound, p - 80)
        var found: Range<Int>?
        while k < p {
            guard s.tokens[k].kind == .word, s.tokens[k].upper else {
                k += 1
                continue
            }
            let (run, next) = nameRun(at: k, before: p, s)
            if let run { found = run }
            k = next
        }
        return found
    }

    /// Splits a speaker phrase into (speaker, role): "UN envoy Martin Kobler" → ("Martin Kobler", "UN envoy");
    /// "Fadel al-Hassi of Libya’s special forces" → ("Fadel al-Hassi", "Libya’s special forces");
    /// "Inspector Keith MacCaskill of the Winnipeg Police" → ("Keith MacCaskill", "Inspector, the Winnipeg Police").
    func split(_ r: Range<Int>, _ s: SentenceScope) -> (String, String?) {
        let whole = s.text(r.lowerBound, r.upperBound - 1)
        // Name (with roles in front) "of" affiliation.
        if let of = r.first(where: { s.lowers[$0] == "of" }), of > r.lowerBound, of + 1 < r.upperBound {
            let head = r.lowerBound..<of
            let affiliation = s.text(of + 1, r.upperBound - 1)
            if let (name, role) = nameAfterRoles(head, s) {
                return (name, role.map { "\($0), \(affiliation)" } ?? affiliation)
            }
        }
        // A name at the end of a role that holds "of": "U.S. Secretary of State Madeleine Albright".
        var nameStart = r.upperBound
        while nameStart - 1 > r.lowerBound, s.tokens[nameStart - 1].kind == .word,
            s.tokens[nameStart - 1].upper || s.has(nameStart - 1, .nameParticle),
            !s.has(nameStart - 1, .role), !s.has(nameStart - 1, .organisation), !s.has(nameStart - 1, .place)
        {
            nameStart -= 1
        }
        if r.upperBound - nameStart >= 2,
            (r.lowerBound..<nameStart).contains(where: {
                s.has($0, .role) && !s.has($0, .abbreviation) && !s.has($0, .honorific)
            })
        {
            return (s.text(nameStart, r.upperBound - 1), s.text(r.lowerBound, nameStart - 1))
        }
        if r.contains(where: { s.lowers[$0] == "of" }) { return (whole, nil) }
        if let (name, role) = nameAfterRoles(r, s), role != nil { return (name, role) }
        return (whole, nil)
    }

    /// A name of two words or more, with the role words in front of it: "UN envoy Martin Kobler" →
    /// ("Martin Kobler", "UN envoy"); "Fadel al-Hassi" → ("Fadel al-Hassi", nil); nil when `r` is no such name.
    private func nameAfterRoles(_ r: Range<Int>, _ s: SentenceScope) -> (String, String?)? {
        var lastRole: Int?
        for i in r where s.tokens[i].classes.contains(.role) && !s.tokens[i].classes.contains(.honorific) {
            lastRole = i
        }
        if let role = lastRole, role + 1 < r.upperBound, isName((role + 1)..<r.upperBound, s) {
            return (s.text(role + 1, r.upperBound - 1), s.text(r.lowerBound, role))
        }
        if lastRole == nil, r.count >= 2, isName(r, s) { return (s.text(r.lowerBound, r.upperBound - 1), nil) }
        return nil
    }
}
