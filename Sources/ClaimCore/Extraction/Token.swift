/// One token of an article: a word, a number, a punctuation mark or a quotation mark, with its
/// UTF-8 byte range in the article. Tokenising once, on bytes, is what keeps the extractor fast.
struct Token: Sendable {
    enum Kind: UInt8, Sendable {
        case word, number, punct
        /// “ ‘ „ « — or a straight quote that opens (see `Tokenizer`).
        case openQuote
        /// ” ’ » — or a straight quote that closes.
        case closeQuote
        /// A straight " whose role is decided by pairing.
        case straightQuote
    }

    var kind: Kind
    var start: Int
    var end: Int
    /// White space (or the start of the text) before this token.
    var spaceBefore: Bool
    /// A line break before this token: a paragraph boundary.
    var lineBefore: Bool
    /// The first character is an upper-case letter.
    var upper: Bool
    /// The token's text, lower-cased (digits and punctuation as they are).
    var lower: String
    /// Lexicon classes of a word (empty for other tokens).
    var classes: WordClass = []

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isQuote: Bool { kind == .openQuote || kind == .closeQuote || kind == .straightQuote }
    func isPunct(_ s: String) -> Bool { kind == .punct && lower == s }
}
