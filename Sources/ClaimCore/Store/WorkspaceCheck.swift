import Foundation

/// Validates every file of a document (or a workspace) beyond "it parses": ids match file names,
/// spans point into article.txt and cover the claim's text, the article's hash matches document.json,
/// revisions and histories are sane. Used by `claimcheck check`; reports, never repairs.
public struct WorkspaceCheck: Sendable {
    /// The store whose documents are checked.
    public let store: ClaimStore

    /// A check of `store`'s documents.
    public init(store: ClaimStore) {
        self.store = store
    }

    /// What one document's check found.
    public struct Result: Sendable {
        /// The document's slug.
        public var document: String
        /// Claims checked.
        public var claims = 0
        /// Everything found wrong, one error each; empty when the document is sound.
        public var problems: [ClaimCheckError] = []
    }

    /// Checks every file of document `slug` and returns what it found; never throws, never repairs (it only
    /// finishes a batch of writes a killed process left half-done, as any reader does).
    public func check(_ slug: String) -> Result {
        var result = Result(document: slug)
        let ws = store.workspace
        /// Runs a load step; a failure becomes a problem of the result and ends the check.
        func attempt<T>(_ load: () throws -> T) -> T? {
            do {
                return try load()
            } catch let e as ClaimCheckError {
                result.problems.append(e)
            } catch {
                result.problems.append(.io(path: slug, problem: "\(error)"))
            }
            return nil
        }
        if let folder = try? ws.documentFolder(slug) { store.finishInterruptedBatches(folder) }
        guard let info = attempt({ try store.loadDocumentInfo(slug) }),
            let article = attempt({ try store.loadArticle(slug) })
        else { return result }
        let docPath = (try? ws.display(ws.documentFolder(slug).appendingPathComponent("document.json"))) ?? slug
        if info.slug != slug {
            result.problems.append(
                .malformedFile(
                    path: docPath, line: nil, problem: "'slug' is '\(info.slug)' but the folder is '\(slug)'"))
        }
        if SHA256.hex(article) != info.sha256 {
            result.problems.append(.articleChanged(document: slug, path: docPath))
        }
        // Every listed revision is on disk and hashes to its name; the last one is the current text.
        for revision in Set((info.revisions ?? []).map(\.sha256)).sorted() {
            _ = attempt { try store.loadRevision(slug, sha256: revision) }
        }
        if let last = info.revisions?.last, last.sha256 != info.sha256 {
            result.problems.append(
                .malformedFile(
                    path: docPath, line: nil, problem: "the last of 'revisions' is not the current text ('sha256')"))
        }
        guard let (claims, problems) = attempt({ try store.loadClaims(slug) }) else { return result }
        result.problems += problems
        result.claims = claims.count
        let bytes = Array(article.utf8)
        var ordinals: [Int: String] = [:]
        for claim in claims {
            let path = (try? ws.display(ws.claimFile(slug, id: claim.id))) ?? claim.id
            func problem(_ text: String) {
                result.problems.append(.malformedFile(path: path, line: nil, problem: text))
            }
            if claim.document != slug { problem("'document' is '\(claim.document)' but the file is in '\(slug)'") }
            if claim.revision < 1 { problem("'revision' must be 1 or more") }
            if claim.history.isEmpty {
                problem("'history' is empty (it is append-only and starts with the extraction)")
            }
            if !(0...1).contains(claim.checkworthiness) {
                problem("'checkworthiness' \(claim.checkworthiness) is outside 0…1")
            }
            if Set(claim.kinds).count != claim.kinds.count { problem("'kinds' lists a kind twice") }
            if !claim.isOrphaned {
                if let other = ordinals[claim.ordinal], claim.manual != true {
                    problem("'ordinal' \(claim.ordinal) is also used by claim \(other)")
                }
                if claim.manual != true { ordinals[claim.ordinal] = claim.id }
                if !Self.valid(claim.span, in: bytes) {
                    problem(
                        "'span' \(claim.span.start)..<\(claim.span.end) is outside article.txt (\(bytes.count) bytes)")
                } else if String(decoding: bytes[claim.span.start..<claim.span.end], as: UTF8.self) != claim.text {
                    problem("'text' does not match the article at its span \(claim.span.start)..<\(claim.span.end)")
                }
                for (i, fact) in claim.facts.enumerated()
                where !claim.span.contains(fact.span) || !Self.valid(fact.span, in: bytes) {
                    problem("'facts.\(i).span' is outside the claim's sentence")
                }
            }
        }
        return result
    }

    /// Checks every document of the workspace.
    public func checkAll() -> [Result] {
        store.workspace.documentSlugs().map(check)
    }

    static func valid(_ span: Span, in bytes: [UInt8]) -> Bool {
        span.start >= 0 && span.start <= span.end && span.end <= bytes.count
    }
}
