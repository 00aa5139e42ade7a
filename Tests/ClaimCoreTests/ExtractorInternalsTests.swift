import Testing

@testable import ClaimCore

/// The extractor's speed machinery must never change what it finds: blocks, the word interner, class
/// bits and byte-level string tests give the same answers as the plain ways they replace.
@Suite struct ExtractorInternalsTests {
    /// Varied prose longer than several blocks, with quotes, straight quotes, non-ASCII words, dotted
    /// abbreviations and paragraph breaks in odd places.
    static let longArticle: String = {
        let paragraphs = [
            "“We will not stop,” said Gen. Khalifa Haftar. More than 40 people were killed on Friday in Benghazi.",
            "The U.S. envoy met Mr. Smith at 10 a.m. The 2016 budget allots £4.2bn to 300km (190 miles) of road.",
            "\"It is a disgrace,\" the mayor of Zürich, Corine Mauch, told reporters yesterday. Six fighters died.",
            "Inflation rose to 3.5 per cent in January, the statistics office said; unemployment fell 2 percentage points.",
            "Since the summer of 2014, rival administrations have ruled Libya, which he said was inevitable",
            "Ça va? Éric Noël said the 1,200-year-old church in Sirte was no longer standing, according to AFP.",
        ]
        var text = ""
        var k = 0
        while text.utf8.count < 3 * Tokenizer.blockSize + 1000 {
            text += paragraphs[k % paragraphs.count] + (k % 7 == 3 ? "\n\n" : "\n")
            k += 1
        }
        return text
    }()

    @Test func blocksHoldTheSameTokensAsTheWholeArticle() {
        let bytes = Array(Self.longArticle.utf8)
        let whole = Tokenizer.tokenize(bytes)
        var tokens: [Token] = []
        var lowers: [String] = []
        var blocks = 0
        Tokenizer.forEachBlock(bytes) { block in
            blocks += 1
            tokens += block.tokens
            lowers += block.lowers
        }
        #expect(blocks >= 3)
        #expect(tokens.count == whole.tokens.count)
        #expect(lowers == whole.lowers)
        #expect(
            zip(tokens, whole.tokens).allSatisfy { a, b in
                a.start == b.start && a.end == b.end && a.kind == b.kind && a.classes == b.classes && a.upper == b.upper
                    && a.spaceBefore == b.spaceBefore && a.lineBefore == b.lineBefore && a.dotted == b.dotted
                    && a.scalar == b.scalar
            })
    }

    @Test func tokensStayPlainTwentyEightByteValues() {
        #expect(MemoryLayout<Token>.stride == 28)  // what Token's documentation promises
        #expect(_isPOD(Token.self))
    }

    @Test func claimsDoNotDependOnWhereBlocksEnd() {
        // The same paragraphs, extracted whole and one at a time, give the same claims (spans shifted).
        let published = CalendarDay(iso: "2016-02-24")
        let claims = Extractor().extract(Self.longArticle, published: published)
        var offset = 0
        var oneByOne: [String] = []
        for line in Self.longArticle.split(separator: "\n", omittingEmptySubsequences: false) {
            oneByOne += Extractor().extract(String(line), published: published).map {
                "\($0.span.start + offset) \($0.text)"
            }
            offset += line.utf8.count + 1
        }
        #expect(claims.map { "\($0.span.start) \($0.text)" } == oneByOne)
    }

    @Test func theInternerReturnsLowerCasedWordsAndTheLexiconClasses() {
        var words = WordInterner()
        func word(_ text: String) -> (String, WordClass) {
            Array(text.utf8).withUnsafeBufferPointer { words.word($0, hash: WordInterner.hash($0)) }
        }
        #expect(word("Killed").0 == "killed")
        #expect(word("KILLED") == word("killed"))
        #expect(word("killed").1 == WordClass.of("killed"))
        #expect(word("Twenty-One").1.contains(.numberWord))
        #expect(word("U.S.").0 == "u.s.")
        #expect(word("O'Neill").0 == "o'neill")
        #expect(word("said").1.contains(.speechVerb))
        #expect(word("table").1 == [])
        // Thousands of distinct words: the table grows and still finds every one.
        for n in 0..<5_000 { _ = word("w\(n)x") }
        #expect(word("W1234X").0 == "w1234x")
        #expect(word("Killed").0 == "killed")
    }

    @Test func everyLexiconWordHasTheClassOfItsList() {
        for word in AttributionLexicon.speechVerbs { #expect(WordClass.of(word).contains(.speechVerb), "\(word)") }
        for word in AttributionLexicon.roleWords { #expect(WordClass.of(word).contains(.role), "\(word)") }
        for word in QuantityLexicon.nounStops { #expect(WordClass.of(word).contains(.nounStop), "\(word)") }
        for word in DateLexicon.months.keys { #expect(WordClass.of(word).contains(.month), "\(word)") }
        for word in MeasureUnit.aliases.keys { #expect(WordClass.of(word).contains(.unitWord), "\(word)") }
        for word in DateLexicon.futureWords { #expect(WordClass.of(word).contains(.future), "\(word)") }
        #expect(WordClass.of("mid-2015") == .dateStart)
        #expect(WordClass.of("ninety-nine") == .numberWord)
        #expect(WordClass.of("well-known") == [])
    }

    @Test func decimalsReadExactlyAsSwiftReadsThem() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let whole = UInt64.random(in: 0...9_999_999, using: &rng)
            let decimals = Int.random(in: 1...7, using: &rng)
            let fraction = String(UInt64.random(in: 0...9_999_999, using: &rng)).prefix(decimals)
            let digits = "\(whole).\(fraction)"
            #expect(NumberReader.digitsValue(digits) == Double(digits), "\(digits)")
        }
        #expect(NumberReader.digitsValue("1,200") == 1200)
        #expect(NumberReader.digitsValue("1,200.75") == 1200.75)
        #expect(NumberReader.digitsValue("1.200.300") == nil)
        #expect(NumberReader.digitsValue("12345678901234567890") == Double("12345678901234567890"))
        #expect(NumberReader.digitsValue("0.1") == 0.1)
    }

    /// Leading zeros keep the integer small while the decimals pile up: more than 15 of them once
    /// indexed past the table of powers of ten (a crash the fuzzer found).
    @Test func longFractionsAndLeadingZerosReadAsSwiftReadsThem() {
        for digits in [
            "0.0000006679214017301", "0.0000000000000001", "0.00000000000000000000000000001",
            "000000000000000000000.5", "1.000000000000000000001", "0.123456789012345",
            "0.1234567890123456", "100000000000000.5", "99999999999999.99",
        ] {
            #expect(NumberReader.digitsValue(digits) == Double(digits), "\(digits)")
        }
        var rng = SystemRandomNumberGenerator()
        func digitString(_ count: Int) -> String {
            String((0..<count).map { _ in Character(String(Int.random(in: 0...9, using: &rng))) })
        }
        for _ in 0..<5_000 {
            let zeros = String(repeating: "0", count: Int.random(in: 0...20, using: &rng))
            let digits =
                "\(digitString(Int.random(in: 1...6, using: &rng))).\(zeros)\(digitString(Int.random(in: 1...12, using: &rng)))"
            #expect(NumberReader.digitsValue(digits) == Double(digits), "\(digits)")
        }
    }

    @Test(arguments: ["killed", "fighters", "ed", "", "Zürich", "naïve", "e\u{301}d", "sayed", "x"])
    func byteLevelStringTestsAgreeWithTheStringMethods(_ text: String) {
        for suffix: StaticString in ["ed", "ers", "s", "ly", "ing"] {
            #expect(text.endsWith(suffix) == text.hasSuffix("\(suffix)"), "\(text) ends with \(suffix)")
        }
        for prefix: StaticString in ["al-", "mid-", "k", "point"] {
            #expect(text.startsWith(prefix) == text.hasPrefix("\(prefix)"), "\(text) starts with \(prefix)")
        }
        #expect(text.characterCount == text.count)
        #expect(text.equalsIgnoringCase(text.uppercased()))
        #expect(text.equalsIgnoringCase(text + "a") == false)
    }

    @Test func caseInsensitiveEqualityTreatsOnlyLettersAlike() {
        #expect("Ali al-Qaidi".equalsIgnoringCase("ALI AL-QAIDI"))
        #expect(!"a@".equalsIgnoringCase("A`"))  // 0x40 and 0x60 differ by 0x20 but are not letters
        #expect("Zoë".equalsIgnoringCase("ZOË"))
    }

    /// The first-byte filter in front of the rules' `Set` lookups never rules out a word of its set, and rules
    /// out words whose first byte no word of the set has (ASCII and non-ASCII first bytes alike).
    @Test func anInitialSetKeepsEveryWordOfItsSet() {
        let words = ["aged", "more", "called", "zebra", "élan", "~tilde"]
        let initials = InitialSet(words)
        for word in words { #expect(initials.mayContain(word), "\(word)") }
        for word in ["bold", "yes", "", "Ωmega", "5 people"] { #expect(!initials.mayContain(word), "\(word)") }
        for word in CasualtyLexicon.cues { #expect(InitialSet(CasualtyLexicon.cues).mayContain(word)) }
    }
}
