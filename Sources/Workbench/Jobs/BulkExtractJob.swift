import ClaimCore
import Foundation
import SourceFetch

/// `claimcheck extract FILE… | DIR [--recursive] | --jsonl FILE|-`: many articles in one run, on a bounded pool of
/// workers. Each article is read, named, extracted and stored on its own (a new document staged and committed with
/// others in one sync, an existing one merged under its lock); one that fails is reported by name and skipped.
public struct BulkExtractJob: Sendable {
    /// Where the articles come from.
    public enum Input: Sendable, Equatable {
        /// Article files and folders of them (`.txt`, `.md`, `.html`, `.htm`; subfolders when `recursive`).
        case paths([String], recursive: Bool)
        /// A JSON Lines file (`-`: standard input), one article per line.
        case jsonLines(String)
    }

    /// The run's options.
    public struct Request: Sendable {
        /// `--published`, for articles that do not give their own date.
        public var published: String?
        /// `--reviewer`; nil: resolved (`ReviewerName`) only when something is stored.
        public var reviewer: String?
        /// Articles extracted at once (`--jobs`).
        public var jobs: Int
        /// Whether to write the documents into the workspace (`--no-store`: false).
        public var store: Bool

        /// Options as typed.
        public init(published: String? = nil, reviewer: String? = nil, jobs: Int, store: Bool = true) {
            self.published = published
            self.reviewer = reviewer
            self.jobs = jobs
            self.store = store
        }
    }

    /// How far the run is, for a progress bar.
    public struct Progress: Sendable {
        /// Articles finished (stored, skipped or failed).
        public var done: Int
        /// Articles in all, when known in advance (files), else nil.
        public var total: Int?
        /// Input bytes read so far and in all (JSON Lines from a file), for an estimate.
        public var bytesRead: Int
        /// The size of the JSON Lines file, when known.
        public var bytesTotal: Int?
        /// Seconds since the start.
        public var elapsed: Double
    }

    /// What one article became.
    public struct Article: Sendable {
        /// How the article was named (its path, or `FILE:LINE`).
        public var name: String
        /// The document's slug.
        public var document: String
        /// New, updated or unchanged (nil with `--no-store`).
        public var status: ImportStatus?
        /// Its current claims, in article order.
        public var claims: [Claim]
    }

    /// What the run did.
    public struct Summary: Sendable {
        /// Documents created.
        public var new = 0
        /// Documents changed.
        public var updated = 0
        /// Documents found exactly as stored.
        public var unchanged = 0
        /// Whether documents were stored (false with `--no-store`).
        public var stored = true
        /// Articles extracted without storing (`--no-store`).
        public var extracted = 0
        /// Claims in the articles extracted.
        public var claims = 0
        /// Input bytes read.
        public var bytes = 0
        /// Wall time in seconds.
        public var seconds = 0.0
        /// The articles that failed, each named, in input order.
        public var failures: [ClaimCheckError] = []
        /// Whether anything failed (the command's exit status is then 1).
        public var failed: Bool { !failures.isEmpty }
    }

    /// The single-article job whose reading, naming and extraction every article goes through.
    public let single: ExtractJob

    /// A bulk extraction into `workspace`.
    public init(workspace: Workspace, extractor: Extractor = Extractor(), fetcher: Fetcher = Fetcher()) {
        single = ExtractJob(workspace: workspace, extractor: extractor, fetcher: fetcher)
    }

    /// The workers allowed.
    public static let jobsRange = 1...256

    /// Runs the extraction of every article of `input`. `progress` is called after each article (from a worker
    /// thread, serialised); `emit` receives each article's outcome as it is done (serialised, so a caller can write
    /// whole documents' lines without interleaving). Throws only when the input as a whole cannot be read (a JSON
    /// Lines file that does not exist, a bad `--published`); a bad article is a failure of the summary.
    public func run(
        _ input: Input, _ request: Request, progress: (@Sendable (Progress) -> Void)? = nil,
        emit: (@Sendable (Article) throws -> Void)? = nil
    ) throws -> Summary {
        if let published = request.published { _ = try ExtractJob.parsePublished(published) }
        guard Self.jobsRange.contains(request.jobs) else {
            throw ClaimCheckError.badInput(
                "--jobs \(request.jobs)",
                reason: "must be between \(Self.jobsRange.lowerBound) and \(Self.jobsRange.upperBound)")
        }
        let reviewer = request.store ? ReviewerName.resolve(option: request.reviewer) : (request.reviewer ?? "")
        let feed = try BulkFeed(
            input, workspace: single.workspace, reviewer: reviewer, published: request.published)
        let store = ClaimStore(workspace: single.workspace)
        let tally = BulkTally(feed: feed, progress: progress)
        let committer = request.store ? DocumentCommitter(store: store) : nil
        let work: @Sendable () -> Void = { [single] in
            while let (order, next) = feed.next() {
                switch next {
                case .failure(let problem): tally.fail(problem, order: order)
                case .success(let article):
                    Self.process(article, with: single, store: request.store ? store : nil, committer: committer) {
                        tally.record($0, order: order, emit: emit)
                    }
                }
            }
        }
        // Threads, not Dispatch: a worker waiting on a fetch or a lock must not hold back the others.
        let group = DispatchGroup()
        for _ in 0..<request.jobs {
            group.enter()
            let thread = Thread {
                work()
                group.leave()
            }
            thread.stackSize = 1 << 23
            thread.start()
        }
        group.wait()
        committer?.finish()
        var summary = tally.summary()
        summary.stored = request.store
        return summary
    }

    /// Reads, names, extracts and (with a store) stores one article; `done` gets the outcome, at once or from the
    /// committer once a new document is in place.
    static func process(
        _ article: BulkArticle, with job: ExtractJob, store: ClaimStore?, committer: DocumentCommitter?,
        done: @escaping @Sendable (Result<Article, ClaimCheckError>) -> Void
    ) {
        do {
            let (text, options) = try read(article, with: job)
            let (input, _) = job.extraction(of: text, options: options, extra: article.extra)
            guard let store else {
                let claims = ExtractionMerge(
                    existing: [], extracted: input.claims, document: input.slug, article: text, by: "", now: input.now
                ).claims
                let numbered = ClaimNumbering.apply(to: claims, writes: [], onDisk: []).claims
                return done(.success(Article(name: article.name, document: input.slug, status: nil, claims: numbered)))
            }
            let name = article.name
            let finish: @Sendable (Result<ExtractionImport, ClaimCheckError>) -> Void = { result in
                done(
                    result.map { stored in
                        Article(
                            name: name, document: input.slug, status: stored.status,
                            claims: stored.claims.filter { !$0.isOrphaned })
                    })
            }
            if let committer, let staged = try store.stageNewDocument(input) {
                committer.submit(staged, input: input, completion: finish)
            } else {
                finish(.success(try store.importExtraction(input)))
            }
        } catch let problem as ClaimCheckError {
            done(.failure(Self.named(problem, article.name)))
        } catch {
            done(.failure(.badInput(article.name, reason: "\(error)")))
        }
    }

    /// The article's text and its checked options (the page's title, URL and date fill a record's gaps).
    static func read(_ article: BulkArticle, with job: ExtractJob) throws -> (String, ExtractJob.Options) {
        switch article.content {
        case .textFile(let path):
            let text = try ArticleText.read(path: path)
            return (text, try ExtractJob.Options(article.request, name: path, path: path))
        case .htmlFile(let path):
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ClaimCheckError.badInput(path, reason: "cannot be read (permissions?)")
            }
            guard data.count <= ArticleText.maxBytes else {
                throw ClaimCheckError.badInput(
                    path, reason: "is larger than \(ArticleText.maxBytes / 1024 / 1024) MB, too large for an article")
            }
            let page = SourceText.read([UInt8](data), contentType: "text/html")
            guard let readable = page.text, readable.contains(where: { !$0.isWhitespace }) else {
                throw ClaimCheckError.badInput(path, reason: "the page has no readable article text")
            }
            var request = article.request
            request.title = request.title ?? page.title
            request.published =
                request.published ?? page.published.flatMap { CalendarDay(iso: String($0.prefix(10)))?.iso }
            let text = try ArticleText.decode(Data(readable.utf8), source: path)
            return (text, try ExtractJob.Options(request, name: path, path: path))
        case .text(let words):
            let text = try ArticleText.decode(Data(words.utf8), source: article.name)
            return (text, try ExtractJob.Options(article.request, name: article.name, path: nil))
        case .page(let link):
            let (text, filled, _) = try job.fetch(link, request: article.request)
            return (text, try ExtractJob.Options(filled, name: article.name, path: nil))
        }
    }

    /// `problem` located at the article: a record's problems name its `FILE:LINE` first.
    static func named(_ problem: ClaimCheckError, _ name: String) -> ClaimCheckError {
        guard let location = problem.location, location != name, !location.hasPrefix(name) else { return problem }
        return .badInput(name, reason: problem.description)
    }
}
