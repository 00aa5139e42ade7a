import Foundation

/// Where a claim's words sit in its article, and the claims a reviewer makes by hand from those words.
extension ClaimStore {
    /// The byte span of the first occurrence of `text` in `article`.
    public static func locate(_ text: String, in article: String) -> Span? {
        guard !text.isEmpty, let range = article.range(of: text) else { return nil }
        return span(of: range, in: article)
    }

    /// A reviewer's manual claim from `phrase`, words of the article (a difference in case only is forgiven:
    /// the claim takes the article's own words). Its facts are the extractor's reading of those words,
    /// placed in the article; its ordinal follows the last current claim that starts before it.
    /// Throws `refused` when the words are not in the article or already make claim `existing` of the same id.
    public static func manualClaim(
        _ phrase: String, in article: String, document: String, published: CalendarDay?,
        existing claims: [Claim], by: String, at now: String,
        extractor: Extractor = Extractor()
    ) throws -> Claim {
        let typed = phrase.precomposedStringWithCanonicalMapping
        guard !typed.isEmpty,
            let range = article.range(of: typed) ?? article.range(of: typed, options: .caseInsensitive)
        else {
            throw ClaimCheckError.refused(
                "\"\(typed.prefix(60))\" does not occur in the article; copy the words exactly")
        }
        let text = String(article[range])
        let span = span(of: range, in: article)
        let id = "m" + ClaimIdentity.assign([text])[0]
        if claims.contains(where: { $0.id == id }) { throw ClaimCheckError.refused("that text is already claim \(id)") }
        let facts = extractor.extract(text, published: published).flatMap(\.facts).map { fact -> Fact in
            var placed = fact
            placed.span = Span(start: fact.span.start + span.start, end: fact.span.end + span.start)
            return placed
        }
        let ordinal = claims.last { !$0.isOrphaned && $0.span.start <= span.start }?.ordinal ?? 0
        return Claim(
            id: id, document: document, ordinal: max(ordinal, 1), text: text, span: span,
            kinds: Array(Set(facts.map(\.kind))).sorted(), checkworthiness: Checkworthiness.score(facts), facts: facts,
            history: [HistoryEntry(at: now, by: by, action: .manual)], revision: 1, manual: true)
    }

    private static func span(of range: Range<String.Index>, in article: String) -> Span {
        let start = article.utf8.distance(from: article.utf8.startIndex, to: range.lowerBound)
        return Span(start: start, end: start + article[range].utf8.count)
    }
}
