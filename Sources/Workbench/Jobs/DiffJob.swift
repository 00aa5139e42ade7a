import ClaimCore
import Foundation

/// `claimcheck diff DOC [REV [REV]]`: the sentence-level difference between two stored revisions of an article
/// (by default the last two). A revision is named by its number in `document.json`'s list (1 = the oldest) or by
/// the start of its sha256 (at least six hex digits).
public struct DiffJob: Sendable {
    /// What `diff` compares and found.
    public struct Outcome: Sendable {
        /// The document's slug.
        public var document: String
        /// The older side: its number (1-based) and record.
        public var from: (number: Int, revision: ArticleRevision)
        /// The newer side: its number (1-based) and record.
        public var to: (number: Int, revision: ArticleRevision)
        /// The sentences removed and added between them.
        public var diff: SentenceDiff
    }

    /// The store of the workspace read.
    public let store: ClaimStore

    /// Compares revisions of documents in `workspace`.
    public init(workspace: Workspace) {
        store = ClaimStore(workspace: workspace)
    }

    /// Compares revision `from` with revision `to` of `document` (nil: the last two; `from` alone: with the latest).
    public func run(document: String, from: String? = nil, to: String? = nil) throws -> Outcome {
        let slug = try Slug.validate(document)
        let revisions = try store.loadDocumentInfo(slug).revisions ?? []
        guard revisions.count >= 2 || (from != nil && to != nil) else {
            throw ClaimCheckError.refused(
                revisions.isEmpty
                    ? "\(slug) has no stored revisions yet: they are kept from its next extraction on"
                    : "\(slug) has one revision only (\(revisions[0].fetchedAt)): nothing to compare yet")
        }
        let a = try from.map { try Self.resolve($0, in: revisions, document: slug) } ?? revisions.count - 2
        let b = try to.map { try Self.resolve($0, in: revisions, document: slug) } ?? revisions.count - 1
        let old = try store.loadRevision(slug, sha256: revisions[a].sha256)
        let new = try store.loadRevision(slug, sha256: revisions[b].sha256)
        return Outcome(
            document: slug, from: (a + 1, revisions[a]), to: (b + 1, revisions[b]),
            diff: SentenceDiff(old: old, new: new))
    }

    /// The index of the revision `name` names: a number from 1, or a sha256 prefix of six or more hex digits.
    static func resolve(_ name: String, in revisions: [ArticleRevision], document: String) throws -> Int {
        if let number = Int(name) {
            guard (1...max(1, revisions.count)).contains(number), !revisions.isEmpty else {
                throw ClaimCheckError.badInput(
                    name, reason: "\(document) has revisions 1–\(revisions.count); no revision \(number)")
            }
            return number - 1
        }
        let prefix = name.lowercased()
        guard prefix.count >= 6, prefix.allSatisfy(\.isHexDigit) else {
            throw ClaimCheckError.badInput(
                name, reason: "a revision is its number (1 = the oldest) or the start of its sha256 (6+ hex digits)")
        }
        let matches = revisions.indices.filter { revisions[$0].sha256.hasPrefix(prefix) }
        guard let last = matches.last else {
            throw ClaimCheckError.badInput(name, reason: "no revision of \(document) has a sha256 starting so")
        }
        guard Set(matches.map { revisions[$0].sha256 }).count == 1 else {
            throw ClaimCheckError.badInput(name, reason: "names more than one revision; give more digits")
        }
        // The same text may come back (an edit undone): its latest listing.
        return last
    }
}
