/// Splits a token stream into sentences: at `.`, `!`, `?` followed by white space and a capital,
/// a digit or an opening quote — but not after abbreviations (Gen., Mr., No. 10, Jan. 5), initials
/// (J. K. Rowling), dotted acronyms unless a new sentence clearly starts (U.S., a.m.), and not inside a
/// quotation that goes on (a quote may span several sentences). Every line break ends a sentence.
enum SentenceSplitter {
    /// A quotation longer than this (in bytes) no longer holds sentences together: a missing closing
    /// quote must not swallow a whole article.
    static let maximumQuoteSpan = 1_200

    static func split(_ text: TokenizedText) -> [Range<Int>] {
        let tokens = text.tokens
        var sentences: [Range<Int>] = []
        var start = 0
        var doubleOpen = false
        var singleOpen = false
        var quoteStart = 0
        var i = 0
        let n = tokens.count
        while i < n {
            let t = tokens[i]
            if t.lineBefore, i > start {
                sentences.append(start..<i)
                start = i
                doubleOpen = false
                singleOpen = false
            }
            switch t.kind {
            case .openQuote:
                if t.scalar == 0x2018 { singleOpen = true } else { doubleOpen = true }
                quoteStart = t.start
            case .closeQuote:
                if t.scalar == 0x2019 { singleOpen = false } else { doubleOpen = false }
            default:
                break
            }
            if mayEnd(t),
                let end = boundary(
                    after: i, text, insideQuote: (doubleOpen || singleOpen) && t.start - quoteStart < maximumQuoteSpan)
            {
                sentences.append(start..<end)
                start = end
                i = end
                doubleOpen = false
                singleOpen = false
                continue
            }
            i += 1
        }
        if start < n { sentences.append(start..<n) }
        return sentences
    }

    /// A full stop, "!", "?", "…", or a word ending with a full stop ("U.S."): the tokens a sentence may end on.
    private static func mayEnd(_ t: Token) -> Bool {
        t.kind == .punct ? t.scalar == 0x2E || t.scalar == 0x21 || t.scalar == 0x3F || t.scalar == 0x2026 : t.dotted
    }

    /// The index of the first token of the next sentence when a sentence ends at token `i`, else nil.
    private static func boundary(after i: Int, _ text: TokenizedText, insideQuote: Bool) -> Int? {
        let tokens = text.tokens
        let t = tokens[i]
        guard mayEnd(t) else { return nil }
        let isDottedWord = t.kind == .word
        // Closing quotes and brackets that hug the stop belong to this sentence.
        var j = i + 1
        var closedQuote = false
        while j < tokens.count, !tokens[j].spaceBefore,
            tokens[j].kind == .closeQuote || tokens[j].isPunct(")") || tokens[j].isPunct("]")
                || (tokens[j].isPunct(".") || tokens[j].isPunct("!") || tokens[j].isPunct("?"))
        {
            if tokens[j].kind == .closeQuote { closedQuote = true }
            j += 1
        }
        guard j < tokens.count else { return nil }
        let next = tokens[j]
        if next.lineBefore { return nil }  // the paragraph break ends it anyway
        guard next.spaceBefore else { return nil }
        if insideQuote && !closedQuote { return nil }
        let startsSentence =
            next.upper || next.kind == .openQuote || next.kind == .number || next.isPunct("(")
            || (next.kind == .punct && MeasureUnit.currency(symbol: next.scalar) != nil)
        guard startsSentence else { return nil }
        if isDottedWord {
            // "U.S. officials" goes on; "in the U.S. The company" ends.
            return Lexicon.sentenceStarters.contains(text.lower(next)) ? j : nil
        }
        if t.isPunct("."), i > 0 {
            let prev = tokens[i - 1]
            if prev.kind == .word, prev.end == t.start {
                if prev.classes.contains(.abbreviation) {
                    // "No. 10", "Jan. 5", "Gen. Haftar": never an end, unless a clear sentence start follows a
                    // month or weekday abbreviation that could not take one.
                    return nil
                }
                if text.lower(prev).characterCount == 1, prev.upper { return nil }  // an initial: "J. K. Rowling"
            }
        }
        // A quote ended with a full stop and is followed by its attribution: “We will win.” he said.
        if closedQuote, next.upper, attributionFollows(j, tokens) { return nil }
        return j
    }

    /// Whether the words from `j` are a bare attribution of the quote just closed (“We will win.” Smith said.):
    /// a speaker and a verb of saying that end the sentence within a few words. A verb with a complement starts
    /// a new sentence (“Next year we may not.” Officials said 12 homes flooded.).
    private static func attributionFollows(_ j: Int, _ tokens: [Token]) -> Bool {
        var k = j
        while k < tokens.count, k < j + 5 {
            let t = tokens[k]
            if t.kind != .word { return false }
            if t.classes.contains(.speechVerb), !t.upper {
                var e = k + 1
                while e < tokens.count, e < k + 5, tokens[e].kind == .word, !tokens[e].lineBefore { e += 1 }
                return e >= tokens.count || tokens[e].lineBefore || tokens[e].isPunct(".") || tokens[e].isPunct(",")
                    || tokens[e].isPunct(";") || tokens[e].kind == .openQuote
            }
            k += 1
        }
        return false
    }
}
