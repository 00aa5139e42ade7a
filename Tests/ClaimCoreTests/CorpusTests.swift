import Foundation
import Testing

@testable import ClaimCore

/// Runs the extraction corpora in `Tests/ClaimCoreTests/Corpus` (format: that folder's README.md): every
/// line's text is extracted and, for each kind the line names, the facts of that kind must be exactly the
/// expected ones. A failure names the file and line.
@Suite struct CorpusTests {
    /// One corpus line: where it is, what to extract and what must come out.
    struct Line: Sendable, CustomTestStringConvertible {
        let file: String
        let number: Int
        let text: String
        let published: CalendarDay
        /// Expected summaries per kind; an empty list means "no fact of this kind".
        let expected: [ClaimKind: [String]]

        var testDescription: String { "\(file):\(number) \(text)" }
    }

    /// A corpus line that cannot be read.
    struct CorpusError: Error, CustomStringConvertible {
        let description: String
    }

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Corpus")
    static let defaultPublished = CalendarDay(iso: "2020-03-11")!

    /// Parses one corpus file's text. Throws on a malformed line, naming it.
    static func parse(_ content: String, file: String) throws -> [Line] {
        var lines: [Line] = []
        var published = defaultPublished
        for (index, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("@published ") {
                guard
                    let day = CalendarDay(
                        iso: String(line.dropFirst("@published ".count)).trimmingCharacters(in: .whitespaces))
                else {
                    throw CorpusError(description: "\(file):\(number): @published needs a YYYY-MM-DD day")
                }
                published = day
                continue
            }
            guard let arrow = line.range(of: " => ", options: .backwards) else {
                throw CorpusError(description: "\(file):\(number): no ` => ` between the text and its expectations")
            }
            let text = String(line[..<arrow.lowerBound])
            var expected: [ClaimKind: [String]] = [:]
            var absent: Set<ClaimKind> = []
            for part in line[arrow.upperBound...].split(separator: ";") {
                let item = part.trimmingCharacters(in: .whitespaces)
                if item.hasPrefix("no "), let kind = ClaimKind(rawValue: String(item.dropFirst(3))) {
                    absent.insert(kind)
                    expected[kind, default: []] += []
                } else if let colon = item.firstIndex(of: ":"), let kind = ClaimKind(rawValue: String(item[..<colon])) {
                    let summary = item[item.index(after: colon)...].trimmingCharacters(in: .whitespaces)
                    guard !summary.isEmpty else {
                        throw CorpusError(description: "\(file):\(number): `\(item)` has no summary")
                    }
                    expected[kind, default: []].append(summary)
                } else {
                    throw CorpusError(
                        description: "\(file):\(number): `\(item)` is neither `KIND: SUMMARY` nor `no KIND`")
                }
            }
            if let kind = absent.first(where: { expected[$0]?.isEmpty == false }) {
                throw CorpusError(
                    description:
                        "\(file):\(number): `no \(kind.rawValue)` contradicts a \(kind.rawValue) fact on the same line")
            }
            guard !expected.isEmpty else { throw CorpusError(description: "\(file):\(number): no expectations") }
            lines.append(Line(file: file, number: number, text: text, published: published, expected: expected))
        }
        return lines
    }

    /// Every line of every `.corpus` file, in file then line order.
    static func allLines() throws -> [Line] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".corpus") }
            .sorted()
        return try names.flatMap { name in
            try parse(String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), file: name)
        }
    }

    /// The differences between what `line` expects and what the extractor gives; empty when it passes.
    static func differences(_ line: Line) -> [String] {
        let facts = Extractor().extract(line.text, published: line.published).flatMap(\.facts)
        var problems: [String] = []
        for kind in ClaimKind.allCases {
            guard let wanted = line.expected[kind] else { continue }
            let got = facts.filter { $0.kind == kind }.map(\.summary)
            if got.sorted() != wanted.sorted() {
                problems.append(
                    "\(kind.rawValue): expected [\(wanted.joined(separator: " | "))], got [\(got.joined(separator: " | "))]"
                )
            }
        }
        return problems
    }

    @Test func everyDimensionHasACorpus() throws {
        let lines = try Self.allLines()
        for kind in ClaimKind.allCases {
            #expect(lines.contains { $0.file == "\(kind.rawValue).corpus" }, "no lines in \(kind.rawValue).corpus")
        }
    }

    @Test(arguments: try CorpusTests.allLines())
    func corpusLine(_ line: Line) {
        let problems = Self.differences(line)
        #expect(problems.isEmpty, "\(line.file):\(line.number): \(line.text)\n  \(problems.joined(separator: "\n  "))")
    }

    @Test func theParserNamesAMalformedLine() {
        #expect(throws: CorpusError.self) { try Self.parse("Six died. casualty: 6", file: "x.corpus") }
        #expect(throws: CorpusError.self) { try Self.parse("Six died. => deaths: 6", file: "x.corpus") }
        #expect(throws: CorpusError.self) { try Self.parse("@published tomorrow", file: "x.corpus") }
        #expect(throws: CorpusError.self) {
            try Self.parse("Six died. => no casualty ; casualty: 6 people", file: "x.corpus")
        }
    }

    @Test func aWrongExpectationIsReported() throws {
        let line = try #require(
            try Self.parse("Six fighters died. => casualty: 7 fighters ; no date", file: "x.corpus").first)
        #expect(Self.differences(line) == ["casualty: expected [7 fighters], got [6 fighters]"])
        let missing = try #require(
            try Self.parse("Police arrested 12 men. => casualty: 12 men", file: "x.corpus").first)
        #expect(Self.differences(missing) == ["casualty: expected [12 men], got []"])
    }
}
