/// Attributions: who said (told, confirmed, tweeted, announced …) something. The speaker is read in
/// either order ("X said", "said X", and after a quote: "“…,” MP X said"), through an appositive
/// ("Another parliamentarian, Ali al-Qaidi, confirmed"; "The ministry, headquarters of …, denounced"),
/// through a relative pronoun ("security forces who said"), from "according to X", and from a pronoun
/// ("which he said") resolved to the sentence's (or a recent sentence's) named person.
/// A role in front of a name ("MP", "UN envoy", "Defence minister") goes to `role`.
struct AttributionRules {
    /// The last named person who spoke, for resolving "he said" in later sentences.
    struct Context {
        var lastPerson: (speaker: String, role: String?)?
        var sentencesSince = 0
    }

    /// Verbs that may come before their speaker ("…,” said Mr Smith).
    static let invertible: Set<String> = ["said", "says", "added", "adds", "wrote", "writes", "tweeted", "warned", "insisted",
                                          "explained", "noted", "declared", "continued", "asked", "stated", "confirmed", "claimed", "replied"]
    static let determiners: Set<String> = ["the", "a", "an", "another", "some", "several", "many", "two", "three", "one", "other"]
    static let possessives: Set<String> = ["the", "his", "her", "its", "their", "our", "my", "your", "these", "those", "a", "an", "such"]
    static let passiveMarkers: Set<String> = ["is", "was", "are", "were", "be", "been", "being"]
    static let adverbsBeforeVerb: Set<String> = ["yesterday", "today", "also", "later", "earlier", "again", "previously", "recently",
                                                 "separately", "reportedly", "has", "had", "have", "once", "repeatedly", "publicly", "privately",
                                                 "tonight", "on", "last", "night", "late", "initially", "then", "had", "has"]
    static let nameParticles: Set<String> = ["al", "bin", "ibn", "abu", "de", "del", "della", "der", "den", "van", "von", "la", "le", "da",
                                             "di", "du", "el", "dos", "das", "y", "bint", "st"]
    static let organisationWords: Set<String> = ["state", "states", "forces", "force", "government", "ministry", "council", "party",
                                                 "nations", "union", "army", "group", "court", "agency", "bank", "news", "press", "air",
                                                 "royal", "house", "senate", "congress", "parliament", "committee", "organisation",
                                                 "organization", "company", "university", "times", "post", "united", "kingdom",
                                                 "republic", "airlines", "corporation", "league", "front", "office", "department",
                                                 "police", "guard", "brigade", "service", "services", "media", "reuters", "afp"]
    static let honorifics: Set<String> = ["mr", "mrs", "ms", "dr", "sheikh", "sir", "dame", "lord", "lady"]

    /// Appends the sentence's attributions to `facts`.
    func facts(_ s: SentenceScope, context: inout Context, into facts: inout [Fact]) {
        var seen: [(speaker: String, verb: String)] = []   // a sentence holds a handful at most
        var k = s.range.lowerBound
        context.sentencesSince += 1
        while k < s.range.upperBound {
            defer { k += 1 }
            let t = s.tokens[k]
            guard t.kind == .word, !t.classes.isDisjoint(with: [.speechVerb, .according]) else { continue }
            var found: Found?
            if s.lower(t) == "according", s.word(k + 1) == "to", let np = phraseAfter(k + 2, s, lowercaseAllowed: true) {
                let (name, role) = split(np, s)
                found = Found(first: k, last: np.upperBound - 1, speaker: name, role: role, verb: "according to")
            } else if t.classes.contains(.speechVerb), isVerb(k, s) {
                found = speaker(forVerb: k, s, context: context)
            }
            guard let f = found, !f.speaker.isEmpty else { continue }
            guard !seen.contains(where: { $0.verb == f.verb && $0.speaker.equalsIgnoringCase(f.speaker) }) else { continue }
            seen.append((f.speaker, f.verb))
            facts.append(Fact(kind: .attribution, text: s.text(f.first, f.last), span: s.span(f.first, f.last),
                              speaker: f.speaker, role: f.role, verb: f.verb))
            if let first = f.speaker.unicodeScalars.first, first.value < 0x80 ? first.value &- 0x41 < 26 : first.properties.isUppercase,
               f.speaker.utf8.contains(0x20) {
                context.lastPerson = (f.speaker, f.role)
                context.sentencesSince = 0
            }
        }
        // A person named in this sentence is who a later "he said" most likely means.
        if context.sentencesSince > 0, let name = personName(in: s, before: s.range.upperBound) {
            let (speaker, role) = split(name, s)
            context.lastPerson = (speaker, role)
            context.sentencesSince = 0
        }
    }

    /// A speech verb used as a verb: lower-case, not a noun after a determiner ("his claims"), not a
    /// passive ("is said to be"), not the first of two reporting words ("media reports said").
    private func isVerb(_ k: Int, _ s: SentenceScope) -> Bool {
        let t = s.tokens[k]
        if t.upper { return false }
        if let prev = s.word(k - 1), Self.possessives.contains(prev) { return false }
        if let prev = s.word(k - 1), Self.passiveMarkers.contains(prev), s.word(k + 1) == "to" { return false }
        if s.has(k + 1, .speechVerb) { return false }
        return true
    }

    /// An attribution found in a sentence: its first and last token, who, in what role, by which verb.
    private struct Found {
        var first: Int
        var last: Int
        var speaker: String
        var role: String?
        var verb: String
    }

    private func speaker(forVerb k: Int, _ s: SentenceScope, context: Context) -> Found? {
        let verb = s.lowers[k]
        var p = k - 1
        var skipped = 0
        while p >= s.range.lowerBound, skipped < 3, let w = s.word(p), Self.adverbsBeforeVerb.contains(w) || s.tokens[p].classes.contains(.weekday) {
            p -= 1
            skipped += 1
        }
        if let w = s.word(p), s.tokens[p].classes.contains(.pronounSpeaker), w != "it" {
            if w == "who" {
                if let np = phraseBefore(p - 1, s) { return build(np, k, s, verb) }
                return nil
            }
            guard w == "he" || w == "she" else { return nil }
            if let name = personName(in: s, before: p) {
                let (speaker, role) = split(name, s)
                return Found(first: p, last: k, speaker: speaker, role: role, verb: verb)
            }
            if let last = context.lastPerson, context.sentencesSince <= 3 { return Found(first: p, last: k, speaker: last.speaker, role: last.role, verb: verb) }
            return nil
        }
        if s.punct(p, ",") {
            // An appositive between commas: a name ("Another parliamentarian, Ali al-Qaidi, confirmed") or a
            // description of the subject before it ("The ministry, headquarters of …, denounced").
            var c = p - 1
            while c > s.range.lowerBound, c > p - 12, s.tokens[c].kind == .word || s.tokens[c].kind == .number || s.tokens[c].isPunct("-") { c -= 1 }
            if c >= s.range.lowerBound, s.punct(c, ","), c < p - 1 {
                let segment = (c + 1)..<p
                if isName(segment, s) {
                    let (speaker, _) = split(segment, s)
                    let role = phraseBefore(c - 1, s).map { s.text($0.lowerBound, $0.upperBound - 1) }
                    return Found(first: role == nil ? segment.lowerBound : phraseBefore(c - 1, s)!.lowerBound, last: k,
                                 speaker: speaker, role: role, verb: verb)
                }
                if let np = phraseBefore(c - 1, s) { return build(np, k, s, verb) }
            }
        } else if let np = phraseBefore(p, s), !(np.count == 1 && s.lowers[np.lowerBound] == "it") {
            return build(np, k, s, verb)
        }
        // Inverted: "…,” said the minister.
        if Self.invertible.contains(verb), let np = phraseAfter(k + 1, s) {
            let (speaker, role) = split(np, s)
            return Found(first: k, last: np.upperBound - 1, speaker: speaker, role: role, verb: verb)
        }
        return nil
    }

    private func build(_ np: Range<Int>, _ k: Int, _ s: SentenceScope, _ verb: String) -> Found {
        let (speaker, role) = split(np, s)
        return Found(first: np.lowerBound, last: k, speaker: speaker, role: role, verb: verb)
    }

    /// The noun phrase ending at token `p`, walking back over words (at most 8) to a determiner, a
    /// function word, punctuation or the sentence start.
    func phraseBefore(_ p: Int, _ s: SentenceScope) -> Range<Int>? {
        var q = p
        var words = 0
        while q >= s.range.lowerBound, words < 8 {
            let t = s.tokens[q]
            if t.isPunct("."), q - 1 >= s.range.lowerBound, s.tokens[q - 1].kind == .word, s.tokens[q - 1].end == t.start,
               s.tokens[q - 1].classes.contains(.abbreviation) {
                q -= 1
                continue
            }
            guard t.kind == .word, s.consumed.contains(q) == false || t.upper else { break }
            if t.classes.contains(.speakerStop) || t.classes.contains(.pronounSpeaker) { break }
            if t.classes.contains(.speechVerb), !t.upper { break }
            words += 1
            q -= 1
            if t.classes.contains(.determiner) { break }
        }
        guard words > 0 else { return nil }
        var range = (q + 1)..<(p + 1)
        // Do not start on a dangling preposition ("of", "in") or adjective-free fragment.
        while range.count > 1, let w = s.word(range.lowerBound), ["of", "in", "for", "at"].contains(w) { range = (range.lowerBound + 1)..<range.upperBound }
        guard range.contains(where: { s.tokens[$0].kind == .word && !["of", "in", "for", "at"].contains(s.lowers[$0]) }) else { return nil }
        return range
    }

    /// The noun phrase starting at token `p` (after an inverted verb or "according to").
    func phraseAfter(_ p: Int, _ s: SentenceScope, lowercaseAllowed: Bool = false) -> Range<Int>? {
        var q = p
        while q < s.range.upperBound, q - p < 8 {
            let t = s.tokens[q]
            guard t.kind == .word else { break }
            if q > p, t.classes.contains(.speakerStop) { break }
            if q == p, t.classes.contains(.pronounSpeaker) || t.classes.contains(.speakerStop) { return nil }
            q += 1
        }
        guard q > p else { return nil }
        let first = s.tokens[p]
        guard first.upper || lowercaseAllowed || Self.determiners.contains(s.lower(first)) else { return nil }
        return p..<q
    }

    /// Capitalised words (name particles allowed), starting with a capital.
    private func isName(_ r: Range<Int>, _ s: SentenceScope) -> Bool {
        guard let first = r.first, s.tokens[first].upper else { return false }
        return r.allSatisfy { i in
            let t = s.tokens[i]
            return t.kind == .word && (t.upper || t.classes.contains(.nameParticle) || s.lower(t).startsWith("al-") || s.lower(t).startsWith("el-"))
        } && !r.contains { s.tokens[$0].classes.contains(.organisation) }
    }

    /// The first run of two or more capitalised words before `p` that names a person.
    private func personName(in s: SentenceScope, before p: Int) -> Range<Int>? {
        // Names stand within a sentence's reach; a bound keeps run-on inputs linear.
        var k = max(s.range.lowerBound, p - 80)
        while k < p {
            guard s.tokens[k].kind == .word, s.tokens[k].upper else { k += 1; continue }
            if s.tokens[k].classes.contains(.honorific) {
                // "Mr. Smith", "Dr Jane Goodall"
                var e = k
                if s.punct(e + 1, ".") { e += 1 }
                var names = 0
                while e + 1 < p, s.tokens[e + 1].kind == .word, s.tokens[e + 1].upper || s.tokens[e + 1].classes.contains(.nameParticle) {
                    e += 1
                    names += 1
                }
                if names > 0 { return k..<(e + 1) }
                k = e + 1
                continue
            }
            var e = k
            while e + 1 < p, s.tokens[e + 1].kind == .word, s.tokens[e + 1].upper || s.tokens[e + 1].classes.contains(.nameParticle) { e += 1 }
            var run = k..<(e + 1)
            // A sentence-initial capital that is not part of the name ("Meanwhile General …").
            if run.lowerBound == s.range.lowerBound, run.count > 2, !s.tokens[k].classes.contains(.role) {
                run = (k + 1)..<(e + 1)
            }
            let words = run.reduce(0) { $0 + (s.tokens[$1].upper && !s.tokens[$1].classes.contains(.role) ? 1 : 0) }
            if words >= 2, !run.contains(where: { s.tokens[$0].classes.contains(.organisation) }) {
                // Role words in front ("army chief General") belong to the role.
                var start = run.lowerBound
                while start - 1 >= s.range.lowerBound, let w = s.word(start - 1), Lexicon.roleWords.contains(w) { start -= 1 }
                return start..<run.upperBound
            }
            k = e + 1
        }
        return nil
    }

    /// Splits a speaker phrase into (speaker, role): "UN envoy Martin Kobler" → ("Martin Kobler", "UN envoy");
    /// "Fadel al-Hassi of Libya’s special forces" → ("Fadel al-Hassi", "Libya’s special forces").
    func split(_ r: Range<Int>, _ s: SentenceScope) -> (String, String?) {
        let whole = s.text(r.lowerBound, r.upperBound - 1)
        // Name "of" affiliation.
        if let of = r.first(where: { s.lowers[$0] == "of" }), of > r.lowerBound, of + 1 < r.upperBound,
           isName(r.lowerBound..<of, s), !(r.lowerBound..<of).contains(where: { s.tokens[$0].classes.contains(.role) }) {
            return (s.text(r.lowerBound, of - 1), s.text(of + 1, r.upperBound - 1))
        }
        // Role words in front of a name.
        var lastRole: Int?
        for i in r where s.tokens[i].classes.contains(.role) && !s.tokens[i].classes.contains(.honorific) { lastRole = i }
        if let role = lastRole, role + 1 < r.upperBound, isName((role + 1)..<r.upperBound, s) {
            return (s.text(role + 1, r.upperBound - 1), s.text(r.lowerBound, role))
        }
        return (whole, nil)
    }
}
