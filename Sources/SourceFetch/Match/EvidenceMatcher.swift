import ClaimCore
import Foundation

/// Ranks the passages of a source's text against a claim and keeps the best few as `EvidenceMatch`es.
///
/// A passage scores on three things, each 0…1, weighted 2 : 2 : 1 — the share of the claim's numbers it
/// states (read by ClaimCore's `NumberGrammar`, as the extractor reads them: number words and digits alike,
/// km ↔ miles within `Tolerance`, per cent ↔ %, and a qualified figure — "more than 40" — by any figure next
/// to its counted noun that agrees with it, such as 49), whether the claim's quoted words occur
/// in it verbatim or nearly (a small word-level edit distance after normalising quotes, dashes and case), and a
/// BM25 score of the claim's other content words (normalised by the best passage). It also reports numbers
/// that sit next to the claim's counted noun with a value that contradicts every claimed one (qualifiers
/// counted: "exactly 89" and 98 contradict, "more than 40" and 49 do not): a likely discrepancy.
public struct EvidenceMatcher: Sendable {
    /// How many passages are kept.
    public var limit: Int

    /// A matcher that keeps the best `limit` passages.
    public init(limit: Int = 3) {
        self.limit = limit
    }

    /// A number the claim states, with the noun it counts.
    struct ClaimNumber {
        var amount: Amount
        /// Stems of the counted noun's content words ("members of parliament" → member, parliament).
        var noun: [String]
        /// The noun as the claim writes it, for messages.
        var nounText: String
        var written: String
    }

    /// The best passages of `text` for `claim`. In a paged text (a PDF's) each match carries its page, and
    /// passages on `preferredPage` (the page a link names, `#page=12`) rank ahead of equally good ones
    /// elsewhere (a bonus of 0.25 in the ranking; the score itself is not changed).
    public func match(_ claim: Claim, in text: String, preferredPage: Int? = nil) -> [EvidenceMatch] {
        let numbers = EvidenceMatcher.numbers(of: claim)
        let quotes = EvidenceMatcher.quotes(of: claim).map { Words.split($0).map(\.text) }.filter { !$0.isEmpty }
        let query = Set(Words.terms(Words.split(claim.text)))
        let passages = Passages.split(text)
        guard !passages.isEmpty else { return [] }

        let words = passages.map { Words.split($0.text) }
        let terms = words.map(Words.terms)
        let bm25 = EvidenceMatcher.bm25(query: query, documents: terms)
        let bestBM25 = bm25.max() ?? 0

        var scored: [(Passage, EvidenceMatch)] = []
        for (index, passage) in passages.enumerated() {
            let mentions = NumberGrammar.mentions(in: passage.text)
            let found = numbers.filter { n in mentions.contains { EvidenceMatcher.supports($0, n) } }
            let missing = numbers.filter { n in !mentions.contains { EvidenceMatcher.supports($0, n) } }
            let plain = words[index].map(\.text)
            let quoteFound = quotes.isEmpty ? nil : quotes.allSatisfy { EvidenceMatcher.nearlyContains(plain, $0) }
            let discrepancies = EvidenceMatcher.discrepancies(numbers, mentions, passage: passage.text)

            var score = 0.0
            var weight = 1.0
            score += bestBM25 > 0 ? bm25[index] / bestBM25 : 0
            if !numbers.isEmpty {
                score += 2 * Double(found.count) / Double(numbers.count)
                weight += 2
            }
            if let quoteFound {
                score += quoteFound ? 2 : 0
                weight += 2
            }
            score /= weight
            let relevant = bm25[index] > 0 || !found.isEmpty || quoteFound == true || !discrepancies.isEmpty
            guard relevant, score >= 0.1 else { continue }
            let match = EvidenceMatch(
                passage: passage.text, score: (score * 1000).rounded() / 1000,
                numbers: found.map(\.written), missingNumbers: numbers.isEmpty ? nil : missing.map(\.written),
                quoteFound: quoteFound, discrepancies: discrepancies.isEmpty ? nil : discrepancies,
                page: passage.page)
            scored.append((passage, match))
        }
        func rank(_ entry: (Passage, EvidenceMatch)) -> Double {
            entry.1.score + (preferredPage != nil && entry.0.page == preferredPage ? 0.25 : 0)
        }
        scored.sort { rank($0) > rank($1) }
        var kept: [(Passage, EvidenceMatch)] = []
        for candidate in scored where kept.count < limit && !kept.contains(where: { $0.0.overlaps(candidate.0) }) {
            kept.append(candidate)
        }
        return kept.map(\.1)
    }

    // MARK: What the claim states

    /// The claim's quantities and casualty counts; when the claim carries no such facts, the numbers of its
    /// text (leaving out dates: years and days next to a month name).
    static func numbers(of claim: Claim) -> [ClaimNumber] {
        let facts = claim.facts.filter { ($0.kind == .quantity || $0.kind == .casualty) && $0.value != nil }
        if !facts.isEmpty {
            var result: [ClaimNumber] = []
            for fact in facts {
                let value = fact.value!
                let unit =
                    fact.unit.flatMap(MeasureUnit.init(named:))
                    ?? NumberGrammar.mentions(in: fact.text).first { $0.value == value }?.amount.unit
                let noun = (fact.noun ?? "").isEmpty ? [] : Words.terms(Words.split(fact.noun!))
                let amount = Amount(value: value, qualifier: fact.qualifier ?? .exact, unit: unit, upper: fact.upper)
                let number = ClaimNumber(
                    amount: amount, noun: noun, nounText: fact.noun ?? "", written: Fact.format(number: value))
                if !result.contains(where: { $0.amount.value == value && $0.amount.unit == unit }) {
                    result.append(number)
                }
            }
            return result
        }
        return NumberGrammar.mentions(in: claim.text).compactMap { m in
            if CalendarNames.months[m.preceding] != nil
                || m.following.first.map({ CalendarNames.months[$0] != nil }) == true
            {
                return nil
            }
            // "one of them", "a hundred years ago": a word for one is rarely the figure being checked.
            if m.value == 1 || ["a", "an"].contains(m.written.lowercased().split(separator: " ").first ?? "") {
                return nil
            }
            if m.amount.unit == nil, m.value >= 1900, m.value <= 2100, m.value.rounded() == m.value,
                !m.written.contains(",")
            {
                return nil
            }
            let noun = Array(m.following.map(Words.stem).filter { !Words.stopwords.contains($0) }.prefix(1))
            return ClaimNumber(amount: m.amount, noun: noun, nounText: noun.first ?? "", written: m.written)
        }
    }

    /// Whether a source's mention supports a claimed number: the same figure (qualifiers aside: "40" is
    /// found in "more than 40"), or, next to the counted noun, a figure the claim's qualifier or range allows
    /// ("more than 40 people" is supported by "49 people", "25 people" by "20-30 people").
    static func supports(_ mention: NumberMention, _ number: ClaimNumber) -> Bool {
        var plain = mention.amount
        var claimed = number.amount
        plain.qualifier = .exact
        claimed.qualifier = .exact
        if plain.compare(with: claimed) == .same { return true }
        let bounded =
            number.amount.qualifier != .exact || mention.amount.qualifier != .exact || number.amount.upper != nil
            || mention.amount.upper != nil
        guard bounded, countsNoun(mention, number) else { return false }
        return mention.amount.agrees(with: number.amount)
    }

    /// Whether the mention's next words hold the claim's counted noun (its first content word).
    static func countsNoun(_ mention: NumberMention, _ number: ClaimNumber) -> Bool {
        guard let head = number.noun.first else { return false }
        return mention.following.prefix(3).contains { Words.stem(Words.normalize($0)) == head }
    }

    /// The claim's quoted words: its quote facts, else the text between quotation marks in the claim.
    static func quotes(of claim: Claim) -> [String] {
        let facts = claim.facts.filter { $0.kind == .quote }.map(\.text)
        if !facts.isEmpty { return facts }
        var quotes: [String] = []
        var inside: String?
        for c in claim.text {
            if c == "“" || (c == "\"" && inside == nil) {
                inside = ""
            } else if c == "”" || c == "\"", let q = inside {
                if q.split(separator: " ").count >= 3 { quotes.append(q) }
                inside = nil
            } else {
                inside?.append(c)
            }
        }
        return quotes
    }

    // MARK: Scoring

    /// BM25 (k1 = 1.2, b = 0.75) of the query terms in each document.
    static func bm25(query: Set<String>, documents: [[String]]) -> [Double] {
        guard !query.isEmpty, !documents.isEmpty else { return documents.map { _ in 0 } }
        let n = Double(documents.count)
        let averageLength = max(1, Double(documents.reduce(0) { $0 + $1.count }) / n)
        var documentFrequency: [String: Int] = [:]
        for doc in documents {
            for term in Set(doc) where query.contains(term) { documentFrequency[term, default: 0] += 1 }
        }
        return documents.map { doc in
            var frequency: [String: Int] = [:]
            for term in doc where query.contains(term) { frequency[term, default: 0] += 1 }
            var score = 0.0
            for (term, f) in frequency {
                let df = Double(documentFrequency[term] ?? 0)
                let idf = log((n - df + 0.5) / (df + 0.5) + 1)
                let tf = Double(f)
                score += idf * tf * 2.2 / (tf + 1.2 * (0.25 + 0.75 * Double(doc.count) / averageLength))
            }
            return score
        }
    }

    /// Whether `quote` occurs in `words` verbatim or nearly: the word-level edit distance between the quote
    /// and the best-matching stretch of the passage is at most a sixth of the quote (none for short quotes).
    static func nearlyContains(_ words: [String], _ quote: [String]) -> Bool {
        let m = quote.count
        guard m > 0, !words.isEmpty else { return false }
        let allowed = m < 4 ? 0 : max(1, m / 6)
        // Semi-global alignment: the quote must be used whole; the passage may start and end anywhere.
        var previous = Array(0...m)  // column for an empty passage prefix: i deletions
        var best = previous[m]
        for w in words {
            var current = [Int](repeating: 0, count: m + 1)
            current[0] = 0
            for i in 1...m {
                let substitution = previous[i - 1] + (quote[i - 1] == w ? 0 : 1)
                current[i] = min(substitution, previous[i] + 1, current[i - 1] + 1)
            }
            best = min(best, current[m])
            if best == 0 { return true }
            previous = current
        }
        return best <= allowed
    }

    /// Source numbers next to one of the claim's counted nouns whose figure contradicts every claimed one
    /// (with qualifiers: "more than 40" is not contradicted by 49, "exactly 89" is by 98; a share and a
    /// distance never compare).
    static func discrepancies(_ numbers: [ClaimNumber], _ mentions: [NumberMention], passage: String)
        -> [NumberDiscrepancy]
    {
        var found: [NumberDiscrepancy] = []
        let utf8 = passage.utf8
        for number in numbers where !number.noun.isEmpty {
            for mention in mentions where countsNoun(mention, number) {
                if numbers.contains(where: { supports(mention, $0) || mention.amount.agrees(with: $0.amount) }) {
                    continue
                }
                if mention.amount.compare(with: number.amount) == .incomparable { continue }
                let start = utf8.index(utf8.startIndex, offsetBy: mention.span.start)
                let end = utf8.index(utf8.startIndex, offsetBy: mention.span.end)
                let from = passage.index(start, offsetBy: -40, limitedBy: passage.startIndex) ?? passage.startIndex
                let to = passage.index(end, offsetBy: 40, limitedBy: passage.endIndex) ?? passage.endIndex
                let context =
                    (from > passage.startIndex ? "…" : "") + passage[from..<to].trimmingCharacters(in: .whitespaces)
                    + (to < passage.endIndex ? "…" : "")
                let discrepancy = NumberDiscrepancy(
                    claimed: number.written, found: mention.written, noun: number.nounText, context: context)
                if !found.contains(discrepancy) { found.append(discrepancy) }
            }
        }
        return found
    }
}
