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

/// Splits article bytes into tokens.
enum Tokenizer {
    static func tokenize(_ bytes: [UInt8]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(bytes.count / 5)
        var i = 0
        var space = true
        var line = true
        let n = bytes.count

        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let b0 = bytes[i]
            if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
            var value: UInt32
            var len: Int
            if b0 & 0xE0 == 0xC0 { value = UInt32(b0 & 0x1F); len = 2 }
            else if b0 & 0xF0 == 0xE0 { value = UInt32(b0 & 0x0F); len = 3 }
            else if b0 & 0xF8 == 0xF0 { value = UInt32(b0 & 0x07); len = 4 }
            else { return ("\u{FFFD}", 1) }
            guard i + len <= n else { return ("\u{FFFD}", 1) }
            for k in 1..<len { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", len)
        }
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return (s.value | 0x20) >= 0x61 && (s.value | 0x20) <= 0x7A }
            return s.properties.isAlphabetic
        }
        func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
        func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "\u{2019}" }
        func letterAt(_ j: Int) -> Bool { j < n && isLetter(scalar(at: j).0) }
        func text(_ a: Int, _ b: Int) -> String { String(decoding: bytes[a..<b], as: UTF8.self) }
        func emit(_ kind: Token.Kind, _ a: Int, _ b: Int, lower: String, upper: Bool = false) {
            tokens.append(Token(kind: kind, start: a, end: b, spaceBefore: space, lineBefore: line, upper: upper, lower: lower,
                                classes: kind == .word ? WordClass.of(lower) : []))
            space = false
            line = false
        }

        while i < n {
            let b = bytes[i]
            if b == 0x0A { line = true; space = true; i += 1; continue }
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C { space = true; i += 1; continue }
            let (s, len) = scalar(at: i)
            switch s {
            case "\u{00A0}", "\u{2009}", "\u{202F}", "\u{2002}", "\u{2003}", "\u{200B}", "\u{FEFF}":
                space = true
                i += len
                continue
            case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}":
                if s == "\u{2018}", !space, tokens.last.map({ $0.kind == .word || $0.kind == .number }) == true {
                    emit(.punct, i, i + len, lower: "'")   // a mis-typed apostrophe
                } else {
                    emit(.openQuote, i, i + len, lower: s == "\u{2018}" ? "‘" : "“")
                }
                i += len
                continue
            case "\u{201D}", "\u{00BB}", "\u{2019}":
                emit(.closeQuote, i, i + len, lower: s == "\u{2019}" ? "’" : "”")
                i += len
                continue
            case "\"":
                emit(.straightQuote, i, i + 1, lower: "\"")
                i += 1
                continue
            default:
                break
            }
            if isDigit(b) {
                let start = i
                i += 1
                while i < n {
                    if isDigit(bytes[i]) { i += 1; continue }
                    if (bytes[i] == 0x2C || bytes[i] == 0x2E), i + 1 < n, isDigit(bytes[i + 1]) { i += 2; continue }
                    break
                }
                emit(.number, start, i, lower: text(start, i))
                continue
            }
            if isLetter(s) {
                let start = i
                let upper = s.properties.isUppercase
                i += len
                var letters = 1
                while i < n {
                    let (c, l) = scalar(at: i)
                    if isLetter(c) || (c.value < 0x80 && isDigit(UInt8(c.value))) { i += l; letters += 1; continue }
                    if (c == "-" || c == "\u{2011}") && i + l < n && (letterAt(i + l) || isDigit(bytes[i + l])) { i += l; continue }
                    if isApostrophe(c) && letterAt(i + l) {
                        // Libya’s, don't, O'Brien — but not a closing single quote: ’ followed by a letter is inside a word.
                        i += l
                        continue
                    }
                    // Dotted abbreviations: U.S., a.m., e.g.
                    if c == ".", letters == 1, i + 2 < n, letterAt(i + 1), scalar(at: i + 1).1 == 1, bytes[i + 2] == 0x2E {
                        i += 3
                        letters = 1
                        continue
                    }
                    break
                }
                let raw = text(start, i)
                emit(.word, start, i, lower: raw.lowercased(), upper: upper)
                continue
            }
            emit(.punct, i, i + len, lower: String(s))
            i += len
        }
        resolveStraightQuotes(&tokens)
        return tokens
    }

    /// Straight double quotes open when preceded by space or an opening bracket and followed by a
    /// word; otherwise they close.
    private static func resolveStraightQuotes(_ tokens: inout [Token]) {
        var open = false
        for k in tokens.indices where tokens[k].kind == .straightQuote {
            if tokens[k].lineBefore { open = false }
            let next = k + 1 < tokens.count ? tokens[k + 1] : nil
            let opensByShape = tokens[k].spaceBefore && next.map { !$0.spaceBefore } ?? false
            if !open && (opensByShape || k == 0) {
                tokens[k].kind = .openQuote
                open = true
            } else if open {
                tokens[k].kind = .closeQuote
                open = false
            } else {
                tokens[k].kind = .closeQuote
            }
        }
    }
}
