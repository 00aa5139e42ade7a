import ClaimCore
import Foundation
import SourceFetch

/// `claimcheck update DOC | --all`: re-fetches each document's article URL (the fetcher and HTML-to-text path of
/// `extract URL`) and, when the text changed, stores the new revision and re-extracts with carry-over. A failed
/// fetch, an error status, an empty page or a page that no longer reads as the article leaves the document
/// untouched.
public struct UpdateJob: Sendable {
    /// What happened to one document.
    public enum Result: Sendable {
        /// The page has the stored text: unchanged since that text was first stored.
        case unchanged(since: String)
        /// The text changed: what the re-extraction stored and the diff of the last two revisions.
        case changed(ExtractJob.Outcome, DiffJob.Outcome)
        /// Nothing was changed: why (a one-line message).
        case failed(String)
    }

    /// One document's result.
    public struct Report: Sendable {
        /// The document's slug.
        public var document: String
        /// What happened.
        public var result: Result

        /// Whether this document counts as a failure for the exit status.
        public var failed: Bool {
            if case .failed = result { return true }
            return false
        }
    }

    /// The workspace updated.
    public let workspace: Workspace
    /// The extraction used for a changed text (also its fetcher).
    public let extract: ExtractJob

    /// Updates documents of `workspace`, fetching with `fetcher`.
    public init(workspace: Workspace, fetcher: Fetcher = Fetcher()) {
        self.workspace = workspace
        extract = ExtractJob(workspace: workspace, fetcher: fetcher)
    }

    /// The documents `update` works on: `document`, or with `all` every document that has a URL. Refuses both or
    /// neither, and a single document without a URL.
    public func documents(_ document: String?, all: Bool) throws -> [String] {
        switch (document, all) {
        case (nil, false):
            throw ClaimCheckError.badInput("update", reason: "name a document, or give --all")
        case (.some(let doc), true):
            throw ClaimCheckError.badInput(doc, reason: "give a document or --all, not both")
        case (.some(let doc), false):
            let slug = try Slug.validate(doc)
            let info = try ClaimStore(workspace: workspace).loadDocumentInfo(slug)
            guard info.url != nil else {
                throw ClaimCheckError.refused(
                    "\(slug) has no article URL to fetch: it was extracted from a file or standard input (extract it from its URL, or give --url when extracting)"
                )
            }
            return [slug]
        case (nil, true):
            let store = ClaimStore(workspace: workspace)
            return workspace.documentSlugs().filter { (try? store.loadDocumentInfo($0).url) != nil }
        }
    }

    /// Updates `slug` from its URL; `reviewer` goes into the history of what the re-extraction writes.
    public func run(_ slug: String, reviewer: String) -> Report {
        do {
            return Report(document: slug, result: try update(slug, reviewer: reviewer))
        } catch let error as ClaimCheckError {
            return Report(document: slug, result: .failed(ErrorAdvice.line(for: error)))
        } catch {
            return Report(document: slug, result: .failed("\(error)"))
        }
    }

    private func update(_ slug: String, reviewer: String) throws -> Result {
        let store = ClaimStore(workspace: workspace)
        let info = try store.loadDocumentInfo(slug)
        guard let url = info.url else {
            throw ClaimCheckError.refused("\(slug) has no article URL to fetch")
        }
        let (article, filled, origin) = try extract.fetch(
            url, request: ExtractJob.Request(document: slug, reviewer: reviewer))
        let sha = SHA256.hex(article)
        if sha == info.sha256 {
            let since = info.revisions?.last { $0.sha256 == sha }?.fetchedAt ?? info.updated
            return .unchanged(since: since)
        }
        let stored = try store.loadArticle(slug)
        if !Self.readsAsTheArticle(article, stored: stored) {
            throw ClaimCheckError.badInput(
                url,
                reason:
                    "the page no longer reads as this article (no sentence in common and under half its length); nothing changed"
            )
        }
        var request = filled
        request.document = slug
        // The stored publication date stays unless the page states one (as `extract URL` does).
        let outcome = try extract.store(
            article: article, options: try ExtractJob.Options(request, source: .url(url)), origin: origin)
        let diff = try DiffJob(workspace: workspace).run(document: slug)
        return .changed(outcome, diff)
    }

    /// Whether `article` still reads as the text `stored`: it shares a sentence with it, or is at least half as
    /// long (an error page, a home page or a paywall stub shares nothing and is short).
    static func readsAsTheArticle(_ article: String, stored: String) -> Bool {
        if article.utf8.count * 2 >= stored.utf8.count { return true }
        let old = Set(SentenceDiff.sentences(stored).map(ClaimIdentity.normalise))
        return SentenceDiff.sentences(article).contains { old.contains(ClaimIdentity.normalise($0)) }
    }
}
