import Foundation
import ClaimCore
import SourceFetch

/// `claimcheck extract`: checks the input, extracts claims and stores them in the workspace.
public struct ExtractJob: Sendable {
    /// What the user asked for, as typed.
    public struct Request: Sendable {
        /// A path, or "-" for standard input (the executable reads it and passes `text`).
        public var input: String
        public var document: String?
        public var published: String?
        public var title: String?
        public var url: String?
        public var reviewer: String

        public init(input: String, document: String? = nil, published: String? = nil, title: String? = nil,
                    url: String? = nil, reviewer: String) {
            self.input = input
            self.document = document
            self.published = published
            self.title = title
            self.url = url
            self.reviewer = reviewer
        }
    }

    /// What was stored.
    public struct Outcome: Sendable {
        public var document: String
        public var folder: URL
        public var summary: ImportSummary
        public var claims: [Claim]
        public var publishedUsed: CalendarDay?
    }

    public let workspace: Workspace
    public let extractor: Extractor

    public init(workspace: Workspace, extractor: Extractor = Extractor()) {
        self.workspace = workspace
        self.extractor = extractor
    }

    /// Validates the request's options before any input is read, so a typo costs nothing.
    public func validate(_ request: Request) throws -> (slug: String, published: CalendarDay?) {
        let published = try request.published.map(Self.parsePublished)
        if let url = request.url { _ = try WebLink.validate(url) }
        let slug: String
        if let doc = request.document {
            slug = try Slug.validate(doc)
        } else if request.input != "-", !request.input.hasPrefix("http://"), !request.input.hasPrefix("https://"),
                  let derived = Slug.make(from: request.input) {
            slug = derived
        } else if let title = request.title, let derived = Slug.make(from: title) {
            slug = derived
        } else {
            throw ClaimCheckError.badInput(request.input, reason: "cannot name the document from this input; give --doc SLUG")
        }
        return (slug, published)
    }

    /// Extracts from already-read raw bytes (a file's or stdin's).
    public func run(_ request: Request, data: Data) throws -> Outcome {
        let (slug, published) = try validate(request)
        let article = try ArticleText.decode(data, source: request.input == "-" ? "standard input" : request.input)
        return try store(article: article, slug: slug, published: published, request: request)
    }

    /// Extracts from a file path.
    public func run(_ request: Request) throws -> Outcome {
        let article = try ArticleText.read(path: request.input)
        let (slug, published) = try validate(request)
        return try store(article: article, slug: slug, published: published, request: request)
    }

    /// Whether the input names a web page rather than a file.
    public static func isURL(_ input: String) -> Bool {
        let lower = input.lowercased()
        return lower.hasPrefix("http://") || lower.hasPrefix("https://")
    }

    /// Fetches the article at `request.input` through the evidence fetcher (same policy: http(s) only,
    /// bounded time, size and redirects) and extracts from its readable text. Title, final URL and
    /// publication date come from the page unless the request gives them.
    public func run(_ request: Request, fetcher: Fetcher) throws -> Outcome {
        let url = try WebLink.validate(request.input)
        let page: FetchedArticle
        do {
            page = try fetcher.fetchArticle(url)
        } catch {
            throw ClaimCheckError.badInput(url, reason: error.description)
        }
        guard page.text.contains(where: { !$0.isWhitespace }) else {
            throw ClaimCheckError.badInput(url, reason: "the page has no readable article text")
        }
        var filled = request
        filled.title = request.title ?? page.title
        filled.url = request.url ?? page.finalURL
        filled.published = request.published ?? page.published.flatMap { date in
            CalendarDay(iso: String(date.prefix(10))).map(\.iso)
        }
        if filled.document == nil, filled.title.flatMap(Slug.make(from:)) == nil {
            let path = URL(string: page.finalURL)?.deletingPathExtension().lastPathComponent ?? ""
            filled.document = Slug.make(from: path) ?? Slug.make(from: URL(string: page.finalURL)?.host ?? "")
        }
        return try run(filled, article: page.text)
    }

    /// Extracts from article text obtained elsewhere (e.g. a fetched page's readable text).
    public func run(_ request: Request, article: String) throws -> Outcome {
        let (slug, published) = try validate(request)
        let text = try ArticleText.decode(Data(article.utf8), source: request.input)
        return try store(article: text, slug: slug, published: published, request: request)
    }

    private func store(article: String, slug: String, published: CalendarDay?, request: Request) throws -> Outcome {
        let store = ClaimStore(workspace: workspace)
        // Without --published, re-extraction keeps resolving against the date stored earlier.
        let previous = try? store.loadDocumentInfo(slug)
        let day = published ?? previous?.published.flatMap(CalendarDay.init(iso:))
        let extracted = extractor.extract(article, published: day)
        let summary = try store.importExtraction(slug: slug, article: article, title: request.title, url: request.url,
                                                 published: day?.iso, extractorVersion: Extractor.version,
                                                 claims: extracted, by: request.reviewer)
        let loaded = try store.load(slug)
        return Outcome(document: slug, folder: try workspace.documentFolder(slug), summary: summary,
                       claims: loaded.claims, publishedUsed: day)
    }

    static func parsePublished(_ s: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: s.trimmingCharacters(in: .whitespaces)) else {
            throw ClaimCheckError.badInput("--published \(s)", reason: "expected a date as YYYY-MM-DD, e.g. 2016-02-24")
        }
        return day
    }
}
