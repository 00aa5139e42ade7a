import ClaimCore

/// One change this reviewer made in this session, as `undo` needs it: the claim, the revision the change was
/// based on and the revision it produced, and the fields it changed with their values before and after.
struct UndoStep: Sendable {
    /// The fields one change touched.
    enum Change: Sendable {
        /// A verdict set; `recheck` is the pending re-check the verdict cleared (undo puts it back).
        case verdict(before: Verdict, after: Verdict, recheck: Recheck?)
        /// A verdict that ended a merge's dispute: undo restores the verdict, the re-check and the dispute.
        case resolution(before: Verdict, after: Verdict, recheck: Recheck?, dispute: [ReviewRecord])
        case note(before: Verdict, after: Verdict)
        case kinds(before: [ClaimKind], after: [ClaimKind])
        case evidenceAdded(url: String)
        case evidenceRemoved(Evidence, index: Int)
    }

    let claimID: String
    /// The revision the change was based on.
    let base: Int
    /// The revision the change produced: undo is allowed only while the claim is still at this revision.
    var revision: Int
    let change: Change

    /// "verdict false", "the note", "evidence https://…": what the change set, for messages.
    var what: String {
        switch change {
        case .verdict(_, let after, _): "verdict \(after.label.rawValue)"
        case .resolution(_, let after, _, _): "verdict \(after.label.rawValue), which resolved a dispute"
        case .note: "the note"
        case .kinds(_, let after): "kinds \(after.map(\.rawValue).joined(separator: ","))"
        case .evidenceAdded(let url): "evidence \(url)"
        case .evidenceRemoved(let evidence, let index): "the removal of evidence #\(index + 1) \(evidence.url)"
        }
    }

    /// Puts back the fields this change set, and only those; returns the history entry (`undo`, from what
    /// was undone, to what was restored).
    func revert(_ claim: inout Claim, by reviewer: String, at now: String) -> HistoryEntry {
        let restored: String
        switch change {
        case .verdict(let before, _, let recheck):
            claim.verdict = before
            if let recheck { claim.recheck = recheck }
            restored = "verdict \(before.label.rawValue)" + (before.note.isEmpty ? "" : " with note “\(before.note)”")
        case .resolution(let before, _, let recheck, let dispute):
            claim.verdict = before
            if let recheck { claim.recheck = recheck }
            claim.dispute = dispute
            restored =
                "verdict \(before.label.rawValue) and the dispute (\(dispute.map(\.summary).joined(separator: "; ")))"
        case .note(let before, _):
            claim.verdict.note = before.note
            claim.verdict.reviewer = before.reviewer
            claim.verdict.at = before.at
            restored = before.note.isEmpty ? "no note" : "note “\(before.note)”"
        case .kinds(let before, _):
            claim.kinds = before
            restored = "kinds \(before.map(\.rawValue).joined(separator: ","))"
        case .evidenceAdded(let url):
            claim.evidence.removeAll { $0.url == url }
            restored = "evidence \(url) removed"
        case .evidenceRemoved(let evidence, let index):
            if !claim.evidence.contains(where: { $0.url == evidence.url }) {
                claim.evidence.insert(evidence, at: min(index, claim.evidence.count))
            }
            restored = "evidence #\(min(index, claim.evidence.count - 1) + 1) \(evidence.url) back"
        }
        return HistoryEntry(at: now, by: reviewer, action: .undo, from: what, to: restored)
    }
}

/// One history entry as a sentence about who did what when: "bo set verdict false at 10:42".
enum ChangeDescription {
    /// The latest of `entries` as a sentence, then how many earlier ones there were and by whom:
    /// "bo set verdict false at … (after 2 earlier changes by ana, bo)".
    static func summary(_ entries: [HistoryEntry], latest: HistoryEntry? = nil) -> String {
        guard let last = latest ?? entries.last else { return "someone changed it" }
        var others = entries
        if let k = others.lastIndex(of: last) { others.remove(at: k) }
        guard !others.isEmpty else { return sentence(last) }
        var names: [String] = []
        for entry in others where !names.contains(entry.by) { names.append(entry.by) }
        return sentence(last)
            + " (and \(others.count) other change\(others.count == 1 ? "" : "s") by \(ControlCharacters.visible(names.joined(separator: ", "))))"
    }

    static func sentence(_ entry: HistoryEntry) -> String {
        let what: String
        switch entry.action {
        case .verdict: what = "set verdict \(entry.to ?? "?")"
        case .note: what = "set the note to “\(ClaimTable.truncate(entry.to ?? "", 80))”"
        case .kinds: what = "set kinds \(entry.to ?? "")"
        case .evidenceAdd: what = "added evidence \(entry.to ?? "")"
        case .evidenceRemove: what = "removed evidence \(entry.from ?? "")"
        case .evidenceFetch: what = "refetched its evidence"
        case .evidenceCheck: what = "checked its evidence links"
        case .undo: what = "undid \(entry.from ?? "a change")"
        case .reextracted: what = "re-extracted the claim"
        case .revised:
            what =
                "re-extracted the article, whose sentence was edited (it read “\(ClaimTable.truncate(entry.from ?? "", 80))”)"
        case .orphaned: what = "re-extracted the article, which no longer has this sentence"
        case .extracted: what = "extracted the claim"
        case .manual: what = "made the claim by hand"
        case .dispute: what = "merged verdicts set differently (\(entry.to ?? "")) into a dispute"
        case .resolve: what = "resolved the dispute (\(entry.from ?? "")) with verdict \(entry.to ?? "?")"
        }
        return ControlCharacters.visible("\(entry.by) \(what) at \(entry.at)")
    }
}
