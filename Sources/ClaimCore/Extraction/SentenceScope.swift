/// One sentence under analysis: its tokens (indices into the article's token array), the article's
/// bytes, and the token indices that earlier rules have already used.
struct SentenceScope {
    let tokens: [Token]
    /// The lower-cased text of each token (see `TokenizedText`).
    let lowers: [String]
    let range: Range<Int>
    let bytes: [UInt8]
    /// Tokens a date fact has taken: the quantity rules leave them alone.
    var consumed: TokenSet
    /// Numbers a casualty grammar has claimed before the date rules ran ("a death toll of 1900"): consumed
    /// for the date rules, still read by the quantity rules.
    var reservedCounts: TokenSet
    /// The line before was a labelled casualty count of a table ("Total dead: 192"): a labelled count of people
    /// on this line ("Americans: 12") breaks that toll down.
    var afterCasualtyTableLine = false

    init(_ text: TokenizedText, range: Range<Int>, bytes: [UInt8]) {
        self.tokens = text.tokens
        self.lowers = text.lowers
        self.range = range
        self.bytes = bytes
        self.consumed = TokenSet(base: range.lowerBound)
        self.reservedCounts = TokenSet(base: range.lowerBound)
    }

    /// Another sentence of the same tokenised block (`other` must be a sentence range of it), for looking back.
    func sentence(at other: Range<Int>) -> SentenceScope {
        SentenceScope(TokenizedText(tokens: tokens, lowers: lowers), range: other, bytes: bytes)
    }

    /// The lower-cased word at `k`, or nil when `k` is outside the sentence or not a word.
    func word(_ k: Int) -> String? {
        guard range.contains(k), tokens[k].kind == .word else { return nil }
        return lowers[k]
    }

    /// The lower-cased text of token `t` of this article.
    func lower(_ t: Token) -> String { lowers[Int(t.index)] }

    func token(_ k: Int) -> Token? { range.contains(k) ? tokens[k] : nil }

    /// Whether token `k` is a word of class `c` within the sentence.
    func has(_ k: Int, _ c: WordClass) -> Bool { range.contains(k) && tokens[k].classes.contains(c) }

    /// Whether token `k` is the punctuation mark `p`.
    func punct(_ k: Int, _ p: Unicode.Scalar) -> Bool { range.contains(k) && tokens[k].isPunct(p) }

    /// The article's text from the start of token `a` to the end of token `b`.
    func text(_ a: Int, _ b: Int) -> String {
        String(decoding: bytes[tokens[a].start..<tokens[b].end], as: UTF8.self)
    }

    func span(_ a: Int, _ b: Int) -> Span { Span(start: tokens[a].start, end: tokens[b].end) }

    /// Whether the words at `k`, `k+1`, … are exactly `words`.
    func matches(_ words: [String], at k: Int) -> Bool {
        for (offset, w) in words.enumerated() where word(k + offset) != w { return false }
        return true
    }

    /// Whether the words ending just before `k` are exactly `words`; returns the first index if so.
    func matchesBefore(_ words: [String], endingBefore k: Int) -> Int? {
        let first = k - words.count
        return first >= range.lowerBound && matches(words, at: first) ? first : nil
    }

    /// Whether a word of class `c` occurs within `a..<b` (clamped to the sentence).
    func contains(_ c: WordClass, in a: Int, _ b: Int) -> Bool {
        let lo = max(a, range.lowerBound)
        let hi = min(b, range.upperBound)
        guard lo < hi else { return false }
        for k in lo..<hi where tokens[k].classes.contains(c) { return true }
        return false
    }

}

/// A set of token indices, kept as bits for the 128 tokens from `base` (a sentence's first token) and in
/// a `Set` beyond: no hashing and no allocation for ordinary sentences.
struct TokenSet {
    private let base: Int
    private var low: UInt64 = 0
    private var high: UInt64 = 0
    private var overflow: Set<Int> = []

    init(base: Int) { self.base = base }

    func contains(_ k: Int) -> Bool {
        let offset = k - base
        if offset >= 0 && offset < 64 { return low & (1 << UInt64(offset)) != 0 }
        if offset >= 64 && offset < 128 { return high & (1 << UInt64(offset - 64)) != 0 }
        return !overflow.isEmpty && overflow.contains(k)
    }

    mutating func insert(_ k: Int) {
        let offset = k - base
        if offset >= 0 && offset < 64 {
            low |= 1 << UInt64(offset)
        } else if offset >= 64 && offset < 128 {
            high |= 1 << UInt64(offset - 64)
        } else {
            overflow.insert(k)
        }
    }
}
