import Foundation

/// What kind of source a claim's speaker names, for the schema.org type of `itemReviewed.author`:
/// a named person ("Fadel al-Hassi") is a Person, a named body ("Libya's foreign ministry", "UNHCR")
/// an Organization, and an unnamed source ("a local official", "Medical sources in Benghazi",
/// "security forces") has no author at all — ClaimReview must not invent one.
public enum SpeakerKind: Sendable, Equatable {
    case person
    case organization

    /// Words that make a speaker a body rather than a person.
    static let organizationWords: Set<String> = [
        "agency", "army", "assembly", "association", "authority", "bank", "board", "bureau", "cabinet", "centre",
        "center", "coalition", "command", "commission", "committee", "company", "corporation", "council", "court",
        "department", "embassy", "federation", "foundation", "government", "group", "inc", "institute", "league",
        "ltd", "military", "ministry", "movement", "navy", "nations", "office", "organisation", "organization",
        "parliament", "party", "police", "presidency", "secretariat", "service", "union", "university",
        "international", "watch", "rights", "news", "press", "times", "post", "network", "radio", "tv", "television",
        "crescent", "cross", "fund", "forum", "alliance", "front", "brigade", "brigades", "militia", "ministries",
    ]
    /// Words that make a speaker an unnamed source whatever else it says.
    static let unnamedWords: Set<String> = [
        "source", "sources", "official", "officials", "witness", "witnesses", "resident", "residents", "spokesman",
        "spokeswoman", "spokesperson", "reporter", "reporters", "analyst", "analysts", "expert", "experts",
        "forces", "people", "someone", "observers", "diplomat", "diplomats", "doctor", "doctors",
    ]
    /// Leading words of a description rather than a name.
    static let articles: Set<String> = ["a", "an", "the", "some", "several", "one", "two", "many", "local"]

    /// English names of every country and region ("italy", "united states"): a country speaking is its government.
    static let countryNames: Set<String> = {
        let english = Locale(identifier: "en_US")
        return Set(
            Locale.Region.isoRegions.compactMap { english.localizedString(forRegionCode: $0.identifier)?.lowercased() })
    }()

    /// The kind of `speaker`, or nil when it names nobody in particular (or is empty).
    public static func classify(_ speaker: String) -> SpeakerKind? {
        let words = speaker.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard let first = words.first else { return nil }
        let bare = words.map(bareWord)
        // "Fadel al-Hassi of Libya's special forces", "UN envoy Martin Kobler": a name ends the speaker's head.
        if endsWithName(headWords(words)) { return .person }
        if bare.contains(where: unnamedWords.contains) { return nil }
        if bare.contains(where: organizationWords.contains) { return .organization }
        // An acronym ("UNHCR", "AFP") names a body.
        if words.count == 1, first.count >= 2, first.allSatisfy({ $0.isUppercase || $0.isNumber }) {
            return .organization
        }
        if countryNames.contains(bare.joined(separator: " ")) { return .organization }
        if articles.contains(bare[0]) { return nil }
        // A name of up to five words, every one capitalised or a particle ("Kobler", "Fadel al-Hassi").
        return words.count <= 5 && words.allSatisfy(isNameWord) ? .person : nil
    }

    /// Particles that may sit lowercase inside a name.
    static let particles: Set<String> = [
        "al", "el", "bin", "ibn", "de", "da", "di", "del", "van", "von", "der", "la", "le",
    ]
    /// Words after which a capitalised run is a place, not a name ("sources in New York").
    static let prepositions: Set<String> = ["in", "of", "from", "at", "for", "near", "by", "to", "on"]

    /// A word lowercased, without surrounding punctuation or a possessive "'s".
    static func bareWord(_ word: String) -> String {
        let lower = word.lowercased().trimmingCharacters(in: .punctuationCharacters)
        return lower.hasSuffix("’s") || lower.hasSuffix("'s") ? String(lower.dropLast(2)) : lower
    }

    static func isNameWord(_ word: String) -> Bool {
        guard let c = word.first else { return false }
        let lower = word.lowercased()
        return c.isUppercase || particles.contains(lower) || lower.hasPrefix("al-") || lower.hasPrefix("el-")
    }

    /// The words before the first " of ", "," or " from ": who speaks, without their affiliation.
    static func headWords(_ words: [String]) -> [String] {
        var head: [String] = []
        for word in words {
            if ["of", "from", "at"].contains(word.lowercased()) { break }
            if word.hasSuffix(",") {
                head.append(String(word.dropLast()))
                break
            }
            head.append(word)
        }
        return head
    }

    /// Whether `words` end in a person's name: two or more capitalised words (particles allowed inside), not
    /// after a preposition, none of them a body's word or an unnamed source's, and not a country's name.
    static func endsWithName(_ words: [String]) -> Bool {
        var start = words.count
        while start > 0, isNameWord(words[start - 1]) { start -= 1 }
        let run = Array(words[start...])
        guard run.count >= 2, run.count <= 5, let firstLetter = run.first?.first, firstLetter.isUppercase else {
            return false
        }
        if start > 0, prepositions.contains(words[start - 1].lowercased()) { return false }
        let bare = run.map(bareWord)
        if bare.contains(where: { organizationWords.contains($0) || unnamedWords.contains($0) || articles.contains($0) }
        ) {
            return false
        }
        if countryNames.contains(bare.joined(separator: " ")) { return false }
        // not acronyms only
        return !run.allSatisfy { $0.count >= 2 && $0.allSatisfy { $0.isUppercase || $0.isNumber } }
    }
}
