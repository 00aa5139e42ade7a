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
        return Set(Locale.Region.isoRegions.compactMap { english.localizedString(forRegionCode: $0.identifier)?.lowercased() })
    }()

    /// The kind of `speaker`, or nil when it names nobody in particular (or is empty).
    public static func classify(_ speaker: String) -> SpeakerKind? {
        let words = speaker.split(whereSeparator: { $0.isWhitespace }).map(String.init)
        guard let first = words.first else { return nil }
        let lower = words.map { $0.lowercased().trimmingCharacters(in: .punctuationCharacters) }
        let bare = lower.map { $0.hasSuffix("’s") || $0.hasSuffix("'s") ? String($0.dropLast(2)) : $0 }
        if bare.contains(where: unnamedWords.contains) { return nil }
        if bare.contains(where: organizationWords.contains) { return .organization }
        // An acronym ("UNHCR", "AFP") names a body.
        if words.count == 1, first.count >= 2, first.allSatisfy({ $0.isUppercase || $0.isNumber }) { return .organization }
        if articles.contains(bare[0]) { return nil }
        if countryNames.contains(bare.joined(separator: " ")) { return .organization }
        // A name: every word but particles ("al-", "de", "van") capitalised, at most five words.
        let particles: Set<String> = ["al", "el", "bin", "ibn", "de", "da", "di", "del", "van", "von", "der", "la", "le"]
        let named = words.allSatisfy { word in
            guard let c = word.first else { return false }
            return c.isUppercase || particles.contains(word.lowercased()) || word.lowercased().hasPrefix("al-") || word.lowercased().hasPrefix("el-")
        }
        return named && words.count <= 5 ? .person : nil
    }
}
