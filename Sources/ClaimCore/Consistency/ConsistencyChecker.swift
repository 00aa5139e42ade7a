import Foundation

/// Finds the internal inconsistencies the extracted facts prove (see `ConsistencyNote.Kind`).
/// A pure function of the claims and the article; orphaned claims are left out (their sentence is gone).
public struct ConsistencyChecker: Sendable {
    /// A checker (it holds no state).
    public init() {}

    /// The notes the claims' facts prove about `article`, in article order: unit and weekday notes claim by
    /// claim, then counts given two ways.
    public func check(_ claims: [Claim], article: String) -> [ConsistencyNote] {
        let current = claims.filter { !$0.isOrphaned }.sorted { $0.span < $1.span }
        let bytes = Array(article.utf8)
        var words = WordMemo()
        var notes: [ConsistencyNote] = []
        for claim in current {
            notes += unitNotes(claim, &words)
            notes += weekdayNotes(claim, articleBytes: bytes)
        }
        notes += countNotes(current, &words)
        return notes
    }

    /// What a noun or unit word reads as, worked out once per distinct word of a check (a long
    /// document repeats "people" and "km" thousands of times).
    struct WordMemo {
        private var units: [String: MeasureUnit?] = [:]
        private var nouns: [String: String] = [:]

        mutating func unit(_ word: String) -> MeasureUnit? {
            if let known = units[word] { return known }
            let unit = MeasureUnit(named: word)
            units[word] = unit
            return unit
        }

        mutating func noun(_ word: String) -> String {
            if let known = nouns[word] { return known }
            let noun = ConsistencyChecker.normalizedNoun(word)
            nouns[word] = noun
            return noun
        }
    }

    // MARK: One figure in two units

    /// What a pair of figures converted between systems is, for messages; dimensions not listed are not paired.
    static let convertedDimensions: [MeasureUnit.Dimension: String] = [
        .length: "distance", .area: "area", .mass: "weight", .speed: "speed",
    ]

    /// The amount the checker reads a quantity or casualty fact as: its value and qualifier, and as unit the
    /// fact's unit, or its noun when that is a unit word (a fact "300 km" with noun "km"); nil for other facts.
    public func amount(of fact: Fact) -> Amount? {
        var words = WordMemo()
        return amount(of: fact, &words)
    }

    func amount(of fact: Fact, _ words: inout WordMemo) -> Amount? {
        guard fact.kind == .quantity || fact.kind == .casualty, let value = fact.value else { return nil }
        let unit = (fact.unit ?? fact.noun).flatMap { words.unit($0) }
        return Amount(value: value, qualifier: fact.qualifier ?? .exact, unit: unit, upper: fact.upper)
    }

    /// Neighbouring facts of one sentence giving one dimension in both systems ("300km (190 miles)") must convert.
    func unitNotes(_ claim: Claim, _ words: inout WordMemo) -> [ConsistencyNote] {
        var figures: [(fact: Fact, amount: Amount, unit: MeasureUnit)] = []
        for fact in claim.facts {
            guard let amount = amount(of: fact, &words), let unit = amount.unit, unit.factor != nil,
                Self.convertedDimensions[unit.dimension] != nil
            else { continue }
            figures.append((fact, amount, unit))
        }
        figures.sort { $0.fact.span < $1.fact.span }
        var notes: [ConsistencyNote] = []
        var index = 0
        while index + 1 < figures.count {
            let a = figures[index]
            let b = figures[index + 1]
            if a.unit.dimension == b.unit.dimension, a.unit.isMetric != b.unit.isMetric {
                if a.amount.compare(with: b.amount) == .contradicts {
                    let converted = a.unit.convert(a.amount.value, to: b.unit)
                    let what = Self.convertedDimensions[a.unit.dimension] ?? "figure"
                    notes.append(
                        ConsistencyNote(
                            kind: .unitMismatch,
                            message:
                                "“\(a.fact.text)” and “\(b.fact.text)” should be the same \(what), but \(Fact.format(number: a.amount.value)) \(a.unit.plural) is about \(Fact.format(number: converted.rounded())) \(b.unit.plural), not \(Fact.format(number: b.amount.value)).",
                            claimIDs: [claim.id]))
                }
                index += 2  // a converted pair is used up
            } else {
                index += 1
            }
        }
        return notes
    }

    // MARK: Weekday against resolved date

    static let weekdays = CalendarNames.weekdayNames

    /// A date fact resolved to one day, whose words (or the word just before them) name another weekday.
    func weekdayNotes(_ claim: Claim, articleBytes bytes: [UInt8]) -> [ConsistencyNote] {
        var notes: [ConsistencyNote] = []
        for fact in claim.facts where fact.kind == .date {
            guard let resolved = fact.resolved, resolved.utf8.count == 10 else { continue }
            let start = fact.span.start
            let windowStart = max(claim.span.start, start - 16, 0)
            var namedIndex = Self.lastWeekday(in: fact.text)
            if namedIndex == nil, windowStart < start, start <= bytes.count {
                namedIndex = Self.lastWeekday(in: String(decoding: bytes[windowStart..<start], as: UTF8.self))
            }
            guard let namedIndex, let day = CalendarDay(iso: resolved) else { continue }
            let named = Self.weekdays[namedIndex]
            let actual = day.isoWeekday - 1
            if namedIndex != actual {
                notes.append(
                    ConsistencyNote(
                        kind: .weekdayMismatch,
                        message:
                            "“\(fact.text)” is read as \(day.iso), which was a \(Self.weekdays[actual].capitalized), not a \(named.capitalized).",
                        claimIDs: [claim.id]))
            }
        }
        return notes
    }

    static let weekdayBytes = weekdays.map { Array($0.utf8) }

    /// The last weekday named in `text` as a whole word, in any letter case (0 = Monday). Words are
    /// runs of letters (with their combining marks); a word with a non-ASCII letter is no weekday.
    static func lastWeekday(in text: String) -> Int? {
        var last: Int?
        var word: [UInt8] = []
        var foreign = false
        func endWord() {
            if !foreign, (6...9).contains(word.count), let index = weekdayBytes.firstIndex(of: word) { last = index }
            word.removeAll(keepingCapacity: true)
            foreign = false
        }
        for scalar in text.unicodeScalars {
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                if (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte) {
                    word.append(byte | 0x20)
                } else {
                    endWord()
                }
                continue
            }
            switch scalar.properties.generalCategory {
            case .nonspacingMark, .spacingMark, .enclosingMark: foreign = true
            default:
                if scalar.properties.isAlphabetic { foreign = true } else { endWord() }
            }
        }
        endWord()
        return last
    }

    // MARK: One count given two ways

    /// Exact counts of the same noun (no unit, and a noun that is no unit word) that contradict each
    /// other between sentences. A bound ("more than 20") is no count to compare.
    func countNotes(_ claims: [Claim], _ words: inout WordMemo) -> [ConsistencyNote] {
        struct Seen {
            var amount: Amount
            var text: String
            var claim: Claim
        }
        var firstByNoun: [String: [Seen]] = [:]
        var order: [String] = []
        for claim in claims {
            for fact in claim.facts {
                guard fact.unit == nil, let amount = amount(of: fact, &words), amount.qualifier == .exact,
                    amount.unit == nil,
                    let noun = fact.noun.map({ words.noun($0) }), !noun.isEmpty
                else { continue }
                if firstByNoun[noun] == nil { order.append(noun) }
                firstByNoun[noun, default: []].append(Seen(amount: amount, text: fact.text, claim: claim))
            }
        }
        var notes: [ConsistencyNote] = []
        for noun in order {
            let seen = firstByNoun[noun]!
            var reported = Set<Double>()
            guard let first = seen.first else { continue }
            for other in seen.dropFirst()
            where other.claim.id != first.claim.id && !reported.contains(other.amount.value)
                && first.amount.compare(with: other.amount) == .contradicts
            {
                reported.insert(other.amount.value)
                notes.append(
                    ConsistencyNote(
                        kind: .countMismatch,
                        message:
                            "“\(first.text)” (claim \(first.claim.ordinal)) and “\(other.text)” (claim \(other.claim.ordinal)) count \(noun) differently: \(Fact.format(number: first.amount.value)) vs \(Fact.format(number: other.amount.value)). Check whether they describe the same thing.",
                        claimIDs: [first.claim.id, other.claim.id]))
            }
        }
        return notes
    }

    /// Lower case and single spaces, so "Members of  Parliament" and "members of parliament" are one noun.
    static func normalizedNoun(_ noun: String) -> String {
        let words = noun.lowercased().split { $0.isWhitespace }
        return words.joined(separator: " ")
    }
}
