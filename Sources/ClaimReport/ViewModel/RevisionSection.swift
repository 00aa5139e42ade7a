import ClaimCore

/// The report's "This article changed after review" section: when the article's text changed after the first
/// verdict, the revision times and the sentences that changed since the text the reviewers saw, with the claims
/// that wait for a re-check. Its keys are always set (mustache falls back to outer contexts for missing keys).
struct RevisionSection {
    /// The section's template values.
    let context: [String: Any]

    /// The section for `document`; revision texts are read through `store` (a missing or damaged revision file
    /// leaves the diff out and says so).
    init(_ document: LoadedDocument, store: ClaimStore) {
        let info = document.info
        let changes = ReviewTimeline.changesAfterReview(info, claims: document.claims)
        guard let revisions = info.revisions, let latest = changes.last,
            let firstVerdict = ReviewTimeline.firstVerdict(document.claims)
        else {
            context = Self.empty
            return
        }
        // The text the reviewers saw first: the last revision stored before the first verdict.
        let reviewedIndex = revisions.lastIndex { $0.fetchedAt <= firstVerdict } ?? 0
        let latestIndex = revisions.count - 1
        var lines: [[String: Any]] = []
        var diffError = ""
        do {
            let diff = SentenceDiff(
                old: try store.loadRevision(info.slug, sha256: revisions[reviewedIndex].sha256),
                new: try store.loadRevision(info.slug, sha256: latest.sha256))
            lines = diff.hunks.flatMap(Self.lines)
        } catch {
            diffError = "The sentence diff is not available: \(error)"
        }
        let rechecks = document.claims.filter(\.needsRecheck)
        context = [
            "changedAfterReview": true,
            "firstVerdictAt": firstVerdict,
            "revisionRows": revisions.enumerated().map { index, revision in
                [
                    "revNumber": index + 1, "revAt": revision.fetchedAt, "revSha": String(revision.sha256.prefix(12)),
                    "revSource": revision.finalUrl ?? revision.source ?? "source not recorded",
                    "revNote": index == reviewedIndex
                        ? "reviewed" : (index > reviewedIndex ? "changed after review" : ""),
                ] as [String: Any]
            },
            "diffFrom": reviewedIndex + 1,
            "diffTo": latestIndex + 1,
            "diffLines": lines,
            "hasDiffLines": !lines.isEmpty,
            "diffError": diffError,
            "recheckRefs": rechecks.map { claim in
                [
                    "recheckID": claim.id, "recheckNumber": claim.ordinal,
                    "recheckReason": claim.recheck?.reason ?? "",
                ] as [String: Any]
            },
            "hasRechecks": !rechecks.isEmpty,
        ]
    }

    /// No change after review: the section is left out.
    static var empty: [String: Any] {
        [
            "changedAfterReview": false, "revisionRows": [], "diffLines": [], "hasDiffLines": false, "diffError": "",
            "recheckRefs": [], "hasRechecks": false,
        ]
    }

    /// The lines of one hunk: removed sentences then added ones, each as runs of unchanged and changed words
    /// (for an edited sentence, the words between what both versions begin and end with are marked).
    static func lines(_ hunk: SentenceDiff.Hunk) -> [[String: Any]] {
        func line(_ sign: String, _ cls: String, _ runs: [(String, Bool)]) -> [String: Any] {
            [
                "diffSign": sign, "diffClass": cls,
                "runs": runs.filter { !$0.0.isEmpty }.map { ["runText": $0.0, "changed": $0.1] as [String: Any] },
            ]
        }
        guard let edits = hunk.edits else {
            return hunk.removed.map { line("−", "del", [($0, false)]) }
                + hunk.added.map { line("+", "ins", [($0, false)]) }
        }
        return edits.flatMap { edit in
            let change = SentenceDiff.changedWords(edit.old, edit.new)
            func runs(_ words: [Substring]) -> [(String, Bool)] {
                let end = words.count - change.tail
                return [
                    (words[..<change.head].joined(separator: " ") + (change.head > 0 ? " " : ""), false),
                    (words[change.head..<end].joined(separator: " "), true),
                    ((change.tail > 0 ? " " : "") + words[end...].joined(separator: " "), false),
                ]
            }
            return [line("−", "del", runs(change.old)), line("+", "ins", runs(change.new))]
        }
    }
}
