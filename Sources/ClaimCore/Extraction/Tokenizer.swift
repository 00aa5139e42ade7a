/// Splits article bytes into tokens.
///
/// News prose is almost all ASCII, so each character takes a byte-level fast path (letters, digits,
/// spaces, punctuation) and only non-ASCII characters are decoded as Unicode scalars. ASCII words go
/// through a `WordInterner`: each distinct word is lower-cased and classified once per article.
enum Tokenizer {
    static func tokenize(_ bytes: [UInt8]) -> TokenizedText {
        var text = TokenizedText(tokens: [], lowers: [])
        var words = WordInterner()
        bytes.withUnsafeBufferPointer { tokenize($0, in: 0..<$0.count, words: &words, into: &text) }
        return text
    }

    /// Size of the blocks `forEachBlock` cuts an article into.
    static let blockSize = 64 * 1024

    /// Tokenises the article block by block — whole lines, about `blockSize` bytes each — and hands each
    /// block's tokens to `body`. Sentences never cross a line break, so the blocks hold the same sentences
    /// as the whole article would; the tokens of a block are still in cache when the rules read them, and
    /// memory stays flat for any article size. Token offsets are into the whole article.
    static func forEachBlock(_ bytes: [UInt8], _ body: (TokenizedText) -> Void) {
        var text = TokenizedText(tokens: [], lowers: [])
        var words = WordInterner()
        bytes.withUnsafeBufferPointer { buffer in
            var start = 0
            while start < buffer.count {
                var end = min(start + blockSize, buffer.count)
                while end < buffer.count, buffer[end - 1] != 0x0A { end += 1 }
                text.tokens.removeAll(keepingCapacity: true)
                text.lowers.removeAll(keepingCapacity: true)
                tokenize(buffer, in: start..<end, words: &words, into: &text)
                body(text)
                start = end
            }
        }
    }

    /// One-character strings of the ASCII range, so punctuation tokens allocate nothing.
    private static let asciiStrings: [String] = (0..<128).map { String(Unicode.Scalar(UInt8($0))) }

    /// Tokenises `bytes[range]` (which starts at a line's start and ends after a line break or at the end)
    /// into `output`, which must be empty (its capacity is reused); `words` keeps the words met so far.
    private static func tokenize(
        _ bytes: UnsafeBufferPointer<UInt8>, in range: Range<Int>, words: inout WordInterner,
        into output: inout TokenizedText
    ) {
        var tokens = output.tokens
        var lowers = output.lowers
        output = TokenizedText(tokens: [], lowers: [])
        tokens.reserveCapacity(range.count / 5)
        lowers.reserveCapacity(range.count / 5)
        var i = range.lowerBound
        var space = true
        var line = true
        var straightQuotes = false
        let n = range.upperBound

        func scalar(at i: Int) -> (Unicode.Scalar, Int) {
            let b0 = bytes[i]
            if b0 < 0x80 { return (Unicode.Scalar(b0), 1) }
            var value: UInt32
            var len: Int
            if b0 & 0xE0 == 0xC0 {
                value = UInt32(b0 & 0x1F)
                len = 2
            } else if b0 & 0xF0 == 0xE0 {
                value = UInt32(b0 & 0x0F)
                len = 3
            } else if b0 & 0xF8 == 0xF0 {
                value = UInt32(b0 & 0x07)
                len = 4
            } else {
                return ("\u{FFFD}", 1)
            }
            guard i + len <= n else { return ("\u{FFFD}", 1) }
            for k in 1..<len { value = value << 6 | UInt32(bytes[i + k] & 0x3F) }
            return (Unicode.Scalar(value) ?? "\u{FFFD}", len)
        }
        func isASCIILetter(_ b: UInt8) -> Bool { (b | 0x20) &- 0x61 < 26 }
        func isLetter(_ s: Unicode.Scalar) -> Bool {
            if s.value < 0x80 { return isASCIILetter(UInt8(s.value)) }
            return s.properties.isAlphabetic
        }
        func isDigit(_ b: UInt8) -> Bool { b &- 0x30 < 10 }
        func letterAt(_ j: Int) -> Bool {
            guard j < n else { return false }
            return bytes[j] < 0x80 ? isASCIILetter(bytes[j]) : isLetter(scalar(at: j).0)
        }
        func text(_ a: Int, _ b: Int) -> String {
            String(decoding: UnsafeBufferPointer(rebasing: bytes[a..<b]), as: UTF8.self)
        }
        func emit(
            _ kind: Token.Kind, _ a: Int, _ b: Int, lower: String, upper: Bool = false, dotted: Bool = false,
            classes: WordClass = [], scalar: UInt32 = 0
        ) {
            tokens.append(
                Token(
                    kind: kind, start: a, end: b, spaceBefore: space, lineBefore: line, upper: upper, dotted: dotted,
                    classes: classes, index: Int32(tokens.count), scalar: scalar))
            lowers.append(lower)
            space = false
            line = false
        }

        while i < n {
            let b = bytes[i]
            if b == 0x0A {
                line = true
                space = true
                i += 1
                continue
            }
            if b == 0x20 || b == 0x09 || b == 0x0D || b == 0x0B || b == 0x0C {
                space = true
                i += 1
                continue
            }
            if isDigit(b) {
                let start = i
                i += 1
                while i < n {
                    if isDigit(bytes[i]) {
                        i += 1
                        continue
                    }
                    if bytes[i] == 0x2C || bytes[i] == 0x2E, i + 1 < n, isDigit(bytes[i + 1]) {
                        i += 2
                        continue
                    }
                    break
                }
                emit(.number, start, i, lower: text(start, i))
                continue
            }
            if b < 0x80 {
                if isASCIILetter(b) {
                    i = word(from: i, upper: b <= 0x5A)
                } else if b == 0x60 || b == 0x27, i + 1 < n, bytes[i + 1] == b {
                    // TeX-style quotation marks of wire and newswire corpora: `` opens, '' closes.
                    if b == 0x60 {
                        emit(.openQuote, i, i + 2, lower: "“", scalar: 0x201C)
                    } else {
                        emit(.closeQuote, i, i + 2, lower: "”", scalar: 0x201D)
                    }
                    i += 2
                } else if b == 0x22 {
                    emit(.straightQuote, i, i + 1, lower: "\"", scalar: 0x22)
                    straightQuotes = true
                    i += 1
                } else {
                    emit(.punct, i, i + 1, lower: asciiStrings[Int(b)], scalar: UInt32(b))
                    i += 1
                }
                continue
            }
            let (s, len) = scalar(at: i)
            switch s {
            case "\u{00A0}", "\u{2009}", "\u{202F}", "\u{2002}", "\u{2003}", "\u{200B}", "\u{FEFF}":
                space = true
                i += len
                continue
            case "\u{201C}", "\u{201E}", "\u{00AB}", "\u{2018}":
                if s == "\u{2018}", !space, tokens.last.map({ $0.kind == .word || $0.kind == .number }) == true {
                    emit(.punct, i, i + len, lower: "'", scalar: 0x27)  // a mis-typed apostrophe
                } else {
                    emit(
                        .openQuote, i, i + len, lower: s == "\u{2018}" ? "‘" : "“",
                        scalar: s == "\u{2018}" ? 0x2018 : 0x201C)
                }
                i += len
                continue
            case "\u{201D}", "\u{00BB}", "\u{2019}":
                emit(
                    .closeQuote, i, i + len, lower: s == "\u{2019}" ? "’" : "”",
                    scalar: s == "\u{2019}" ? 0x2019 : 0x201D)
                i += len
                continue
            default:
                break
            }
            if isLetter(s) {
                i = word(from: i, upper: s.properties.isUppercase)
                continue
            }
            emit(.punct, i, i + len, lower: String(s), scalar: s.value)
            i += len
        }

        /// Reads the word starting at `start` (a letter), emits it and returns the index after it. Letters and
        /// digits, joined by hyphens ("al-Abbani", "COVID-19") and apostrophes ("Libya’s", "don't"), and dotted
        /// abbreviations ("U.S.", "a.m.").
        func word(from start: Int, upper: Bool) -> Int {
            var i = start
            var letters = 0
            var ascii = true
            var hash = WordInterner.hashSeed
            while i < n {
                let c = bytes[i]
                if c < 0x80 {
                    if isASCIILetter(c) || isDigit(c) {
                        hash = WordInterner.mix(hash, c)
                        i += 1
                        letters += 1
                        continue
                    }
                    if c == 0x2D, i + 1 < n, letterAt(i + 1) || isDigit(bytes[i + 1]) {
                        hash = WordInterner.mix(hash, c)
                        i += 1
                        continue
                    }
                    if c == 0x27, letterAt(i + 1) {
                        hash = WordInterner.mix(hash, c)
                        i += 1
                        continue
                    }
                    // Dotted abbreviations: U.S., a.m., e.g.
                    if c == 0x2E, letters == 1, i + 2 < n, bytes[i + 1] < 0x80, isASCIILetter(bytes[i + 1]),
                        bytes[i + 2] == 0x2E
                    {
                        hash = WordInterner.mix(WordInterner.mix(WordInterner.mix(hash, c), bytes[i + 1]), bytes[i + 2])
                        i += 3
                        letters = 1
                        continue
                    }
                    break
                }
                let (s, l) = scalar(at: i)
                if isLetter(s) {
                    i += l
                    letters += 1
                    ascii = false
                    continue
                }
                if s == "\u{2011}", i + l < n, letterAt(i + l) || isDigit(bytes[i + l]) {
                    i += l
                    ascii = false
                    continue
                }
                // Libya’s — but not a closing single quote: ’ followed by a letter is inside a word.
                if s == "\u{2019}", letterAt(i + l) {
                    i += l
                    ascii = false
                    continue
                }
                break
            }
            if ascii {
                let (lower, classes) = words.word(UnsafeBufferPointer(rebasing: bytes[start..<i]), hash: hash)
                emit(.word, start, i, lower: lower, upper: upper, dotted: bytes[i - 1] == 0x2E, classes: classes)
            } else {
                let lower = text(start, i).lowercased()
                emit(
                    .word, start, i, lower: lower, upper: upper, dotted: bytes[i - 1] == 0x2E,
                    classes: WordClass.of(lower))
            }
            return i
        }

        if straightQuotes { resolveStraightQuotes(&tokens) }
        output = TokenizedText(tokens: tokens, lowers: lowers)
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
