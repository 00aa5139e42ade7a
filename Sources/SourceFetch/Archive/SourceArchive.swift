import ClaimCore
import Foundation

/// What `<sha256>.json` records about a snapshot.
public struct SnapshotRecord: Codable, Sendable, Equatable {
    /// The URL that was asked for.
    public var url: String
    /// The URL of the final response, after redirects.
    public var finalUrl: String
    /// HTTP status of the final response.
    public var status: Int
    /// The Content-Type header, when sent.
    public var contentType: String?
    /// Headers of the final response, in order.
    public var headers: [HTTPHeader]
    /// When the response was received (ISO 8601 UTC).
    public var fetchedAt: String
    /// The page's title, when the text has one.
    public var title: String?
    /// Publication day `YYYY-MM-DD`, when the page states it.
    public var published: String?
    /// sha256 (hex) of the body: the snapshot's file name.
    public var sha256: String
    /// Size of the body in bytes.
    public var bytes: Int
    /// Why there is no readable text (a binary body), or what was left out, when so.
    public var note: String?
    /// The author a PDF names in its metadata.
    public var author: String? = nil
    /// Pages read, for a PDF.
    public var pages: Int? = nil
}

/// The content-addressed archive of one document's fetched sources, `claims/<doc>/sources/`:
/// `<sha256>.body` (the raw bytes), `<sha256>.txt` (readable text) and `<sha256>.json` (a `SnapshotRecord`),
/// all written atomically. The same bytes are stored once, whichever URL brought them. Each fetch is also
/// kept as WARC records under `sources/warc/` (`WARCArchive`).
public struct SourceArchive: Sendable {
    /// The workspace whose `claims/` folder holds the archive.
    public let workspace: Workspace
    /// The slug of the document the sources belong to.
    public let document: String

    /// The archive of `document`'s sources in `workspace` (nothing is created until something is stored).
    public init(workspace: Workspace, document: String) {
        self.workspace = workspace
        self.document = document
    }

    /// Stores a fetched page (if its bytes are not stored yet) and returns its sha256. With a `capture` context,
    /// the fetch itself is also kept as WARC records (`WARCArchive`), every time, also when the bytes were stored.
    @discardableResult
    public func store(_ page: FetchedPage, text: SourceText, capture: WARCContext? = nil) throws -> String {
        let sha = SHA256.hex(page.body)
        let folder = try workspace.sourcesFolder(document)
        try workspace.ensureFolder(folder)
        if let capture { try WARCArchive.store(page, sha: sha, context: capture, in: workspace) }
        let body = folder.appendingPathComponent("\(sha).body")
        if FileManager.default.fileExists(atPath: body.path),
            FileManager.default.fileExists(atPath: file(sha, "json", in: folder).path)
        {
            return sha
        }
        let record = SnapshotRecord(
            url: page.url, finalUrl: page.finalURL, status: page.status, contentType: page.contentType,
            headers: page.headers, fetchedAt: page.fetchedAt, title: text.title,
            published: text.published, sha256: sha, bytes: page.body.count, note: text.note,
            author: text.author, pages: text.pages)
        try AtomicFile.write(Data(page.body), to: body)
        try AtomicFile.write(Data(((text.text ?? "") + "\n").utf8), to: file(sha, "txt", in: folder))
        // The record last: its presence says the snapshot is complete.
        try AtomicFile.write(try ClaimCoding.encode(record), to: file(sha, "json", in: folder))
        return sha
    }

    /// The metadata of a stored snapshot.
    public func record(_ sha: String) throws -> SnapshotRecord {
        let url = try file(checked(sha), "json", in: workspace.sourcesFolder(document))
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ClaimCheckError.io(path: workspace.display(url), problem: "snapshot metadata missing")
        }
        return try ClaimCoding.decode(SnapshotRecord.self, from: data, path: workspace.display(url))
    }

    /// The readable text of a stored snapshot.
    public func text(_ sha: String) throws -> String {
        let url = try file(checked(sha), "txt", in: workspace.sourcesFolder(document))
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ClaimCheckError.io(path: workspace.display(url), problem: "snapshot text missing")
        }
        return String(decoding: data, as: UTF8.self)
    }

    /// The raw bytes of a stored snapshot.
    public func body(_ sha: String) throws -> [UInt8] {
        let url = try file(checked(sha), "body", in: workspace.sourcesFolder(document))
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw ClaimCheckError.io(path: workspace.display(url), problem: "snapshot body missing")
        }
        return Array(data)
    }

    /// Every stored snapshot's sha256, sorted.
    public func snapshots() -> [String] {
        guard let folder = try? workspace.sourcesFolder(document),
            let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path)
        else { return [] }
        return names.filter { $0.hasSuffix(".json") }.map { String($0.dropLast(5)) }.filter(SourceArchive.isDigest)
            .sorted()
    }

    private func file(_ sha: String, _ ext: String, in folder: URL) -> URL {
        folder.appendingPathComponent("\(sha).\(ext)")
    }

    private func checked(_ sha: String) throws -> String {
        guard SourceArchive.isDigest(sha) else {
            throw ClaimCheckError.badInput(sha, reason: "is not a snapshot id (64 hex digits)")
        }
        return sha
    }

    static func isDigest(_ s: String) -> Bool {
        s.utf8.count == 64 && s.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
    }
}
