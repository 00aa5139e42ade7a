/// The three-way merge of one claim file, as git's merge driver needs it (`claimcheck merge-file`): a pure
/// function of the merge base and the two sides, so that two reviewers' work on one claim never loses a
/// verdict, a history entry or a piece of evidence.
///
/// - history: the union of both sides' entries, in time order, each entry once;
/// - evidence: the union by URL; for a URL on both sides the later fetch's status wins, a note changed on
///   both sides keeps both; a link one side removed and the other left as it was stays removed;
/// - verdict: one changed on one side only is taken; changed on both sides to different labels, the verdict
///   of record stays the base's and `dispute` records both (a `dispute` history entry says so);
/// - every other field: the side that changed it (ours when both did); `revision` above both sides.
public enum ClaimMerge {
    /// The merged claim, and the dispute the merge found (nil when the verdicts merged cleanly).
    public struct Result: Sendable {
        /// The claim to write.
        public var claim: Claim
        /// The two verdicts that disagree, when this merge made (or added to) a dispute.
        public var newDispute: [ReviewRecord]?
    }

    /// The name merge-made history entries carry in `by`.
    public static let mergerName = "claimcheck merge"

    /// Merges `ours` and `theirs` (two versions of one claim) against `base` (nil when both sides added the
    /// file). Refuses two different claims. `now` stamps a new `dispute` history entry.
    public static func merge(base: Claim?, ours: Claim, theirs: Claim, now: String) throws -> Result {
        guard ours.id == theirs.id, ours.document == theirs.document else {
            throw ClaimCheckError.refused(
                "cannot merge claim \(ours.document)/\(ours.id) with claim \(theirs.document)/\(theirs.id)")
        }
        var merged = ours
        merged.ordinal = pick(base?.ordinal, ours.ordinal, theirs.ordinal)
        merged.text = pick(base?.text, ours.text, theirs.text)
        merged.span = pick(base?.span, ours.span, theirs.span)
        merged.kinds = pick(base?.kinds, ours.kinds, theirs.kinds)
        merged.checkworthiness = pick(base?.checkworthiness, ours.checkworthiness, theirs.checkworthiness)
        merged.facts = pick(base?.facts, ours.facts, theirs.facts)
        merged.orphaned = pick(base?.orphaned, ours.orphaned, theirs.orphaned)
        merged.manual = pick(base?.manual, ours.manual, theirs.manual)
        // An edit's lineage and pending re-check: the side that changed them (a verdict given clears `recheck`).
        merged.previous = pick(base?.previous, ours.previous, theirs.previous)
        merged.recheck = pick(base?.recheck, ours.recheck, theirs.recheck)
        merged.evidence = mergeEvidence(base: base?.evidence ?? [], ours: ours.evidence, theirs: theirs.evidence)
        merged.history = unionInTimeOrder(ours.history, theirs.history)
        merged.revision = max(ours.revision, theirs.revision) + 1

        let baseVerdict = base?.verdict ?? .unreviewed
        let oursChanged = ours.verdict.label != baseVerdict.label
        let theirsChanged = theirs.verdict.label != baseVerdict.label
        var newDispute: [ReviewRecord]?
        if ours.verdict == theirs.verdict {
            merged.verdict = ours.verdict
            merged.dispute = pick(base?.dispute, ours.dispute, theirs.dispute)
        } else if oursChanged && theirsChanged && ours.verdict.label != theirs.verdict.label {
            let pair = [ReviewRecord(ours.verdict), ReviewRecord(theirs.verdict)]
            merged.verdict = baseVerdict
            merged.dispute = unique((ours.dispute ?? []) + (theirs.dispute ?? []) + pair)
            newDispute = pair
            merged.history.append(
                HistoryEntry(
                    at: now, by: mergerName, action: .dispute, from: baseVerdict.label.rawValue,
                    to: pair.map(\.summary).joined(separator: "; ")))
        } else {
            // One side changed the label (take it), or both set the same label (take the later);
            // a note changed on the other side as well is kept beside it.
            let oursWins =
                oursChanged != theirsChanged
                ? oursChanged : (ours.verdict.at ?? "") >= (theirs.verdict.at ?? "")
            let (winner, other) = oursWins ? (ours, theirs) : (theirs, ours)
            merged.verdict = winner.verdict
            if other.verdict.note != baseVerdict.note {
                merged.verdict.note = joinNotes(winner.verdict.note, other.verdict.note)
            }
            merged.dispute = winner.dispute == base?.dispute ? other.dispute : winner.dispute
        }
        if merged.dispute?.isEmpty == true { merged.dispute = nil }
        return Result(claim: merged, newDispute: newDispute)
    }

    /// The side that changed a value from the base; ours when both did (or when there is no base).
    static func pick<T: Equatable>(_ base: T?, _ ours: T, _ theirs: T) -> T {
        if ours == theirs { return ours }
        if let base, base == ours { return theirs }
        return ours
    }

    /// Both sides' entries, each once, oldest first (entries of the same time keep ours-then-theirs order).
    public static func unionInTimeOrder(_ ours: [HistoryEntry], _ theirs: [HistoryEntry]) -> [HistoryEntry] {
        var seen = Set<HistoryEntry>()
        var all: [HistoryEntry] = []
        all.reserveCapacity(ours.count + theirs.count)
        for entry in ours + theirs where seen.insert(entry).inserted { all.append(entry) }
        return all.enumerated().sorted { a, b in
            a.element.at != b.element.at ? a.element.at < b.element.at : a.offset < b.offset
        }.map(\.element)
    }

    /// Evidence by URL: ours in its order, then links only theirs has. A link in the base that one side removed
    /// stays removed when the other side left it unchanged; otherwise every link of either side is kept.
    static func mergeEvidence(base: [Evidence], ours: [Evidence], theirs: [Evidence]) -> [Evidence] {
        let baseByURL = Dictionary(base.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        let oursByURL = Dictionary(ours.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByURL = Dictionary(theirs.map { ($0.url, $0) }, uniquingKeysWith: { first, _ in first })
        var result: [Evidence] = []
        for item in ours {
            if let other = theirsByURL[item.url] {
                result.append(mergeItem(base: baseByURL[item.url], ours: item, theirs: other))
            } else if baseByURL[item.url] != item {
                result.append(item)  // added by ours, or changed by ours while theirs removed it
            }
        }
        for item in theirs where oursByURL[item.url] == nil && baseByURL[item.url] != item {
            result.append(item)
        }
        return result
    }

    /// One link on both sides: the later fetch's findings, the stance the side that changed it gave, both notes.
    static func mergeItem(base: Evidence?, ours: Evidence, theirs: Evidence) -> Evidence {
        func lastTouched(_ e: Evidence) -> String { max(e.fetchedAt ?? "", e.checkedAt ?? "") }
        var merged = lastTouched(theirs) > lastTouched(ours) ? theirs : ours
        let other = lastTouched(theirs) > lastTouched(ours) ? ours : theirs
        merged.stance = pick(base?.stance, ours.stance, theirs.stance)
        if ours.note != theirs.note {
            merged.note =
                base?.note == ours.note
                ? theirs.note : base?.note == theirs.note ? ours.note : joinNotes(ours.note, theirs.note)
        }
        if theirs.addedAt < ours.addedAt {
            merged.addedAt = theirs.addedAt
            merged.addedBy = theirs.addedBy
        } else {
            merged.addedAt = ours.addedAt
            merged.addedBy = ours.addedBy
        }
        let earlier =
            (other.previousSnapshots ?? []) + (merged.previousSnapshots ?? []) + [other.snapshot].compactMap { $0 }
        let snapshots = unique(earlier.filter { $0 != merged.snapshot })
        merged.previousSnapshots = snapshots.isEmpty ? nil : snapshots
        return merged
    }

    /// Two notes as one, each kept: "first / second" (just one when the other is empty or the same).
    public static func joinNotes(_ first: String, _ second: String) -> String {
        if second.isEmpty || first == second { return first }
        if first.isEmpty { return second }
        return first + " / " + second
    }

    static func unique<T: Hashable>(_ items: [T]) -> [T] {
        var seen = Set<T>()
        return items.filter { seen.insert($0).inserted }
    }
}
