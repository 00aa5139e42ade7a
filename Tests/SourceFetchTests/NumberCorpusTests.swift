import ClaimCore
import Foundation
import Testing

@testable import SourceFetch

/// Reads Tests/Fixtures/numbers.corpus (format in its header) through every entry point of the number
/// grammar — extractor, `NumberGrammar` (the matcher's source reading), evidence matcher, consistency
/// checker — and expects the same amount from each.
@Suite struct NumberCorpusTests {
    struct Line: CustomTestStringConvertible, Sendable {
        var number: Int
        var text: String
        /// nil for `none`.
        var expected: Amount?
        var testDescription: String { "line \(number): \(text)" }
    }

    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fixtures/numbers.corpus")

    static let lines: [Line] = {
        guard let content = try? String(contentsOf: file, encoding: .utf8) else { return [] }
        var lines: [Line] = []
        for (index, raw) in content.components(separatedBy: "\n").enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            guard let arrow = line.range(of: " => ", options: .backwards) else {
                // fails below, by line number
                lines.append(Line(number: index + 1, text: line, expected: Amount(value: .nan)))
                continue
            }
            let text = String(line[..<arrow.lowerBound])
            lines.append(Line(number: index + 1, text: text, expected: parse(String(line[arrow.upperBound...]))))
        }
        return lines
    }()

    /// "more-than 40", "3.5 per cent", "about 300 km", "none".
    static func parse(_ expectation: String) -> Amount? {
        var parts = expectation.split(separator: " ").map(String.init)
        if parts == ["none"] { return nil }
        var qualifier = Qualifier.exact
        if let first = parts.first, let q = Qualifier(rawValue: first) {
            qualifier = q
            parts.removeFirst()
        }
        guard let first = parts.first, let value = Double(first) else { return Amount(value: .nan) }
        let unitName = parts.dropFirst().joined(separator: " ")
        var amount = Amount(value: value, qualifier: qualifier)
        if !unitName.isEmpty {
            guard let unit = MeasureUnit(named: unitName) else { return Amount(value: .nan) }
            amount.unit = unit
        }
        return amount
    }

    static func claim(_ text: String, facts: [Fact]) -> Claim {
        Claim(
            id: "c1", document: "doc", ordinal: 1, text: text, span: Span(start: 0, end: text.utf8.count),
            kinds: facts.isEmpty ? [] : [.quantity], checkworthiness: 0.5, facts: facts)
    }

    @Test func theCorpusIsReadAndWellFormed() {
        #expect(Self.lines.count >= 40, "\(Self.file.path)")
        for line in Self.lines {
            #expect(line.expected.map { !$0.value.isNaN } ?? true, "malformed: \(line.testDescription)")
        }
    }

    @Test(arguments: lines) func everyEntryPointReadsTheSameAmount(_ line: Line) {
        let extracted = Extractor().extract(line.text, published: CalendarDay(iso: "2020-03-11"))
        let facts = extracted.flatMap(\.facts).filter { $0.kind == .quantity || $0.kind == .casualty }
        let mentions = NumberGrammar.mentions(in: line.text)
        guard let expected = line.expected else {
            #expect(facts.isEmpty, "extractor: \(facts.map(\.summary))")
            #expect(mentions.isEmpty, "grammar: \(mentions.map(\.written))")
            #expect(EvidenceMatcher.numbers(of: Self.claim(line.text, facts: [])).isEmpty, "matcher")
            #expect(
                EvidenceMatcher().match(Self.claim(line.text, facts: []), in: line.text).allSatisfy {
                    $0.discrepancies == nil
                })
            return
        }
        // Extractor: one fact with the amount.
        #expect(facts.count == 1, "extractor: \(facts.map(\.summary))")
        let checker = ConsistencyChecker()
        for fact in facts {
            #expect(
                fact.value == expected.value && (fact.qualifier ?? .exact) == expected.qualifier
                    && fact.unit == expected.unit?.name,
                "extractor: \(fact.summary)")
            // Consistency checker: the amount it reads the fact as.
            #expect(
                checker.amount(of: fact) == expected,
                "consistency checker: \(String(describing: checker.amount(of: fact)))")
        }
        // The grammar as the matcher reads a source: one mention with the amount.
        #expect(mentions.map(\.amount) == [expected], "grammar: \(mentions.map(\.written))")
        // Evidence matcher: the claim's numbers, and the claim against its own sentence.
        let claim = Self.claim(line.text, facts: facts)
        #expect(EvidenceMatcher.numbers(of: claim).map(\.amount) == [expected], "matcher's claim numbers")
        let best = EvidenceMatcher().match(claim, in: line.text).first
        #expect(best?.numbers == [Fact.format(number: expected.value)], "matcher: \(String(describing: best))")
        #expect(best?.discrepancies == nil, "matcher: \(String(describing: best?.discrepancies))")
        // Nor does the checker see two counts in the sentence given twice.
        let twice = [
            claim,
            Claim(
                id: "c2", document: "doc", ordinal: 2, text: line.text, span: Span(start: 0, end: 1),
                kinds: [.quantity], checkworthiness: 0.5, facts: facts),
        ]
        #expect(checker.check(twice, article: line.text) == [])
    }
}
