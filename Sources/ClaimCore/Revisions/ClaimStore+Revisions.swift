import Foundation

/// The texts an article has had: each distinct one stored once as `claims/<doc>/revisions/<sha256>.txt` (written
/// once, atomically, never changed), listed oldest first in `document.json`.
extension ClaimStore {
    /// `claims/<slug>/revisions/`.
    public func revisionsFolder(_ slug: String) throws -> URL {
        try workspace.documentFolder(slug).appendingPathComponent("revisions", isDirectory: true)
    }

    /// The text of revision `sha256` of `slug`; `malformedFile` when it is missing or does not hash to its name.
    public func loadRevision(_ slug: String, sha256: String) throws -> String {
        guard sha256.utf8.count == 64,
            sha256.utf8.allSatisfy({ (0x30...0x39).contains($0) || (0x61...0x66).contains($0) })
        else {
            throw ClaimCheckError.badInput(sha256, reason: "not a revision name (64 hex digits)")
        }
        let file = try revisionsFolder(slug).appendingPathComponent("\(sha256).txt")
        guard let data = FileManager.default.contents(atPath: file.path),
            let text = String(validating: data, as: UTF8.self)
        else {
            throw ClaimCheckError.malformedFile(
                path: workspace.display(file), line: nil, problem: "missing or not UTF-8")
        }
        guard SHA256.hex(text) == sha256 else {
            throw ClaimCheckError.malformedFile(
                path: workspace.display(file), line: nil, problem: "its sha256 does not match its name")
        }
        return text
    }

    /// The revisions list after storing `article` (called under the document lock, before document.json is written):
    /// the text is written to `revisions/` unless already there, and listed unless it is the latest revision already.
    /// A document from before revisions were kept first gets its stored text as revision 1 (source unknown).
    func recordRevision(
        _ slug: String, article: String, old: DocumentInfo?, origin: ArticleOrigin?, title: String?, now: String
    ) throws -> [ArticleRevision] {
        let folder = try revisionsFolder(slug)
        var list = old?.revisions ?? []
        if let old, old.revisions == nil, let earlier = try? loadArticle(slug) {
            try storeRevisionText(earlier, in: folder)
            list.append(
                ArticleRevision(
                    sha256: SHA256.hex(earlier), source: nil, fetchedAt: old.updated, title: old.title, finalUrl: nil))
        }
        let sha = SHA256.hex(article)
        guard list.last?.sha256 != sha else { return list }
        try storeRevisionText(article, in: folder)
        list.append(
            ArticleRevision(
                sha256: sha, source: origin?.source, fetchedAt: now, title: title, finalUrl: origin?.finalUrl))
        return list
    }

    /// Writes `text` as `<sha256>.txt` in `folder` unless a file of that name is there already (content-addressed).
    private func storeRevisionText(_ text: String, in folder: URL) throws {
        try workspace.ensureFolder(folder)
        let file = folder.appendingPathComponent("\(SHA256.hex(text)).txt")
        guard !FileManager.default.fileExists(atPath: file.path) else { return }
        try AtomicFile.write(Data(text.utf8), to: file)
    }
}
