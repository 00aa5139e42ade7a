import Foundation
import Testing
import ClaimTestSupport
@testable import ClaimCore

/// Scores the extractor with the project's scorer (Tests/Fixtures/score.py, a copy of shared/seed/score.py)
/// on the bundled sample and on a second, differently written article with its own hand-made gold.
@Suite struct ExtractorScoreTests {
    struct Score: Decodable {
        let claims: Double
        let facts: Double
        let kinds: Double
        let fact_precision: Double
        let precision: Double
        let misses: [String]
    }

    func score(article: String, gold: String, slug: String, published: String) throws -> Score {
        let tmp = TemporaryWorkspace()
        let text = try ArticleText.read(path: CommandLineTool.packageRoot.appendingPathComponent(article).path)
        let claims = Extractor().extract(text, published: CalendarDay(iso: published))
        _ = try tmp.store.importExtraction(slug: slug, article: text, title: nil, url: nil, published: published,
                                           extractorVersion: Extractor.version, claims: claims, by: "test")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", CommandLineTool.fixture("score.py").path, CommandLineTool.fixture(gold).path,
                             tmp.root.appendingPathComponent("claims/\(slug)").path, "--json"]
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return try JSONDecoder().decode(Score.self, from: data)
    }

    @Test func benghaziSampleMeetsTheAcceptanceBar() throws {
        let s = try score(article: "samples/benghazi.txt", gold: "gold.json", slug: "benghazi", published: "2016-02-24")
        #expect(s.claims == 1.0, "\(s.misses)")
        #expect(s.facts == 1.0, "\(s.misses)")
        #expect(s.kinds == 1.0, "\(s.misses)")
        #expect(s.fact_precision >= 0.9, "\(s.misses)")
        #expect(!s.misses.contains { $0.hasPrefix("extracted a non-claim") }, "paragraph 9 must not be extracted: \(s.misses)")
    }

    @Test func wireStoryWithItsOwnGold() throws {
        let s = try score(article: "Tests/Fixtures/wire-sample.txt", gold: "wire-gold.json", slug: "wire", published: "2021-01-17")
        #expect(s.claims == 1.0, "\(s.misses)")
        #expect(s.facts >= 0.95, "\(s.misses)")
        #expect(s.fact_precision >= 0.9, "\(s.misses)")
        #expect(s.precision == 1.0, "\(s.misses)")
    }
}
