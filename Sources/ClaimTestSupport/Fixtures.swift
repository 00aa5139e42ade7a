import ClaimCore
import Foundation

/// Builders for documents with hand-made claims, so tests do not depend on the extractor's rules.
public enum Fixtures {
    /// Stores `article` as document `slug`, with one claim per given sentence (which must occur in the article).
    @discardableResult
    public static func makeDocument(
        in workspace: Workspace, slug: String, article: String,
        sentences: [String], kinds: [ClaimKind] = [.quantity],
        published: String? = "2016-02-24", by: String = "tester"
    ) throws -> LoadedDocument {
        let claims = sentences.map { sentence -> ExtractedClaim in
            let span = ClaimStore.locate(sentence, in: article)!
            return ExtractedClaim(text: sentence, span: span, kinds: kinds, checkworthiness: 0.5, facts: [])
        }
        let store = ClaimStore(workspace: workspace)
        _ = try store.importExtraction(
            slug: slug, article: article, title: "Test \(slug)", url: "https://example.org/\(slug)",
            published: published, extractorVersion: "test", claims: claims, by: by)
        return try store.load(slug)
    }

    /// An article of `count` numbered sentences and the sentences themselves.
    public static func numberedArticle(_ count: Int) -> (article: String, sentences: [String]) {
        let sentences = (1...count).map { "Officials said \($0) people attended meeting number \($0)." }
        return (sentences.joined(separator: "\n"), sentences)
    }
}
