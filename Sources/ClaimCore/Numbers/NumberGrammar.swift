/// The number grammar's entry point for code outside the extractor (the evidence matcher, tests):
/// every number expression of a text, read by the same `NumberReader` the extractor's rules use.
public enum NumberGrammar {
    /// The number expressions of `text`, in order. Sentences are the extractor's (`SentenceSplitter`); a
    /// number is read with its qualifier before it and its currency or unit around it. Fractions, clock
    /// times, ordinals and malformed digit groups ("1,20") are not numbers.
    public static func mentions(in text: String) -> [NumberMention] {
        let bytes = Array(text.utf8)
        let tokenized = Tokenizer.tokenize(bytes)
        var found: [NumberMention] = []
        for range in SentenceSplitter.split(tokenized) where !range.isEmpty {
            let s = SentenceScope(tokenized, range: range, bytes: bytes)
            var k = range.lowerBound
            while k < range.upperBound {
                let t = s.tokens[k]
                guard t.kind == .number || t.classes.contains(.numberWord), let r = NumberReader.read(at: k, s) else {
                    k += 1
                    continue
                }
                let mention = self.mention(r, s)
                found.append(mention.0)
                k = mention.last + 1
            }
        }
        return found
    }

    /// The mention for reading `r` and its last token (unit included).
    private static func mention(_ r: NumberReader.Reading, _ s: SentenceScope) -> (NumberMention, last: Int) {
        var first = r.first
        var unit: MeasureUnit?
        if let currency = NumberReader.currencyBefore(r.first, s) {
            unit = currency
            first = NumberReader.currencyStart(before: r.first, s)
        }
        var last = r.last
        let upper = NumberReader.rangeEnd(after: r, s)
        if let upper { last = upper.last }
        if let (u, end) = NumberReader.unit(at: last + 1, after: r, hasCurrency: unit != nil, s) {
            unit = u
            last = end
        }
        var (qualifier, qualifierFirst) = NumberReader.qualifier(before: first, s)
        if upper != nil, s.word(first - 1) == "between" {
            (qualifier, qualifierFirst) = (.exact, first - 1)
        }
        var following: [String] = []
        var p = last + 1
        while p < s.range.upperBound, p <= last + 4 {
            let t = s.tokens[p]
            if t.kind == .word { following.append(s.lowers[p]) }
            p += 1
        }
        let amount = Amount(value: r.value, qualifier: qualifier, unit: unit, upper: upper?.value)
        let mention = NumberMention(
            amount: amount, written: s.text(first, last),
            span: s.span(first, last), following: following,
            preceding: s.word(qualifierFirst - 1) ?? "", inWords: r.inWords)
        return (mention, last)
    }
}
