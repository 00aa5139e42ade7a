/// Finds the checkable statements of an article: a pure function of (text, published date).
///
/// The article is tokenised once (on UTF-8 bytes), split into sentences, and each sentence is read by
/// the rules in turn — dates first (so that "2014" in "the summer of 2014" is not also a quantity), then
/// quantities and casualties, quotes and attributions. A sentence with at least one fact is a claim;
/// its check-worthiness comes from `Checkworthiness`.
public struct Extractor: Sendable {
    /// Written into document.json; bump it when the rules change what is extracted.
    public static let version = "1.8.0"

    /// An extractor; it holds no state, so one can be shared.
    public init() {}

    /// The kinds of a claim for each set of kinds present (bit `rank`), in their listed order: claims
    /// share these arrays instead of allocating their own.
    private static let kindLists: [[ClaimKind]] = (0..<(1 << ClaimKind.allCases.count)).map { present in
        ClaimKind.allCases.sorted().filter { present & (1 << $0.rank) != 0 }
    }

    /// Every sentence of `article` (claims or not), as UTF-8 byte spans, by the extractor's own splitter:
    /// what a reviewer sees as "the sentence before and after".
    public static func sentenceSpans(_ article: String) -> [Span] {
        sentenceSpans(Array(article.utf8))
    }

    /// `sentenceSpans` of an article's UTF-8 bytes.
    public static func sentenceSpans(_ article: [UInt8]) -> [Span] {
        let text = Tokenizer.tokenize(article)
        let tokens = text.tokens
        return SentenceSplitter.split(text).filter { !$0.isEmpty }.map {
            Span(start: tokens[$0.lowerBound].start, end: tokens[$0.upperBound - 1].end)
        }
    }

    /// The claims of `article`, in article order, with spans as UTF-8 byte offsets into `article`.
    /// Articles must be under 2 GB (token offsets are 32-bit); the command line refuses anything over 50 MB.
    public func extract(_ article: String, published: CalendarDay?) -> [ExtractedClaim] {
        let bytes = Array(article.utf8)
        var dates = DateRules(published: published)
        let attributions = AttributionRules()
        var context = AttributionRules.Context()
        var claims: [ExtractedClaim] = []
        var facts: [Fact] = []
        var casualtyTableLine = false  // the last sentence was a labelled casualty count ("Total dead: 192")
        Tokenizer.forEachBlock(bytes) { tokenized in
            let tokens = tokenized.tokens
            context.newBlock()  // token ranges are per block
            for whole in SentenceSplitter.split(tokenized) where !whole.isEmpty {
                if tokens[whole.lowerBound].lineBefore { context.paragraph(2) }
                let range = Dateline.end(of: whole, tokenized, bytes: bytes).map { $0..<whole.upperBound } ?? whole
                var scope = SentenceScope(tokenized, range: range, bytes: bytes)
                scope.afterCasualtyTableLine = casualtyTableLine && tokens[range.lowerBound].lineBefore
                casualtyTableLine = false
                facts.removeAll(keepingCapacity: true)
                CasualtyRules.reserveTolls(&scope)
                dates.facts(&scope, into: &facts)
                QuantityRules.facts(&scope, into: &facts)
                QuoteRules.facts(scope, into: &facts)
                attributions.facts(scope, context: &context, into: &facts)
                guard !facts.isEmpty else { continue }
                for i in facts.indices where facts[i].kind == .casualty && facts[i].text.utf8.contains(0x3A) {
                    casualtyTableLine = true
                    break
                }
                facts.sort { $0.span.start != $1.span.start ? $0.span.start < $1.span.start : $0.kind < $1.kind }
                let span = Span(start: tokens[range.lowerBound].start, end: tokens[range.upperBound - 1].end)
                let text = String(decoding: bytes[span.start..<span.end], as: UTF8.self)
                var present = 0
                for i in facts.indices { present |= 1 << facts[i].kind.rank }
                let kinds = Self.kindLists[present]
                claims.append(
                    ExtractedClaim(
                        text: text, span: span, kinds: kinds,
                        checkworthiness: Checkworthiness.score(facts), facts: facts))
                // The claim keeps this buffer; the next sentence starts a small fresh one (most claims hold
                // two to four facts: a larger reserve only makes fresh memory to touch).
                facts = []
                facts.reserveCapacity(4)
            }
        }
        return claims
    }
}
