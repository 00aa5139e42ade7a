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

    /// The revisions list after `input` is stored over `old` (whose text is `stored`), and the texts to write to
    /// `revisions/`: the new text is listed unless it is the latest revision already. A document from before
    /// revisions were kept first gets its stored text as revision 1 (source unknown).
    static func revisions(after old: DocumentInfo?, stored: String?, input: ExtractionInput) -> (
        list: [ArticleRevision], texts: [String]
    ) {
        var list = old?.revisions ?? []
        var texts: [String] = []
        if let old, old.revisions == nil, let stored {
            texts.append(stored)
            list.append(
                ArticleRevision(
                    sha256: SHA256.hex(stored), source: nil, fetchedAt: old.updated, title: old.title, finalUrl: nil))
        }
        let sha = SHA256.hex(input.article)
        guard list.last?.sha256 != sha else { return (list, texts) }
        texts.append(input.article)
        list.append(
            ArticleRevision(
                sha256: sha, source: input.origin?.source, fetchedAt: input.now, title: input.title ?? old?.title,
                finalUrl: input.origin?.finalUrl))
        return (list, texts)
    }

    /// Writes each of `texts` as `revisions/<sha256>.txt` of `slug` unless a file of that name is there already.
    func storeRevisionTexts(_ texts: [String], slug: String) throws {
        guard !texts.isEmpty else { return }
        let folder = try revisionsFolder(slug)
        try workspace.ensureFolder(folder)
        for text in texts {
            let file = folder.appendingPathComponent("\(SHA256.hex(text)).txt")
            guard !FileManager.default.fileExists(atPath: file.path) else { continue }
            try AtomicFile.write(Data(text.utf8), to: file)
        }
    }
}
