/// One token of an article: a word, a number, a punctuation mark or a quotation mark, with its
/// UTF-8 byte range in the article. Tokenising once, on bytes, is what keeps the extractor fast; a
/// token is 28 bytes of plain data (offsets are 32-bit: articles are far below 2 GB), so the rules
/// read it from cache.
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
    private var startOffset: Int32
    private var endOffset: Int32
    /// White space (or the start of the text) before this token.
    var spaceBefore: Bool
    /// A line break before this token: a paragraph boundary.
    var lineBefore: Bool
    /// The first character is an upper-case letter.
    var upper: Bool
    /// A word that ends with a full stop: a dotted abbreviation ("U.S.", "a.m.").
    var dotted = false
    /// Lexicon classes of a word (empty for other tokens).
    var classes: WordClass = []
    /// The token's position in its `TokenizedText`, where its lower-cased text is kept (apart, so that a
    /// token is a plain value that copies without reference counting).
    var index: Int32
    /// For punctuation and quotation marks: the character as `lower` spells it ("“" for „ and «); else 0.
    var scalar: UInt32

    func isPunct(_ c: Unicode.Scalar) -> Bool { kind == .punct && scalar == c.value }

    init(
        kind: Kind, start: Int, end: Int, spaceBefore: Bool, lineBefore: Bool, upper: Bool, dotted: Bool,
        classes: WordClass, index: Int32, scalar: UInt32
    ) {
        self.kind = kind
        self.startOffset = Int32(start)
        self.endOffset = Int32(end)
        self.spaceBefore = spaceBefore
        self.lineBefore = lineBefore
        self.upper = upper
        self.dotted = dotted
        self.classes = classes
        self.index = index
        self.scalar = scalar
    }

    /// First byte of the token in the article.
    var start: Int { Int(startOffset) }
    /// The byte after the token.
    var end: Int { Int(endOffset) }

    /// Length in bytes: for a number (ASCII digits), also its length in characters.
    var byteCount: Int { end - start }

    var isWord: Bool { kind == .word }
    var isNumber: Bool { kind == .number }
    var isQuote: Bool { kind == .openQuote || kind == .closeQuote || kind == .straightQuote }
}

/// An article's tokens and, beside them, each token's lower-cased text (digits and punctuation as they are).
struct TokenizedText {
    var tokens: [Token]
    var lowers: [String]

    func lower(_ t: Token) -> String { lowers[Int(t.index)] }
}
