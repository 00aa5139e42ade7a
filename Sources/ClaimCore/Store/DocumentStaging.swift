import Foundation
import Glibc

/// A new document written whole into a staging folder (`claims/.staging-<doc>-<pid>-<n>/`), not yet durable nor
/// in place: `ClaimStore.commitStaged` makes it both.
public struct StagedDocument: Sendable {
    /// The document's slug.
    public let slug: String
    /// The staging folder holding every file of the document.
    let staging: URL
    /// `claims/<doc>/`, where it goes.
    let target: URL
    /// Every file written, for the fallback sync when `syncfs` is unavailable.
    let files: [String]
    /// What the document holds once in place.
    public let result: ExtractionImport
}

extension ClaimStore {
    /// Prefix of the staging folders under `claims/` (never a valid slug, so never taken for a document).
    static let stagingPrefix = ".staging-"

    /// Writes a new document — every claim file (encoded on every core), `article.txt`, `.numbering` and
    /// `document.json` — into a fresh staging folder, without any sync; nil when `claims/<doc>/` already exists
    /// (merge into it instead). On failure the staging folder is removed.
    public func stageNewDocument(_ input: ExtractionInput) throws -> StagedDocument? {
        let target = try workspace.documentFolder(input.slug)
        var st = stat()
        guard lstat(target.path, &st) != 0 else { return nil }
        try workspace.ensureFolder(workspace.claimsFolder)
        let staging = workspace.claimsFolder.appendingPathComponent(
            "\(Self.stagingPrefix)\(input.slug)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))", isDirectory: true)
        guard mkdir(staging.path, 0o755) == 0 else {
            throw ClaimCheckError.io(
                path: workspace.display(staging), problem: "cannot create a staging folder: \(AtomicFile.errnoText())")
        }
        do {
            let merge = ExtractionMerge(
                existing: [], extracted: input.claims, document: input.slug, article: input.article, by: input.by,
                now: input.now)
            let (numbered, writes) = ClaimNumbering.apply(to: merge.claims, writes: merge.writes, onDisk: [])
            let (revisions, texts) = ClaimStore.revisions(after: nil, stored: nil, input: input)
            let info = input.info(over: nil, revisions: revisions)
            let shown = workspace.display(target)
            // Paths as strings: URL.appendingPathComponent asks the file system whether each name is a folder.
            let folder = staging.path
            // Every claim's entries are chained (`seal`); the ledger is written whole, beside them.
            let sealed = try Parallel.map(writes.count) { index -> (claim: Claim, lines: [LedgerLine]) in
                let sealed = try Self.seal(.new(writes[index]))
                let path = "\(folder)/\(sealed.claim.id).json"
                try AtomicFile.writeNew(
                    try ClaimCoding.encode(sealed.claim), at: path, shownAs: "\(shown)/\(sealed.claim.id).json",
                    sync: false)
                return sealed
            }
            var files = sealed.map { "\(folder)/\($0.claim.id).json" }
            let byID = Dictionary(sealed.map { ($0.claim.id, $0.claim) }, uniquingKeysWith: { a, _ in a })
            let ledger = try Ledger(folder: target, document: input.slug).encode(sealed.flatMap(\.lines), after: nil)
            let others: [(String, Data)] = [
                ("article.txt", Data(input.article.utf8)), (".numbering", Data("1\n".utf8)),
                ("document.json", try ClaimCoding.encode(info)), ("ledger.jsonl", Data(ledger.bytes)),
            ]
            for (name, data) in others {
                let path = "\(folder)/\(name)"
                try AtomicFile.writeNew(data, at: path, shownAs: "\(shown)/\(name)", sync: false)
                files.append(path)
            }
            // The first revision, in the staged folder's revisions/.
            let revisionFolder = "\(folder)/revisions"
            if !texts.isEmpty, mkdir(revisionFolder, 0o755) != 0 {
                throw ClaimCheckError.io(
                    path: "\(shown)/revisions", problem: "cannot create folder: \(AtomicFile.errnoText())")
            }
            for text in texts {
                let name = "revisions/\(SHA256.hex(text)).txt"
                try AtomicFile.writeNew(
                    Data(text.utf8), at: "\(folder)/\(name)", shownAs: "\(shown)/\(name)", sync: false)
                files.append("\(folder)/\(name)")
            }
            if !texts.isEmpty { files.append(revisionFolder) }
            files.append(staging.path)
            return StagedDocument(
                slug: input.slug, staging: staging, target: target, files: files,
                result: ExtractionImport(
                    summary: merge.summary,
                    claims: numbered.map { byID[$0.id] ?? $0 },
                    info: info, status: .new))
        } catch {
            try? FileManager.default.removeItem(at: staging)
            throw error
        }
    }

    /// Makes staged documents durable with one sync pass for all of them, renames each into place and fsyncs
    /// `claims/` once. Returns, per document, whether it landed: false when `claims/<doc>/` appeared meanwhile
    /// (another writer was first; its staging folder is removed and the caller merges into the document instead).
    public func commitStaged(_ documents: [StagedDocument]) throws -> [Bool] {
        guard !documents.isEmpty else { return [] }
        var placed = Array(repeating: false, count: documents.count)
        var done = 0
        defer {
            for document in documents[done...] { try? FileManager.default.removeItem(at: document.staging) }
        }
        try AtomicFile.syncFiles(documents.flatMap(\.files), in: workspace.claimsFolder)
        for (index, document) in documents.enumerated() {
            if rename(document.staging.path, document.target.path) == 0 {
                placed[index] = true
            } else if errno == EEXIST || errno == ENOTEMPTY {
                try? FileManager.default.removeItem(at: document.staging)
            } else {
                throw ClaimCheckError.io(
                    path: workspace.display(document.target),
                    problem: "cannot move the new document into place: \(AtomicFile.errnoText())")
            }
            done = index + 1
        }
        AtomicFile.syncDirectory(workspace.claimsFolder)
        return placed
    }
}
