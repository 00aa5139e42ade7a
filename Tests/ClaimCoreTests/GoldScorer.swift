import ClaimTestSupport
import Foundation

@testable import ClaimCore

/// Runs the project's scorer (Tests/Fixtures/score.py, a copy of shared/seed/score.py) on the extractor's
/// claims for one article, extracted in-process into a temporary workspace.
enum GoldScorer {
    /// What score.py prints with `--json`: recall and precision figures, the counts behind them, the misses.
    struct Score: Decodable {
        let claims: Double
        let facts: Double
        let kinds: Double
        let factPrecision: Double
        let precision: Double
        let goldClaims: Int
        let claimHits: Int
        let goldFacts: Int
        let factHits: Int
        let factsOut: Int
        let factsOK: Int
        let misses: [String]

        /// score.py's JSON keys are snake_case; the Swift names are lowerCamelCase.
        enum CodingKeys: String, CodingKey {
            case claims, facts, kinds, precision, misses
            case factPrecision = "fact_precision"
            case goldClaims = "gold_claims"
            case claimHits = "claim_hits"
            case goldFacts = "gold_facts"
            case factHits = "fact_hits"
            case factsOut = "facts_out"
            case factsOK = "facts_ok"
        }
    }

    /// Extracts `articlePath` (relative to the package root) as `published` and scores it against the gold
    /// file `gold` (relative to Tests/Fixtures); `article` selects one article of a multi-article gold file.
    static func score(articlePath: String, gold: String, slug: String, published: String, article: Int? = nil) throws
        -> Score
    {
        let tmp = TemporaryWorkspace()
        let text = try ArticleText.read(path: CommandLineTool.packageRoot.appendingPathComponent(articlePath).path)
        let claims = Extractor().extract(text, published: CalendarDay(iso: published))
        _ = try tmp.store.importExtraction(
            slug: slug, article: text, title: nil, url: nil, published: published,
            extractorVersion: Extractor.version, claims: claims, by: "test")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments =
            [
                "python3", CommandLineTool.fixture("score.py").path, CommandLineTool.fixture(gold).path,
                tmp.root.appendingPathComponent("claims/\(slug)").path, "--json",
            ]
            + (article.map { ["--article", String($0)] } ?? [])
        let out = Pipe()
        process.standardOutput = out
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw CocoaError(
                .fileReadCorruptFile, userInfo: [NSLocalizedDescriptionKey: "score.py failed on \(articlePath)"])
        }
        return try JSONDecoder().decode(Score.self, from: data)
    }
}
