import Foundation
import Glibc

/// One article's extraction, ready to store: what `ClaimStore.importExtraction` and the staging of a new
/// document take.
public struct ExtractionInput: Sendable {
    /// The document's slug.
    public var slug: String
    /// The article text (already decoded by `ArticleText`).
    public var article: String
    /// The title, if known (nil keeps the stored one).
    public var title: String?
    /// The article's URL, if known (nil keeps the stored one).
    public var url: String?
    /// The publication date used (YYYY-MM-DD), if any (nil keeps the stored one).
    public var published: String?
    /// The `Extractor.version` that found the claims.
    public var extractorVersion: String
    /// The claims found, in article order.
    public var claims: [ExtractedClaim]
    /// Who ran the extraction, for the history entries written.
    public var by: String
    /// Fields of the source record claimcheck does not use, kept in document.json (nil keeps the stored ones).
    public var extra: [String: JSONValue]?
    /// The time written into history and document.json.
    public var now: String
    /// Where the text came from, for the document's revisions (nil: not recorded).
    public var origin: ArticleOrigin?

    /// An extraction of `article` into document `slug`.
    public init(
        slug: String, article: String, title: String?, url: String?, published: String?, extractorVersion: String,
        claims: [ExtractedClaim], by: String, extra: [String: JSONValue]? = nil, origin: ArticleOrigin? = nil,
        now: String = Timestamp.now()
    ) {
        self.slug = slug
        self.article = article
        self.title = title
        self.url = url
        self.published = published
        self.extractorVersion = extractorVersion
        self.claims = claims
        self.by = by
        self.extra = extra
        self.origin = origin
        self.now = now
    }

    /// document.json for this extraction, over the one stored before (`old`), if any, listing `revisions`.
    func info(over old: DocumentInfo?, revisions: [ArticleRevision]?) -> DocumentInfo {
        DocumentInfo(
            slug: slug, title: title ?? old?.title, url: url ?? old?.url, published: published ?? old?.published,
            sha256: SHA256.hex(article), extractorVersion: extractorVersion, created: old?.created ?? now,
            updated: now, extra: extra ?? old?.extra, revisions: revisions)
    }
}

/// What a document became by an extraction.
public enum ImportStatus: String, Sendable {
    /// It did not exist before.
    case new
    /// Something of it changed: a claim, its text or its metadata.
    case updated
    /// Everything was already stored exactly so; nothing was written.
    case unchanged
}

/// What `importExtraction` stored: the counts, and the document as written (no need to read it back).
public struct ExtractionImport: Sendable {
    /// What changed.
    public var summary: ImportSummary
    /// The document's claims in article order, then orphaned ones.
    public var claims: [Claim]
    /// The document's `document.json` as written.
    public var info: DocumentInfo
    /// New, updated or unchanged.
    public var status: ImportStatus = .updated
    /// The edited sentences whose claims were carried over to their successors.
    public var revisions: [SentenceRevision] = []
}

extension ClaimStore {
    /// Stores a (re-)extraction of a document; see `importExtraction(_:)`.
    @discardableResult
    public func importExtraction(
        slug: String, article: String, title: String?, url: String?, published: String?,
        extractorVersion: String, claims extracted: [ExtractedClaim], by: String, origin: ArticleOrigin? = nil,
        now: String = Timestamp.now()
    ) throws -> ExtractionImport {
        try importExtraction(
            ExtractionInput(
                slug: slug, article: article, title: title, url: url, published: published,
                extractorVersion: extractorVersion, claims: extracted, by: by, origin: origin, now: now))
    }

    /// Stores a (re-)extraction of a document: `ExtractionMerge` decides, this writes. A new document is built in
    /// a staging folder and renamed into place after one sync (`stageNewDocument`, `commitStaged`): a crash leaves
    /// no document or the whole one. An existing one is merged under its lock: unchanged sentences keep their
    /// id, verdict and evidence; a reviewed claim whose sentence vanished is kept and marked orphaned; an
    /// unreviewed one is removed; the changed files are replaced with one sync pass (`AtomicBatch`), and nothing
    /// is written when nothing changed. A text the document has not had is kept under `revisions/` and listed
    /// (`ClaimStore+Revisions`). Refuses to run while any claim file of the document is broken, so that
    /// no broken file is overwritten. Returns what was stored, so the caller need not read it back.
    @discardableResult
    public func importExtraction(_ input: ExtractionInput) throws -> ExtractionImport {
        if let staged = try stageNewDocument(input), try commitStaged([staged]) == [true] {
            return staged.result
        }
        return try mergeExtraction(input)
    }

    /// The merge into an existing document (or a folder without one), under the document lock.
    func mergeExtraction(_ input: ExtractionInput) throws -> ExtractionImport {
        let slug = input.slug
        let folder = try workspace.documentFolder(slug)
        try workspace.ensureFolder(workspace.claimsFolder)
        try workspace.ensureFolder(folder)
        return try DocumentLock.with(folder) {
            // An interrupted batch is finished first: its temporary files are its journal's to rename.
            AtomicBatch.rollForward(in: folder)
            AtomicFile.removeAbandonedTemporaries(in: folder)
            let (loaded, problems) = try loadClaims(slug)
            if let first = problems.first {
                throw ClaimCheckError.brokenClaimFiles(document: slug, first: first, count: problems.count)
            }
            let existing =
                try upgradeRecordIfNeeded(slug, by: input.by, now: input.now) > 0 ? try loadClaims(slug).0 : loaded
            let old = try? loadDocumentInfo(slug)
            let merge = ExtractionMerge(
                existing: existing, extracted: input.claims, document: slug, article: input.article, by: input.by,
                now: input.now)
            // Numbers in article order, manual and orphaned claims included (`ClaimNumbering`): claims whose number
            // alone changed are written too, without a revision or history entry.
            let (numbered, writes) = ClaimNumbering.apply(to: merge.claims, writes: merge.writes, onDisk: existing)
            let (revisions, texts) = Self.revisions(
                after: old, stored: old.flatMap { _ in try? loadArticle(slug) }, input: input)
            let info = input.info(over: old, revisions: revisions)
            if let old, writes.isEmpty, merge.deletions.isEmpty {
                var same = info
                same.updated = old.updated
                if same == old, (try? loadArticle(slug)) == input.article {
                    return ExtractionImport(summary: merge.summary, claims: numbered, info: old, status: .unchanged)
                }
            }
            // Every changed file goes to a temporary file (encoded on every core), one sync pass makes them all
            // durable, a journal makes the batch all-or-nothing, then each is renamed into place, the deletions
            // done and the folder fsynced once.
            // Each claim's new entries are chained (`seal`) before it is encoded; their ledger lines are appended
            // once the batch is in place.
            // A new text goes to revisions/ first (content-addressed, written once: harmless if the batch fails).
            try storeRevisionTexts(texts, slug: slug)
            let batch = AtomicBatch(journal: folder)
            let folderPath = folder.path
            let onDisk = Dictionary(existing.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            let sealed = try Parallel.map(writes.count) { index -> (claim: Claim, lines: [LedgerLine]) in
                let old = onDisk[writes[index].id]
                let adds = (old?.history.count ?? 0) < writes[index].history.count
                let sealed = try Self.seal(
                    PendingClaimWrite(
                        claim: writes[index], newFrom: old?.history.count ?? 0, before: adds ? old : nil))
                // Not appendingPathComponent, which asks the file system whether the name is a folder.
                let file = URL(fileURLWithPath: "\(folderPath)/\(sealed.claim.id).json", isDirectory: false)
                try batch.add(try ClaimCoding.encode(sealed.claim), to: file)
                return sealed
            }
            try batch.add(numberingData(slug), to: folder.appendingPathComponent(".numbering"))
            try batch.add(Data(input.article.utf8), to: folder.appendingPathComponent("article.txt"))
            try batch.add(try ClaimCoding.encode(info), to: folder.appendingPathComponent("document.json"))
            for id in merge.deletions { batch.delete("\(id).json") }
            try batch.commit()
            let deleted = Set(merge.deletions)
            try appendToLedger(
                sealed.flatMap(\.lines)
                    + Self.removalLines(existing.filter { deleted.contains($0.id) }, by: input.by, at: input.now),
                in: slug)
            let byID = Dictionary(sealed.map { ($0.claim.id, $0.claim) }, uniquingKeysWith: { a, _ in a })
            return ExtractionImport(
                summary: merge.summary, claims: numbered.map { byID[$0.id] ?? $0 }, info: info,
                status: old == nil ? .new : .updated, revisions: merge.revisions)
        }
    }
}
