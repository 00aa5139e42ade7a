import ClaimCore
import Foundation
import SourceFetch

/// `claimcheck extract`: checks the options, reads the article from its source, extracts claims and
/// stores them in the workspace.
public struct ExtractJob: Sendable {
    /// What the user asked for besides the source, as typed.
    public struct Request: Sendable {
        /// The document's slug (`--doc`); by default derived from the file name, else the title.
        public var document: String?
        /// `--published YYYY-MM-DD`.
        public var published: String?
        /// `--title`: the article's title.
        public var title: String?
        /// `--url`: the article's URL (http or https).
        public var url: String?
        /// Who ran the extraction, for the claims' history.
        public var reviewer: String

        /// The options as typed; nil where the user gave none.
        public init(
            document: String? = nil, published: String? = nil, title: String? = nil, url: String? = nil,
            reviewer: String
        ) {
            self.document = document
            self.published = published
            self.title = title
            self.url = url
            self.reviewer = reviewer
        }
    }

    /// What was stored.
    public struct Outcome: Sendable {
        /// The document's slug.
        public var document: String
        /// `claims/<doc>/`.
        public var folder: URL
        /// What changed.
        public var summary: ImportSummary
        /// The document's claims as stored: current ones in article order, then orphaned ones.
        public var claims: [Claim]
        /// The publication date relative dates were resolved against, if any.
        public var publishedUsed: CalendarDay?
        /// The edited sentences whose verdicts, evidence and history went over to their successors.
        public var revisions: [SentenceRevision] = []

        /// The claims still in the article (orphaned ones left out), in article order: the table `extract` prints.
        public var currentClaims: [Claim] { claims.filter { !$0.isOrphaned } }
    }

    /// Where the document is stored.
    public let workspace: Workspace
    /// The extractor (a pure function of text and date).
    public let extractor: Extractor
    /// Fetches `.url` sources.
    public let fetcher: Fetcher

    /// Extracts into `workspace` with `extractor`; `fetcher` reads pages given as URLs.
    public init(workspace: Workspace, extractor: Extractor = Extractor(), fetcher: Fetcher = Fetcher()) {
        self.workspace = workspace
        self.extractor = extractor
        self.fetcher = fetcher
    }

    /// Extracts the article of `source` into the workspace. The options are checked before standard input
    /// is read or a page fetched (a typo costs nothing); a page's title, final URL and date fill the options
    /// the request leaves out.
    public func run(source: ArticleSource, _ request: Request) throws -> Outcome {
        switch source {
        case .file(let path):
            // A missing file or a folder is the first thing to hear about, before how to name it.
            let article = try ArticleText.read(path: path)
            return try store(
                article: article, options: try Options(request, source: source), origin: ArticleOrigin(source: path))
        case .standardInput:
            let options = try Options(request, source: source)
            let data = try ArticleSource.readStandardInput()
            return try store(
                article: try ArticleText.decode(data, source: source.name), options: options,
                origin: ArticleOrigin(source: "-"))
        case .url(let link):
            _ = try Options.checkDateAndURL(request)
            let (article, filled, origin) = try fetch(link, request: request)
            return try store(article: article, options: try Options(filled, source: source), origin: origin)
        }
    }

    /// The options checked: the document's slug and the publication date.
    struct Options {
        var slug: String
        var published: CalendarDay?
        var request: Request

        /// Checks the request for `source` and names the document: `--doc`, else the file's name, else the title.
        init(_ request: Request, source: ArticleSource) throws {
            var path: String?
            if case .file(let file) = source { path = file }
            try self.init(request, name: source == .standardInput ? "-" : source.name, path: path)
        }

        /// Checks the request for the input called `name` (read from the file `path`, if one) and names the
        /// document: `--doc`, else the file's name, else the title.
        init(_ request: Request, name: String, path: String?) throws {
            self.request = request
            published = try Self.checkDateAndURL(request)
            if let doc = request.document {
                slug = try Slug.validate(doc)
            } else if let path, let derived = Slug.make(from: path) {
                slug = derived
            } else if let title = request.title, let derived = Slug.make(from: title) {
                slug = derived
            } else {
                throw ClaimCheckError.badInput(
                    name, reason: "cannot name the document from this input; give --doc SLUG")
            }
        }

        /// Checks `--published` and `--url` (a page may still name the document, so the name is not checked).
        static func checkDateAndURL(_ request: Request) throws -> CalendarDay? {
            let published = try request.published.map(ExtractJob.parsePublished)
            if let url = request.url { _ = try WebLink.validate(url) }
            return published
        }
    }

    /// Fetches the article at `link` (http(s) only, bounded time, size and redirects) and fills the request's
    /// title, URL, date and document name from the page where the request leaves them out.
    func fetch(_ link: String, request: Request) throws -> (article: String, request: Request, origin: ArticleOrigin) {
        let url = try WebLink.validate(link)
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
        filled.published =
            request.published
            ?? page.published.flatMap { date in
                CalendarDay(iso: String(date.prefix(10))).map(\.iso)
            }
        if filled.document == nil, filled.title.flatMap(Slug.make(from:)) == nil {
            let path = URL(string: page.finalURL)?.deletingPathExtension().lastPathComponent ?? ""
            filled.document = Slug.make(from: path) ?? Slug.make(from: URL(string: page.finalURL)?.host ?? "")
        }
        if filled.document == nil, filled.title.flatMap(Slug.make(from:)) == nil {
            throw ClaimCheckError.badInput(url, reason: "cannot name the document from this input; give --doc SLUG")
        }
        return (
            try ArticleText.decode(Data(page.text.utf8), source: url), filled,
            ArticleOrigin(source: url, finalUrl: page.finalURL)
        )
    }

    func store(article: String, options: Options, origin: ArticleOrigin) throws -> Outcome {
        let (input, day) = extraction(of: article, options: options, origin: origin)
        let stored = try ClaimStore(workspace: workspace).importExtraction(input)
        return Outcome(
            document: input.slug, folder: try workspace.documentFolder(input.slug), summary: stored.summary,
            claims: stored.claims, publishedUsed: day, revisions: stored.revisions)
    }

    /// Extracts `article` for the document `options` name, ready to store, and the publication date used:
    /// without `--published`, a re-extraction keeps resolving against the date stored earlier. `origin` is where
    /// the text came from, for the document's revisions.
    func extraction(
        of article: String, options: Options, extra: [String: JSONValue]? = nil, origin: ArticleOrigin? = nil
    ) -> (ExtractionInput, CalendarDay?) {
        let previous = try? ClaimStore(workspace: workspace).loadDocumentInfo(options.slug)
        let day = options.published ?? previous?.published.flatMap(CalendarDay.init(iso:))
        let extracted = extractor.extract(article, published: day)
        let input = ExtractionInput(
            slug: options.slug, article: article, title: options.request.title, url: options.request.url,
            published: day?.iso, extractorVersion: Extractor.version, claims: extracted, by: options.request.reviewer,
            extra: extra, origin: origin)
        return (input, day)
    }

    static func parsePublished(_ s: String) throws -> CalendarDay {
        guard let day = CalendarDay(iso: s.trimmingCharacters(in: .whitespaces)) else {
            throw ClaimCheckError.badInput("--published \(s)", reason: "expected a date as YYYY-MM-DD, e.g. 2016-02-24")
        }
        return day
    }
}
