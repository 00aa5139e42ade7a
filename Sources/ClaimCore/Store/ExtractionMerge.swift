/// The merge policy of a (re-)extraction, with no disk: the claims a document has and the claims the
/// extractor found now go in; the files to write, the reviewed claims kept as orphans, the unreviewed
/// claims to delete and the counts come out. `ClaimStore.importExtraction` is the I/O around it.
///
/// The policy: a sentence found again keeps its id, verdict, evidence and history (its text, span, facts,
/// checkworthiness and — unless a reviewer set them — kinds are refreshed); a sentence that vanished is paired with
/// its successor near its old place (`SentencePairing`: an edit, a split into several sentences, several merged
/// into one), which takes over its verdict, note, evidence and history with `previous` and a `revised` history
/// entry, and `recheck` when a verdict was given and the facts changed (`FactComparison`); any other new sentence
/// becomes a new claim; a manual claim whose words are still in the article follows them; a reviewed claim whose
/// sentence vanished without a successor is kept and marked orphaned; an unreviewed one is deleted.
public struct ExtractionMerge: Sendable, Equatable {
    /// Every claim file to (re)write, in article order: new, updated, newly orphaned.
    public private(set) var writes: [Claim] = []
    /// Ids of the reviewed claims whose sentence is gone (kept, marked orphaned; already orphaned ones too).
    public private(set) var orphans: [String] = []
    /// Ids whose files are deleted: unreviewed claims whose sentence is gone, and claims whose successor (written
    /// under the new sentence's id) carries everything they had.
    public private(set) var deletions: [String] = []
    /// Every edited sentence: what it was, what replaced it, in new article order.
    public private(set) var revisions: [SentenceRevision] = []
    /// The counts `extract` reports.
    public private(set) var summary = ImportSummary()
    /// The document's claims after the merge, in article order then orphaned ones (what a reload would give).
    public private(set) var claims: [Claim] = []

    /// Merges `extracted` (in article order) into `existing` for `document`, whose text is now `article`.
    /// `by` and `now` go into the history entries written. `carryOver: false` leaves edited sentences unpaired (the
    /// policy before successors: orphan or delete, and a new claim), for `claimcheck-bench reextract` to compare.
    public init(
        existing: [Claim], extracted: [ExtractedClaim], document: String, article: String, by: String, now: String,
        carryOver: Bool = true
    ) {
        var byID: [String: Claim] = [:]
        for claim in existing { byID[claim.id] = claim }
        let ids = ClaimIdentity.assign(extracted.map(\.text))
        let current = Set(ids)
        let successors =
            carryOver
            ? Self.successors(existing: existing, extracted: extracted, ids: ids, document: document, by: by, now: now)
            : [:]
        var replaced = Set<String>()
        var result: [Claim] = []
        for (index, found) in extracted.enumerated() {
            let id = ids[index]
            guard let claim = byID[id] else {
                if let (successor, revision) = successors[index] {
                    writes.append(successor)
                    result.append(successor)
                    if let revision {
                        revisions.append(revision)
                        summary.revised += 1
                        replaced.formUnion(revision.predecessors.map(\.id))
                    }
                    continue
                }
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
            if replaced.contains(claim.id) {
                deletions.append(claim.id)
            } else if claim.manual == true, let span = ClaimStore.locate(claim.text, in: article) {
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

    /// The successor claims of the sentences that vanished, by index into `extracted`: each with the revision it
    /// belongs to on the first successor of a group (nil on the others of a split).
    private static func successors(
        existing: [Claim], extracted: [ExtractedClaim], ids: [String], document: String, by: String, now: String
    ) -> [Int: (Claim, SentenceRevision?)] {
        var newIndex: [String: Int] = [:]
        for (index, id) in ids.enumerated() { newIndex[id] = index }
        // The old article order: current extracted claims (manual ones follow their words by themselves).
        let oldOrder = existing.filter { !$0.isOrphaned && $0.manual != true }.sorted {
            $0.ordinal != $1.ordinal ? $0.ordinal < $1.ordinal : $0.id < $1.id
        }
        let vanished = oldOrder.indices.filter { newIndex[oldOrder[$0].id] == nil }
        let known = Set(existing.map(\.id))
        let newcomers = extracted.indices.filter { !known.contains(ids[$0]) }
        guard !vanished.isEmpty, !newcomers.isEmpty else { return [:] }
        // A successor is looked for between the nearest unchanged neighbours before and after the old place: for each
        // old claim, (old order position, new article position) of those neighbours.
        var before = [(Int, Int)?](repeating: nil, count: oldOrder.count)
        var after = [(Int, Int)?](repeating: nil, count: oldOrder.count)
        var last: (Int, Int)? = nil
        for (k, claim) in oldOrder.enumerated() {
            before[k] = last
            if let n = newIndex[claim.id] { last = (k, n) }
        }
        last = nil
        for (k, claim) in oldOrder.enumerated().reversed() {
            after[k] = last
            if let n = newIndex[claim.id] { last = (k, n) }
        }
        // The first newcomer position whose article position is at least `index` (binary search).
        func firstNewcomer(atOrAfter index: Int) -> Int {
            var low = 0
            var high = newcomers.count
            while low < high {
                let mid = (low + high) / 2
                if newcomers[mid] < index { low = mid + 1 } else { high = mid }
            }
            return low
        }
        // A window in new article positions becomes a window of newcomer positions.
        func newcomerWindow(_ low: Int, _ high: Int) -> ClosedRange<Int> {
            let first = firstNewcomer(atOrAfter: low)
            let end = firstNewcomer(atOrAfter: high + 1) - 1
            return first <= end
                ? max(0, first - SentencePairing.slack)...min(newcomers.count - 1, end + SentencePairing.slack)
                : max(0, first - SentencePairing.slack)...min(newcomers.count - 1, first + SentencePairing.slack - 1)
        }
        let windows = vanished.map { k -> ClosedRange<Int> in
            let a = before[k]?.1 ?? 0
            let b = after[k]?.1 ?? extracted.count - 1
            return newcomerWindow(min(a, b), max(a, b))
        }
        // Where the successor would be if only this sentence changed: as far after its neighbour as it was.
        let expected = vanished.map { k -> Int in
            if let (kb, nb) = before[k] { return nb + (k - kb) }
            if let (ka, na) = after[k] { return na - (ka - k) }
            return k
        }
        func sentence(_ text: String, _ facts: [Fact]) -> SentencePairing.Sentence {
            SentencePairing.Sentence(words: SentencePairing.words(text), facts: facts.map(FactComparison.key))
        }
        let pairing = SentencePairing(
            old: vanished.map { sentence(oldOrder[$0].text, oldOrder[$0].facts) }, windows: windows,
            expected: expected, oldOrder: Array(vanished.indices),
            new: newcomers.map { sentence(extracted[$0].text, extracted[$0].facts) }, positions: newcomers)
        var out: [Int: (Claim, SentenceRevision?)] = [:]
        for group in pairing.groups {
            let predecessors = group.old.map { oldOrder[vanished[$0]] }
            let indices = group.new.map { newcomers[$0] }
            let claims = indices.map { index in
                successor(
                    of: predecessors, found: extracted[index], id: ids[index], ordinal: index + 1,
                    allFound: indices.map { extracted[$0] }, document: document, by: by, now: now)
            }
            for (k, index) in indices.enumerated() {
                out[index] = (
                    claims[k],
                    k == 0 ? SentenceRevision(predecessors: predecessors, successors: claims) : nil
                )
            }
        }
        return out
    }

    /// The claim for `found` that takes over `predecessors` (the best match first); `allFound` are the sentences
    /// of the whole group (several for a split), whose facts together are compared with the predecessors'.
    private static func successor(
        of predecessors: [Claim], found: ExtractedClaim, id: String, ordinal: Int, allFound: [ExtractedClaim],
        document: String, by: String, now: String
    ) -> Claim {
        let primary = predecessors[0]
        var reasons = FactComparison.changes(
            from: predecessors.flatMap(\.facts), to: allFound.flatMap(\.facts))
        let verdicts = predecessors.map(\.verdict).filter { $0.label != .unreviewed || !$0.note.isEmpty }
        if Set(verdicts.map(\.label)).count > 1 {
            reasons.append(
                "merged claims judged " + verdicts.map { $0.label.displayName.lowercased() }.joined(separator: " and "))
        }
        var recheck: Recheck? = nil
        let earlier = predecessors.compactMap(\.recheck)
        let judged = predecessors.contains { $0.verdict.label != .unreviewed }
        if judged, !reasons.isEmpty || !earlier.isEmpty {
            recheck = Recheck(
                reason: (earlier.map(\.reason) + reasons).joined(separator: "; "),
                since: earlier.compactMap(\.since).min() ?? now)
        }
        var evidence = primary.evidence
        for other in predecessors.dropFirst() {
            evidence += other.evidence.filter { e in !evidence.contains { $0.url == e.url } }
        }
        // One history, oldest first (a merge interleaves its predecessors'), then what this re-extraction did.
        var history = primary.history
        for other in predecessors.dropFirst() {
            history = (history + other.history).enumerated().sorted {
                $0.element.at != $1.element.at ? $0.element.at < $1.element.at : $0.offset < $1.offset
            }.map(\.element)
        }
        for old in predecessors {
            history.append(HistoryEntry(at: now, by: by, action: .revised, from: old.text, to: found.text))
        }
        let reviewerKinds = predecessors.contains { $0.history.contains { $0.action == .kinds } }
        return Claim(
            id: id, document: document, ordinal: ordinal, text: found.text, span: found.span,
            kinds: reviewerKinds ? primary.kinds : found.kinds, checkworthiness: found.checkworthiness,
            facts: found.facts, verdict: verdicts.first ?? primary.verdict, evidence: evidence, history: history,
            revision: (predecessors.map(\.revision).max() ?? 0) + 1,
            previous: PreviousClaim(
                id: primary.id, text: primary.text, at: now),
            recheck: recheck)
    }
}

/// One edited sentence of a re-extraction: the claims that vanished and the claims that took them over (several
/// on either side for a split or a merge).
public struct SentenceRevision: Sendable, Equatable {
    /// The claims as they were before, the closest match first (their files are deleted).
    public var predecessors: [Claim]
    /// The claims written in their place, in article order.
    public var successors: [Claim]

    /// `predecessors` replaced by `successors`.
    public init(predecessors: [Claim], successors: [Claim]) {
        self.predecessors = predecessors
        self.successors = successors
    }

    /// Why a reviewer must look again, when the facts behind a verdict changed (nil when the verdict stands).
    public var recheck: Recheck? { successors.first?.recheck }

    /// The verdict carried over.
    public var verdict: Verdict { successors.first?.verdict ?? .unreviewed }
}
