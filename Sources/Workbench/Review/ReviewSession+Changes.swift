import ClaimCore
import Foundation

/// Saving a reviewer's changes: verdicts, notes, kinds, manual claims — each one a locked, revision-checked
/// write through the store the moment the command is entered, remembered for `undo` with the revision it made.
extension ReviewSession {
    func labelError(_ value: String) -> ReviewReply {
        let names = VerdictLabel.allCases.map(\.rawValue)
        let hint =
            ReviewCommand.closest(to: value, in: names + Array(VerdictLabel.aliases.keys)).map {
                " — did you mean '\($0)'?"
            } ?? ""
        return .error("unknown verdict '\(value)'\(hint); use one of \(names.joined(separator: ", "))")
    }

    /// `verdict LABEL [NOTE]`: the note is the rest of the line, verbatim.
    func verdict(_ line: CommandLineWords) -> ReviewReply {
        let args = Array(line.words.dropFirst())
        guard let word = args.first else {
            return .error(
                "usage: verdict LABEL [NOTE] (labels: \(VerdictLabel.allCases.map(\.rawValue).joined(separator: ", ")))"
            )
        }
        // Two-word labels typed with a space: "verdict mostly true".
        if args.count >= 2, let two = VerdictLabel(parsing: word + "-" + args[1]), VerdictLabel(parsing: word) == nil {
            return setVerdict(two, note: line.rest(after: 3))
        }
        guard let label = VerdictLabel(parsing: word) else { return labelError(word) }
        return setVerdict(label, note: line.rest(after: 2))
    }

    /// Sets the verdict with `note`; an empty note clears the previous one, and the reply says what was cleared.
    func setVerdict(_ label: VerdictLabel, note: String) -> ReviewReply {
        let presenter = ClaimPresenter(session: self)
        var cleared = ""
        return save { claim in
            let before = claim.verdict
            cleared = note.isEmpty ? before.note : ""
            let recheck = claim.recheck
            claim.verdict = Verdict(label: label, note: note, reviewer: reviewer, at: Timestamp.now())
            // A verdict given is the re-check done: the history says which one it settled.
            claim.recheck = nil
            let settled = recheck.map { "; re-check cleared (\($0.reason))" } ?? ""
            var entry = HistoryEntry(
                at: Timestamp.now(), by: reviewer, action: .verdict, from: before.label.rawValue + settled,
                to: label.rawValue)
            guard let dispute = claim.dispute, !dispute.isEmpty else {
                return (entry, .verdict(before: before, after: claim.verdict, recheck: recheck))
            }
            // Setting a verdict ends a merge's dispute; the history entry names the verdicts it settles.
            claim.dispute = nil
            entry.action = .resolve
            entry.from = dispute.map(\.summary).joined(separator: "; ") + settled
            return (entry, .resolution(before: before, after: claim.verdict, recheck: recheck, dispute: dispute))
        } done: { claim in
            var text = "claim \(number(claim)) (\(claim.id)): \(presenter.verdictText(claim.verdict.label))"
            if !claim.verdict.note.isEmpty { text += " — note: \(presenter.clean(claim.verdict.note))" }
            if !cleared.isEmpty {
                text +=
                    "\n  note cleared (it was: \(presenter.clean(cleared))); 'undo' restores it, 'note TEXT' sets a new one"
            }
            return text
        }
    }

    func setNote(_ text: String) -> ReviewReply {
        guard !text.isEmpty else { return .error("usage: note TEXT (the rest of the line, verbatim)") }
        return save { claim in
            let before = claim.verdict
            claim.verdict.note = text
            claim.verdict.reviewer = reviewer
            claim.verdict.at = Timestamp.now()
            let entry = HistoryEntry(
                at: Timestamp.now(), by: reviewer, action: .note, from: before.note.isEmpty ? nil : before.note,
                to: text)
            return (entry, .note(before: before, after: claim.verdict))
        } done: { claim in
            "claim \(number(claim)) (\(claim.id)): note saved"
        }
    }

    func kinds(_ args: [String]) -> ReviewReply {
        guard !args.isEmpty else {
            return .error("usage: kinds K… (\(ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")))")
        }
        var kinds: [ClaimKind] = []
        for a in args.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let k = ClaimKind(rawValue: a.lowercased()) else {
                let hint =
                    ReviewCommand.closest(to: a, in: ClaimKind.allCases.map(\.rawValue)).map {
                        " — did you mean '\($0)'?"
                    } ?? ""
                return .error(
                    "unknown kind '\(a)'\(hint); use \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !kinds.contains(k) { kinds.append(k) }
        }
        return save { claim in
            let before = claim.kinds
            claim.kinds = kinds.sorted()
            let entry = HistoryEntry(
                at: Timestamp.now(), by: reviewer, action: .kinds, from: before.map(\.rawValue).joined(separator: ","),
                to: claim.kinds.map(\.rawValue).joined(separator: ","))
            return (entry, .kinds(before: before, after: claim.kinds))
        } done: { claim in
            "claim \(number(claim)) (\(claim.id)): kinds \(claim.kinds.map(\.rawValue).joined(separator: ", "))"
        }
    }

    /// Saves a change to the current claim, based on the revision this session holds; a stale revision is
    /// refused by the store, the claim reloaded and shown, and nothing the reviewer typed is silently merged.
    func save(_ change: (inout Claim) throws -> (HistoryEntry, UndoStep.Change), done: (Claim) -> String) -> ReviewReply
    {
        let before = claims[position]
        var undoable: UndoStep.Change?
        do {
            let saved = try store.update(document, id: before.id, expectedRevision: before.revision) { claim in
                let (entry, step) = try change(&claim)
                undoable = step
                return entry
            }
            if let undoable {
                undoStack.append(
                    UndoStep(claimID: saved.id, base: before.revision, revision: saved.revision, change: undoable))
            }
            replace(saved)
            rememberPosition()
            return .ok(done(saved))
        } catch {
            return failure(error, claimID: before.id)
        }
    }

    /// The reply to a failed save. A stale save reloads the claim and says what the colleague set, who and when.
    func failure(_ error: Error, claimID: String) -> ReviewReply {
        guard case ClaimCheckError.staleRevision(_, let expected, let found, _, _) = error,
            let fresh = try? store.loadClaim(document, id: claimID)
        else {
            return .error("\(error)")
        }
        replace(fresh)
        let since = Array(fresh.history.suffix(max(1, min(found - expected, fresh.history.count))))
        let now = ClaimPresenter(session: self).stateLine(fresh)
        return .error(
            "claim \(number(fresh)) (\(fresh.id)) not saved: \(ChangeDescription.summary(since)) since you loaded it; reloaded, it is now \(now) — repeat your change if it still applies"
        )
    }

    func add(_ phrase: String) -> ReviewReply {
        let typed = phrase.trimmingCharacters(in: CharacterSet(charactersIn: "\"“”' "))
            .precomposedStringWithCanonicalMapping
        guard !typed.isEmpty else { return .error("usage: add \"exact sentence or phrase of the article\"") }
        let draft: Claim
        do {
            draft = try ClaimStore.manualClaim(
                typed, in: article, document: document, published: info.published.flatMap(CalendarDay.init(iso:)),
                existing: claims, by: reviewer, at: Timestamp.now())
        } catch {
            return .error("\(error)")
        }
        let claim: Claim
        do {
            claim = try store.createInArticleOrder(draft)
            // Everyone after it moved up one: reload the numbers (the claims' contents stay as this reviewer saw them).
            knownGeneration = store.numberingGeneration(document)
            let fresh = try store.load(document)
            var ordinals: [String: Int] = [:]
            for c in fresh.claims { ordinals[c.id] = c.ordinal }
            claims = ClaimStore.ordered(
                (claims + [claim]).map { c in
                    var c = c
                    c.ordinal = ordinals[c.id] ?? c.ordinal
                    return c
                })
        } catch {
            return .error("\(error)")
        }
        reindex()
        position = indexByID[claim.id] ?? position
        return .ok(
            "added claim \(number(claim)) (\(claim.id), \(claim.facts.count) fact\(claim.facts.count == 1 ? "" : "s")); the claims after it moved up one\n"
                + ClaimPresenter(session: self).summary(claim))
    }
}
