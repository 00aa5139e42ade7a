/// The dateline that opens a wire story ("BAGHDAD (Reuters) -", "WASHINGTON, March 3 (AP) —", "GAZA CITY —"):
/// place, date and agency of the report, not part of its first claim. The claim starts after the dash, and the
/// dateline's date is not a fact of the sentence (it is the story's own date, given by `--published`).
enum Dateline {
    /// The index of the first token after a dateline that opens the sentence `range` at the start of a
    /// paragraph, or nil when the sentence has none. A dateline is one to four upper-case words, then
    /// optionally a comma and up to six more tokens (a region, a date), then optionally an agency in
    /// parentheses, then a dash.
    static func end(of range: Range<Int>, _ tokenized: TokenizedText, bytes: [UInt8]) -> Int? {
        let tokens = tokenized.tokens
        guard let first = range.first, tokens[first].lineBefore || first == 0 else { return nil }
        var k = first
        while k < range.upperBound, k - first < 4, tokens[k].kind == .word, isCapitals(tokens[k], bytes) { k += 1 }
        guard k > first, k < range.upperBound else { return nil }
        if tokens[k].isPunct(",") {
            let limit = min(range.upperBound, k + 7)
            k += 1
            while k < limit,
                tokens[k].kind == .word || tokens[k].kind == .number || tokens[k].isPunct(",")
                    || tokens[k].isPunct(".")
            {
                k += 1
            }
        }
        if k < range.upperBound, tokens[k].isPunct("(") {
            let limit = min(range.upperBound, k + 5)
            k += 1
            while k < limit, !tokens[k].isPunct(")") { k += 1 }
            guard k < limit else { return nil }
            k += 1
        }
        // The dash stands apart ("BAGHDAD -"), unlike a compound ("U.S.-China").
        guard k < range.upperBound, tokens[k].kind == .punct, NonFactLexicon.datelineDashes.contains(tokens[k].scalar),
            tokens[k].spaceBefore
        else { return nil }
        // "--" is two tokens.
        if k + 1 < range.upperBound, tokens[k + 1].isPunct("-"), !tokens[k + 1].spaceBefore { k += 1 }
        // A dateline on a line of its own stays whole: TempEval-3 marks its date (the story's own) as a DATE.
        return k + 1 < range.upperBound ? k + 1 : nil
    }

    /// Whether a word is written in capitals ("BAGHDAD", "U.S."): at least two letters, none lower-case.
    private static func isCapitals(_ t: Token, _ bytes: [UInt8]) -> Bool {
        var letters = 0
        for b in bytes[t.start..<t.end] {
            if b >= 0x61 && b <= 0x7A { return false }
            if b >= 0x41 && b <= 0x5A { letters += 1 }
        }
        return letters >= 2
    }
}
