import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimCore

/// Scores the extractor with the project's scorer (Tests/Fixtures/score.py, a copy of shared/seed/score.py)
/// on the bundled sample and on a second, differently written article with its own hand-made gold.
@Suite struct ExtractorScoreTests {
    func score(article: String, gold: String, slug: String, published: String) throws -> GoldScorer.Score {
        try GoldScorer.score(articlePath: article, gold: gold, slug: slug, published: published)
    }

    @Test func benghaziSampleMeetsTheAcceptanceBar() throws {
        let s = try score(article: "samples/benghazi.txt", gold: "gold.json", slug: "benghazi", published: "2016-02-24")
        #expect(s.claims == 1.0, "\(s.misses)")
        #expect(s.facts == 1.0, "\(s.misses)")
        #expect(s.kinds == 1.0, "\(s.misses)")
        #expect(s.factPrecision >= 0.9, "\(s.misses)")
        #expect(
            !s.misses.contains { $0.hasPrefix("extracted a non-claim") },
            "paragraph 9 must not be extracted: \(s.misses)")
    }

    @Test func wireStoryWithItsOwnGold() throws {
        let s = try score(
            article: "Tests/Fixtures/wire-sample.txt", gold: "wire-gold.json", slug: "wire", published: "2021-01-17")
        #expect(s.claims == 1.0, "\(s.misses)")
        #expect(s.facts >= 0.95, "\(s.misses)")
        #expect(s.factPrecision >= 0.9, "\(s.misses)")
        #expect(s.precision == 1.0, "\(s.misses)")
    }
}
