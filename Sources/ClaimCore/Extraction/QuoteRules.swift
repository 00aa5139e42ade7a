/// Direct quotes: text between matching quotation marks (curly double, curly single, straight double,
/// guillemets, TeX-style `` and ''), also inside parentheses and when cut by an attribution ("“A,” he said,
/// “B.”" gives two quote facts). A quote left open at the sentence's end runs to the end (news style for long
/// quotes that go on in the next paragraph). Thresholds and lists are in `QuoteLexicon`; corpus lines in
/// Tests/ClaimCoreTests/Corpus/quote.corpus.
enum QuoteRules {
    /// The ways a quote is read.
    enum Rule: String, CaseIterable {
        /// Between an opening mark and its closing mark of the same kind: “We will not stop,”.
        case closed
        /// An attribution cuts a quotation in two: “A,” he said, “B.” — each part is a quote.
        case cutByAttribution
        /// An opening mark never closed in the sentence: the quote runs to the sentence's end (or to the next
        /// opening mark), when it holds `QuoteLexicon.minimumWordsOpen` words or more.
        case openToTheEnd
    }

    /// Appends the sentence's quotes to `facts`.
    static func facts(_ s: SentenceScope, into facts: inout [Fact]) {
        var k = s.range.lowerBound
        while k < s.range.upperBound {
            let t = s.tokens[k]
            guard t.kind == .openQuote else {
                k += 1
                continue
            }
            let single = s.lower(t) == QuoteLexicon.singleOpen
            var close: Int?
            var j = k + 1
            while j < s.range.upperBound {
                let u = s.tokens[j]
                if u.kind == .closeQuote, (s.lower(u) == QuoteLexicon.singleClose) == single {
                    close = j
                    break
                }
                // a new double quote: the first never closed
                if u.kind == .openQuote, (s.lower(u) == QuoteLexicon.singleOpen) == single, !single { break }
                j += 1
            }
            let innerFirst = k + 1
            // Unclosed: the quote runs to the next opening quote of its kind, or to the sentence's end.
            var innerLast = (close ?? j) - 1
            // Trailing punctuation that belongs to the sentence, not the quote.
            while innerLast >= innerFirst, s.tokens[innerLast].kind == .punct,
                QuoteLexicon.trailingPunctuation.contains(s.lowers[innerLast])
            {
                innerLast -= 1
            }
            let words =
                innerFirst <= innerLast ? (innerFirst...innerLast).filter { s.tokens[$0].kind == .word }.count : 0
            let minimumWords =
                close == nil
                ? QuoteLexicon.minimumWordsOpen
                : (single ? QuoteLexicon.minimumWordsClosedSingle : QuoteLexicon.minimumWordsClosedDouble)
            if words >= minimumWords {
                facts.append(
                    Fact(kind: .quote, text: s.text(innerFirst, innerLast), span: s.span(innerFirst, innerLast)))
            }
            k = (close ?? j) + 1
            if close == nil, j < s.range.upperBound { k = j }
        }
    }
}
