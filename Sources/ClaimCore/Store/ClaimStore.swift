import Foundation

/// One document as it is on disk: its metadata, its text, the claims that loaded, and the files that did not.
public struct LoadedDocument: Sendable {
    /// The document's `document.json`.
    public var info: DocumentInfo
    /// The document's `article.txt`, which every span points into.
    public var article: String
    /// Current claims in article order, then orphaned ones.
    public var claims: [Claim]
    /// Claim files that could not be read; they are reported and left untouched.
    public var problems: [ClaimCheckError]
    /// The record fingerprint: the hash of the last line of the document's ledger (nil before anything was
    /// recorded). A published report prints it so the page can be checked against the workspace later.
    public var fingerprint: String? = nil
}

/// What a (re-)extraction did to a document's claims.
public struct ImportSummary: Sendable, Equatable {
    /// New claims.
    public var added = 0
    /// Claims found again exactly as stored.
    public var unchanged = 0
    /// Claims found again with new text, span, facts or position (or revived orphans).
    public var updated = 0
    /// Edited sentences whose claims were taken over by their successors (`ExtractionMerge.revisions`).
    public var revised = 0
    /// Reviewed claims whose sentence is gone, kept and marked orphaned.
    public var orphaned = 0
    /// Unreviewed claims whose sentence is gone, deleted.
    public var removed = 0
    /// No changes yet.
    public init() {}
}

/// Reads and writes the JSON files of a workspace (docs/DESIGN.md): one file per claim, atomic writes,
/// a revision check on every update, and a per-document lock around every read-modify-write so that
/// concurrent writers never lose an update.
public struct ClaimStore: Sendable {
    /// The workspace whose `claims/` this store reads and writes.
    public let workspace: Workspace

    /// A store over `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    // MARK: Reading

    /// Reads `claims/<slug>/document.json`; `documentNotFound` when it is not there.
    public func loadDocumentInfo(_ slug: String) throws -> DocumentInfo {
        let folder = try workspace.documentFolder(slug)
        let file = folder.appendingPathComponent("document.json")
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw ClaimCheckError.documentNotFound(slug)
        }
        return try ClaimCoding.decode(DocumentInfo.self, from: data, path: workspace.display(file))
    }

    /// Reads `claims/<slug>/article.txt`; `articleMissing` when it is gone.
    public func loadArticle(_ slug: String) throws -> String {
        let file = try workspace.documentFolder(slug).appendingPathComponent("article.txt")
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw ClaimCheckError.articleMissing(document: slug, path: workspace.display(file))
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw ClaimCheckError.malformedFile(path: workspace.display(file), line: nil, problem: "not UTF-8 text")
        }
        return text
    }

    /// Loads a document (finishing first a batch of writes a killed process left); broken claim files are collected
    /// in `problems`, the good ones still load.
    public func load(_ slug: String) throws -> LoadedDocument {
        finishInterruptedBatches(try workspace.documentFolder(slug))
        let info = try loadDocumentInfo(slug)
        let article = try loadArticle(slug)
        let (claims, problems) = try loadClaims(slug)
        return LoadedDocument(
            info: info, article: article, claims: ClaimStore.ordered(claims), problems: problems,
            fingerprint: fingerprint(slug))
    }

    /// Reads one claim file; `claimNotFound` when it is not there, `malformedFile` when it does not parse.
    public func loadClaim(_ slug: String, id: String) throws -> Claim {
        let file = try workspace.claimFile(slug, id: id)
        guard let data = FileManager.default.contents(atPath: file.path) else {
            throw ClaimCheckError.claimNotFound(document: slug, claim: id)
        }
        return try ClaimCoding.decode(Claim.self, from: data, path: workspace.display(file))
    }

    /// Article order, orphaned claims last.
    public static func ordered(_ claims: [Claim]) -> [Claim] {
        claims.sorted { a, b in
            if a.isOrphaned != b.isOrphaned { return !a.isOrphaned }
            return a.ordinal != b.ordinal ? a.ordinal < b.ordinal : a.id < b.id
        }
    }

    /// The names in `folder`, after finishing any batch a killed writer left there (`AtomicBatch.rollForward`), so
    /// that no reader sees half a re-extraction; one directory listing when there is none.
    @discardableResult
    func finishInterruptedBatches(_ folder: URL) -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        guard names.contains(where: { $0.hasPrefix(".batch-") && $0.hasSuffix(".journal") }),
            AtomicBatch.rollForward(in: folder) > 0
        else { return names }
        return (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
    }

    /// The claim files of `folder` (an interrupted batch finished first).
    func claimFileNames(_ folder: URL) -> [String] {
        let names = finishInterruptedBatches(folder)
        return names.filter { $0.hasSuffix(".json") && $0 != "document.json" && !$0.hasPrefix(".") }.sorted()
    }

    /// Every claim file of a document, read and decoded on all cores, in file-name order; the files
    /// that cannot be read are returned as problems.
    func loadClaims(_ slug: String) throws -> ([Claim], [ClaimCheckError]) {
        let folder = try workspace.documentFolder(slug)
        let names = claimFileNames(folder)
        let workspace = self.workspace
        let loaded = try Parallel.map(names.count) { index -> Result<Claim, ClaimCheckError> in
            do {
                return .success(
                    try Self.readClaimFile(
                        named: names[index], in: folder, workspace: workspace, as: Claim.self, id: \.id
                    )
                    .claim)
            } catch let e as ClaimCheckError {
                return .failure(e)
            }
        }
        var claims: [Claim] = []
        var problems: [ClaimCheckError] = []
        claims.reserveCapacity(loaded.count)
        for result in loaded {
            switch result {
            case .success(let claim): claims.append(claim)
            case .failure(let problem): problems.append(problem)
            }
        }
        return (claims, problems)
    }

    /// One claim file, decoded as `type` (a `Claim`, or a partial view of one) whose id is at `id`, with the bytes
    /// it was decoded from.
    static func readClaimFile<T: Decodable>(
        named name: String, in folder: URL, workspace: Workspace, as type: T.Type, id: KeyPath<T, String>
    ) throws -> (claim: T, data: Data) {
        // Not appendingPathComponent, which asks the file system whether the name is a folder.
        let file = URL(fileURLWithPath: "\(folder.path)/\(name)", isDirectory: false)
        var shown: String { workspace.display(file) }  // only for messages
        let path = file.path
        var st = stat()
        if lstat(path, &st) == 0, (st.st_mode & S_IFMT) == S_IFLNK {
            throw ClaimCheckError.malformedFile(
                path: shown, line: nil, problem: "is a symbolic link; claimcheck does not follow links (remove it)")
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ClaimCheckError.io(path: shown, problem: "cannot be read")
        }
        let claim = try ClaimCoding.decode(T.self, from: data, path: shown)
        guard claim[keyPath: id] + ".json" == name else {
            throw ClaimCheckError.malformedFile(
                path: shown, line: nil, problem: "its id '\(claim[keyPath: id])' does not match its file name")
        }
        return (claim, data)
    }

    // MARK: Writing

    /// Read-modify-write of one claim under the document lock.
    ///
    /// - Parameters:
    ///   - expectedRevision: the revision the caller's change was based on; when the file on disk has
    ///     another revision the write is refused with `staleRevision` (nothing is written). Pass nil
    ///     to apply the change to whatever is current (safe: the lock covers the read and the write).
    ///   - change: mutates the claim and returns the history entry to append (nil: no change, no write).
    /// - Returns: the claim as saved (or as found, when `change` made no change).
    @discardableResult
    public func update(
        _ slug: String, id: String, expectedRevision: Int? = nil,
        _ change: (inout Claim) throws -> HistoryEntry?
    ) throws -> Claim {
        let folder = try workspace.documentFolder(slug)
        let file = try workspace.claimFile(slug, id: id)
        return try DocumentLock.with(folder) {
            try upgradeRecordIfNeeded(slug)
            var claim = try loadClaim(slug, id: id)
            if let expected = expectedRevision, claim.revision != expected {
                let last = claim.history.last
                throw ClaimCheckError.staleRevision(
                    path: workspace.display(file), expected: expected, found: claim.revision,
                    by: last?.by ?? "someone", at: last?.at ?? "an unknown time")
            }
            let before = claim
            guard let entry = try change(&claim) else { return claim }
            claim.history.append(entry)
            claim.revision += 1
            return try persist(
                [PendingClaimWrite(claim: claim, newFrom: before.history.count, before: before)], in: slug)[0]
        }
    }

    /// Writes a new claim (a reviewer's manual claim); refuses to replace an existing file.
    public func create(_ claim: Claim) throws {
        let folder = try workspace.documentFolder(claim.document)
        let file = try workspace.claimFile(claim.document, id: claim.id)
        try DocumentLock.with(folder) {
            guard !FileManager.default.fileExists(atPath: file.path) else {
                throw ClaimCheckError.refused("claim \(claim.id) already exists in \(claim.document)")
            }
            try upgradeRecordIfNeeded(claim.document)
            try persist([.new(claim)], in: claim.document)
        }
    }
}
