import ClaimCore
import Foundation

/// A word or number of a text, lower-cased and normalised: what quote
/// matching and BM25 compare. Number values are the number grammar's business (`NumberGrammar`), not this.
struct Word: Equatable {
    enum Kind { case word, number }
    var kind: Kind
    /// Lower-case form with curly quotes and dashes made plain; for numbers the digits without commas.
    var text: String
}

/// Splitting text into `Word`s and the small normalisations matching needs.
enum Words {
    /// Words and runs of digits (with the commas and points between digits: "1,200", "3.5").
    static func split(_ text: String) -> [Word] {
        var words: [Word] = []
        var i = text.startIndex
        while i < text.endIndex {
            let c = text[i]
            if c.isNumber && c.isASCII {
                var j = text.index(after: i)
                var digits = String(c)
                while j < text.endIndex {
                    let d = text[j]
                    if d.isASCII && d.isNumber {
                        digits.append(d)
                        j = text.index(after: j)
                        continue
                    }
                    let next = text.index(after: j)
                    if d == "," || d == ".", next < text.endIndex, text[next].isASCII, text[next].isNumber {
                        if d == "." { digits.append(".") }
                        j = next
                        continue
                    }
                    break
                }
                words.append(Word(kind: .number, text: digits))
                i = j
            } else if c.isLetter {
                var j = text.index(after: i)
                while j < text.endIndex {
                    let d = text[j]
                    if d.isLetter || (d.isNumber && !d.isASCII) {
                        j = text.index(after: j)
                        continue
                    }
                    let next = text.index(after: j)
                    if isJoiner(d), next < text.endIndex, text[next].isLetter {
                        j = next
                        continue
                    }
                    break
                }
                words.append(Word(kind: .word, text: normalize(String(text[i..<j]))))
                i = j
            } else {
                i = text.index(after: i)
            }
        }
        return words
    }

    private static func isJoiner(_ c: Character) -> Bool {
        c == "'" || c == "’" || c == "-" || c == "‐" || c == "‑"
    }

    /// Lower case; curly apostrophes and dashes become ASCII.
    static func normalize(_ s: String) -> String {
        var out = ""
        for scalar in s.lowercased().unicodeScalars {
            switch scalar {
            case "\u{2018}", "\u{2019}", "\u{02BC}", "\u{2032}": out.unicodeScalars.append("'")
            case "\u{201C}", "\u{201D}", "\u{201E}", "\u{00AB}", "\u{00BB}": out.unicodeScalars.append("\"")
            case "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2212}": out.unicodeScalars.append("-")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A crude stem for comparing content words: possessives and plural `s` dropped.
    static func stem(_ word: String) -> String {
        var w = word
        if w.hasSuffix("'s") { w.removeLast(2) }
        if w.hasSuffix("ies"), w.count > 4 { return String(w.dropLast(3)) + "y" }
        if w.hasSuffix("s"), !w.hasSuffix("ss"), w.count > 3 { w.removeLast() }
        return w
    }

    static let stopwords: Set<String> = [
        "a", "an", "the", "and", "or", "but", "if", "of", "in", "on", "at", "to", "for", "from", "by", "with", "as",
        "is", "was", "were", "are", "be", "been", "being", "has", "have", "had", "do", "does", "did", "it", "its",
        "this", "that", "these", "those", "he", "she", "they", "we", "i", "you", "his", "her", "their", "our", "my",
        "your", "him", "them", "us", "me", "not", "no", "so", "than", "then", "there", "here", "which", "who", "whom",
        "what", "when", "where", "why", "how", "all", "any", "some", "more", "most", "other", "such", "only", "own",
        "same", "too", "very", "can", "will", "would", "should", "could", "may", "might", "must", "also", "into",
        "about", "over", "after", "before", "up", "down", "out", "off", "again", "further", "once", "said", "says",
        "say", "according", "while", "during", "per", "cent", "percent",
    ]

    /// Content-word stems of a text: what BM25 counts.
    static func terms(_ words: [Word]) -> [String] {
        words.compactMap {
            $0.kind == .word && !stopwords.contains($0.text) && NumberWords.value(of: $0.text) == nil
                ? stem($0.text) : nil
        }
    }
}
