import Foundation

/// A number as a text writes it — digits or words — with its value, unit and the words that follow it.
struct NumberMention: Equatable {
    enum Unit: String { case percent, km, miles }

    var value: Double
    var unit: Unit?
    /// The number as written ("six", "1,200", "2 million").
    var written: String
    /// Stems of up to four words after the number (the counted noun is usually among them).
    var following: [String]
    /// The first and last `Word` index of the mention.
    var words: ClosedRange<Int>

    /// Whether this mention states `value` (in `unit`): equal values, km ↔ miles converted (3 % slack for rounding).
    func states(_ other: Double, unit otherUnit: Unit?) -> Bool {
        switch (unit, otherUnit) {
        case (.km, .miles): return NumberMention.close(value, other * 1.609344)
        case (.miles, .km): return NumberMention.close(value * 1.609344, other)
        case (.percent, .km), (.percent, .miles), (.km, .percent), (.miles, .percent): return false
        default: return abs(value - other) < 1e-9 * max(1, abs(other))
        }
    }

    private static func close(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 0.03 * max(abs(a), abs(b)) }
}

/// Finds numbers in text: digits (`89`, `1,200`, `3.5`), number words (`six`, `twenty-one`,
/// `one hundred and five`, `a dozen`), scales (`2 million`, `1.5bn`) and units (`%`, `per cent`, `km`, `miles`).
enum NumberReader {
    private static let small: [String: Double] = [
        "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
        "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
        "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "dozen": 12, "dozens": 12,
    ]
    private static let scales: [String: Double] = [
        "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000, "trillion": 1_000_000_000_000,
        "m": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
    ]

    /// The value of a single number word ("six" → 6, "twenty-one" → 21), nil for other words.
    static func wordValue(_ word: String) -> Double? {
        if let v = small[word] { return v }
        let parts = word.split(separator: "-")
        if parts.count == 2, let tens = small[String(parts[0])], let unit = small[String(parts[1])], tens >= 20, unit < 10 {
            return tens + unit
        }
        return nil
    }

    static func mentions(in text: String) -> [NumberMention] {
        mentions(in: Words.split(text), text: text)
    }

    static func mentions(in words: [Word], text: String) -> [NumberMention] {
        var found: [NumberMention] = []
        var i = 0
        while i < words.count {
            let start = i
            var value: Double?
            if words[i].kind == .number {
                value = Double(words[i].text)
                i += 1
                // "2 million", "1.5bn"
                if i < words.count, words[i].kind == .word, let scale = scales[words[i].text], value != nil {
                    value! *= scale
                    i += 1
                }
            } else if words[i].kind == .word, small[words[i].text] != nil || wordValue(words[i].text) != nil
                        || (words[i].text == "a" && i + 1 < words.count && ["dozen", "hundred", "thousand", "million"].contains(words[i + 1].text)) {
                (value, i) = readWords(words, from: i)
            } else {
                i += 1
                continue
            }
            guard let v = value, i > start else { continue }
            var unit: NumberMention.Unit?
            if i < words.count {
                switch words[i].text {
                case "%", "percent", "pc": unit = .percent; i += 1
                case "per" where i + 1 < words.count && words[i + 1].text == "cent": unit = .percent; i += 2
                case "km", "kms", "kilometres", "kilometers", "kilometre", "kilometer": unit = .km; i += 1
                case "mile", "miles", "mi": unit = .miles; i += 1
                default: break
                }
            }
            let following = words[i..<min(words.count, i + 4)].filter { $0.kind == .word }.map { Words.stem($0.text) }
            let written = String(text[words[start].range.lowerBound..<words[i - 1].range.upperBound])
            found.append(NumberMention(value: v, unit: unit, written: written, following: following, words: start...(i - 1)))
        }
        return found
    }

    /// "one hundred and five", "twenty-one thousand", "a dozen".
    private static func readWords(_ words: [Word], from start: Int) -> (Double?, Int) {
        var total = 0.0, current = 0.0
        var i = start
        var any = false
        while i < words.count, words[i].kind == .word {
            let w = words[i].text
            if w == "a" && !any {
                current = 1
                i += 1
                continue
            }
            if let v = wordValue(w) {
                if w == "dozen" || w == "dozens" { current = max(current, 1) * 12 } else { current += v }
                any = true
            } else if w == "hundred" && any || w == "hundred" && current == 1 {
                current = max(current, 1) * 100
                any = true
            } else if let scale = scales[w], scale >= 1000, w.count > 2, any || current == 1 {
                total += max(current, 1) * scale
                current = 0
                any = true
            } else if w == "and" && any && i + 1 < words.count && wordValue(words[i + 1].text) != nil {
                // "one hundred and five"
            } else {
                break
            }
            i += 1
        }
        return any ? (total + current, i) : (nil, start + 1)
    }
}
