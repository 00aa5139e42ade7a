/// The tense of a date's own clause, which places a weekday, a month or a day without a year before or
/// after publication: "until Thursday" in a past-perfect clause is past; "as soon as Tuesday", "would be
/// traveling Thursday" and "is to resume trading Tuesday" are future.
enum DateTense: Sendable, Equatable {
    case past, future, unknown
    /// Only a weak future word ("until", "by", "set"): a weekday is the coming one, a day of the year the nearest.
    case weakFuture
}

extension DateRules {
    /// Reads the clause back from the date (to a clause break or a few words), then forward: a past marker
    /// ("was", "had", "said", "ago", "last", "since") makes it past, a future marker ("will", "would", "due",
    /// "expected", "is to", "as soon as") future.
    func clauseTense(at k: Int, _ s: SentenceScope) -> DateTense {
        // "as soon as Tuesday", "as early as next week"
        if s.word(k - 1) == "as", s.word(k - 3) == "as" { return .future }
        var i = k - 1
        var steps = 0
        var weakFuture = false
        while i >= s.range.lowerBound, steps < 8 {
            let t = s.tokens[i]
            if t.kind == .punct, t.scalar == 0x3B || t.scalar == 0x3A || t.scalar == 0x2C { break }
            if t.kind == .word {
                let w = s.lowers[i]
                if t.classes.contains(.past) || DateLexicon.irregularPast.contains(w) { return .past }
                if w == "to", let b = s.word(i - 1), DateLexicon.toBeforeFuture.contains(b) { return .future }
                if t.classes.contains(.future) {
                    if DateLexicon.weakFutureWords.contains(w) { weakFuture = true } else { return .future }
                }
                if DateLexicon.clauseBreaks.contains(w) { break }
            }
            i -= 1
            steps += 1
        }
        // Forward, to the end of the clause: "On Tuesday, the board will meet", "Until Thursday, they had not …".
        i = k + 1
        steps = 0
        while i < s.range.upperBound, steps < 6 {
            let t = s.tokens[i]
            if t.kind == .punct, t.scalar == 0x3B || t.scalar == 0x2E { break }
            if t.kind == .word {
                if t.classes.contains(.past) { return .past }
                if DateLexicon.futureModals.contains(s.lowers[i]) { return .future }
                if DateLexicon.clauseBreaks.contains(s.lowers[i]) { break }
            }
            i += 1
            steps += 1
        }
        return weakFuture ? .weakFuture : .unknown
    }
}
