/// The merge policy of a (re-)extraction, with no disk: the claims a document has and the claims the
/// extractor found now go in; the files to write, the reviewed claims kept as orphans, the unreviewed
/// claims to delete and the counts come out. `ClaimStore.importExtraction` is the I/O around it.
///
/// The policy: a sentence found again keeps its id, verdict, evidence and history (its text, span, facts,
/// checkworthiness and — unless a reviewer set them — kinds are refreshed); a new sentence becomes a new
/// claim; a manual claim whose words are still in the article follows them; a reviewed claim whose
/// sentence vanished is kept and marked orphaned; an unreviewed one is deleted.
public struct ExtractionMerge: Sendable, Equatable {
    /// Every claim file to (re)write, in article order: new, updated, newly orphaned.
    public private(set) var writes: [Claim] = []
    /// Ids of the reviewed claims whose sentence is gone (kept, marked orphaned; already orphaned ones too).
    public private(set) var orphans: [String] = []
    /// Ids of the unreviewed claims whose sentence is gone: their files are deleted.
    public private(set) var deletions: [String] = []
    /// The counts `extract` reports.
    public private(set) var summary = ImportSummary()
    /// The document's claims after the merge, in article order then orphaned ones (what a reload would give).
    public private(set) var claims: [Claim] = []

    /// Merges `extracted` (in article order) into `existing` for `document`, whose text is now `article`.
    /// `by` and `now` go into the history entries written.
    public init(
        existing: [Claim], extracted: [ExtractedClaim], document: String, article: String, by: String, now: String
    ) {
        var byID: [String: Claim] = [:]
        for claim in existing { byID[claim.id] = claim }
        let ids = ClaimIdentity.assign(extracted.map(\.text))
        var current = Set<String>()
        var result: [Claim] = []
        for (index, found) in extracted.enumerated() {
            let id = ids[index]
            current.insert(id)
            guard let claim = byID[id] else {
                let fresh = Claim(
                    id: id, document: document, ordinal: index + 1, text: found.text, span: found.span,
                    kinds: found.kinds, checkworthiness: found.checkworthiness, facts: found.facts,
                    history: [HistoryEntry(at: now, by: by, action: .extracted)], revision: 1)
                writes.append(fresh)
                result.append(fresh)
                summary.added += 1
                continue
            }
            let reviewerKinds = claim.history.contains { $0.action == .kinds }
            var next = claim
            next.ordinal = index + 1
            next.text = found.text
            next.span = found.span
            if !reviewerKinds { next.kinds = found.kinds }
            next.checkworthiness = found.checkworthiness
            next.facts = found.facts
            next.orphaned = nil
            // A claim that only moved is unchanged by this measure: its number is the store's (`ClaimNumbering`),
            // set after the merge without a revision, so a manual claim before it does not make it "updated".
            var moved = next
            moved.ordinal = claim.ordinal
            if moved == claim {
                summary.unchanged += 1
                result.append(next)
                continue
            }
            next.history.append(
                HistoryEntry(at: now, by: by, action: .reextracted, from: claim.isOrphaned ? "orphaned" : nil))
            next.revision += 1
            writes.append(next)
            result.append(next)
            summary.updated += 1
        }
        for var claim in existing where !current.contains(claim.id) {
            if claim.manual == true, let span = ClaimStore.locate(claim.text, in: article) {
                if claim.span != span || claim.isOrphaned {
                    claim.span = span
                    claim.orphaned = nil
                    claim.history.append(HistoryEntry(at: now, by: by, action: .reextracted))
                    claim.revision += 1
                    writes.append(claim)
                    summary.updated += 1
                } else {
                    summary.unchanged += 1
                }
                result.append(claim)
            } else if claim.isReviewed {
                if !claim.isOrphaned {
                    claim.orphaned = true
                    claim.history.append(HistoryEntry(at: now, by: by, action: .orphaned))
                    claim.revision += 1
                    writes.append(claim)
                }
                orphans.append(claim.id)
                result.append(claim)
                summary.orphaned += 1
            } else {
                deletions.append(claim.id)
                summary.removed += 1
            }
        }
        claims = ClaimStore.ordered(result)
    }
}
