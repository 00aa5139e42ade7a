import ClaimTestSupport
import Foundation
import Testing

/// Scores the extractor on the development gold set (Tests/Fixtures/devgold: 59 real news articles from
/// TempEval-3, hand-labelled by the rules of gold.json) and holds it to a floor, so that a rule change that
/// loses recall or precision on real news fails here and not in front of a fact-checker.
/// `scripts/score-devgold --verbose` prints the same figures with every miss.
@Suite struct DevelopmentGoldTests {
    /// The floors: the figures reached when they were last raised, less a small margin. Raise them with the
    /// extractor; never lower them to make a change pass.
    static let floor = (claims: 0.97, facts: 0.89, casualty: 0.91, factPrecision: 0.91)

    struct GoldFile: Decodable {
        struct Article: Decodable {
            let n: Int
            let doc: String
            let file: String
            let published: String
        }
        struct Entry: Decodable {
            struct GoldFact: Decodable { let kind: String }
            let article: Int
            let expect: String
            let facts: [GoldFact]?
        }
        let articles: [Article]
        let entries: [Entry]
    }

    @Test func realNewsMeetsTheFloor() throws {
        let folder = CommandLineTool.fixture("devgold")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }
            .sorted()
        #expect(files.count >= 2)
        var goldClaims = 0
        var claimHits = 0
        var goldFacts = 0
        var factHits = 0
        var factsOut = 0
        var factsOK = 0
        var casualtyGold = 0
        var casualtyMissed = 0
        for name in files {
            let gold = try JSONDecoder().decode(
                GoldFile.self, from: Data(contentsOf: folder.appendingPathComponent(name)))
            for article in gold.articles {
                let slug = article.doc.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
                let s = try GoldScorer.score(
                    articlePath: "Tests/Fixtures/devgold/\(article.file)", gold: "devgold/\(name)",
                    slug: slug, published: article.published, article: article.n)
                goldClaims += s.goldClaims
                claimHits += s.claimHits
                goldFacts += s.goldFacts
                factHits += s.factHits
                factsOut += s.factsOut
                factsOK += s.factsOK
                casualtyGold +=
                    gold.entries.filter { $0.article == article.n && $0.expect == "claim" }
                    .flatMap { $0.facts ?? [] }.filter { $0.kind == "casualty" }.count
                casualtyMissed +=
                    s.misses.filter { $0.hasPrefix("fact missing: ") && $0.contains("\"kind\": \"casualty\"") }.count
            }
        }
        let ratio = { (hits: Int, all: Int) in all == 0 ? 1.0 : Double(hits) / Double(all) }
        let claims = ratio(claimHits, goldClaims)
        let facts = ratio(factHits, goldFacts)
        let casualty = ratio(casualtyGold - casualtyMissed, casualtyGold)
        let precision = ratio(factsOK, factsOut)
        let figures = "claims \(claims) facts \(facts) casualty \(casualty) fact precision \(precision)"
        #expect(
            goldFacts >= 300 && casualtyGold >= 60,
            "the development gold set shrank: \(goldFacts) facts, \(casualtyGold) casualty")
        #expect(claims >= Self.floor.claims, "\(figures)")
        #expect(facts >= Self.floor.facts, "\(figures)")
        #expect(casualty >= Self.floor.casualty, "\(figures)")
        #expect(precision >= Self.floor.factPrecision, "\(figures)")
    }
}
