import ClaimCore
import Foundation
import SourceFetch

/// Evidence commands: fetch and attach a link with its best-matching passages, remove one, refresh all.
/// Fetches run on a worker thread while `waiter` watches for Ctrl-C and draws a spinner; a cancelled
/// fetch saves nothing.
extension ReviewSession {
    func evidence(_ line: CommandLineWords) -> ReviewReply {
        let args = Array(line.words.dropFirst())
        guard let first = args.first else {
            return .error("usage: evidence URL [supports|refutes|context] [NOTE] | evidence remove K")
        }
        let claim = claims[position]
        if first.lowercased() == "remove" || first.lowercased() == "rm" {
            guard args.count == 2, let k = Int(args[1]) else {
                return .error("usage: evidence remove K (K as numbered in 'show')")
            }
            do {
                let saved = try evidenceDesk.remove(
                    document: document, claimID: claim.id, index: k, by: reviewer, expectedRevision: claim.revision)
                if claim.evidence.indices.contains(k - 1) {
                    undoStack.append(
                        UndoStep(
                            claimID: claim.id, base: claim.revision, revision: saved.revision,
                            change: .evidenceRemoved(claim.evidence[k - 1], index: k - 1)))
                }
                replace(saved)
                return .ok("removed evidence #\(k) of claim \(number(saved)) (\(saved.id))")
            } catch {
                return failure(error, claimID: claim.id)
            }
        }
        do {
            _ = try WebLink.validate(first)
        } catch {
            return .error("\(error)")
        }
        var stance = Stance.context
        var noteAfter = 2
        if args.count >= 2 {
            let word = args[1]
            if let s = Stance(rawValue: word.lowercased()) {
                stance = s
                noteAfter = 3
            } else if let guess = ReviewCommand.closest(to: word, in: Stance.allCases.map(\.rawValue)), word.count >= 4,
                ReviewCommand.editDistance(word.lowercased(), guess) <= 2
            {
                return .error("unknown stance '\(word)' — did you mean '\(guess)'? (supports, refutes, context)")
            }
        }
        let note = line.rest(after: noteAfter)
        let desk = evidenceDesk
        let document = self.document
        let reviewer = self.reviewer
        let chosenStance = stance
        let cancelled = CancelFlag()
        let result = waiter.wait(for: "fetching \(first)", cancel: cancelled) {
            Result { () throws -> EvidenceOutcome in
                try desk.attach(
                    document: document, claimID: claim.id, url: first, stance: chosenStance, note: note, by: reviewer,
                    expectedRevision: claim.revision, shouldSave: { !cancelled.isSet })
            }
        }
        guard let result else {
            return .error("cancelled: \(first) was not attached (nothing saved)")
        }
        switch result {
        case .success(let outcome):
            undoStack.append(
                UndoStep(
                    claimID: claim.id, base: claim.revision, revision: outcome.claim.revision,
                    change: .evidenceAdded(url: outcome.claim.evidence[outcome.evidenceNumber - 1].url)))
            replace(outcome.claim)
            let reply = ControlCharacters.visible(EvidenceText.lines(for: outcome).joined(separator: "\n"))
            return ReviewReply(text: reply, failed: !outcome.fetched, quit: false)
        case .failure(let error):
            return failure(error, claimID: claim.id)
        }
    }

    func fetch() -> ReviewReply {
        let claim = claims[position]
        guard !claim.evidence.isEmpty else {
            return .error("claim \(number(claim)) (\(claim.id)) has no evidence to fetch; add some with 'evidence URL'")
        }
        let desk = evidenceDesk
        let document = self.document
        let reviewer = self.reviewer
        let cancelled = CancelFlag()
        let result = waiter.wait(
            for: "fetching \(claim.evidence.count) source\(claim.evidence.count == 1 ? "" : "s")", cancel: cancelled
        ) {
            Result {
                try desk.refresh(
                    document: document, claimIDs: [claim.id], by: reviewer, shouldSave: { !cancelled.isSet })
            }
        }
        guard let result else {
            return .error("cancelled: the sources of claim \(number(claim)) were not refetched (nothing saved)")
        }
        switch result {
        case .success(let summary):
            if let fresh = try? store.loadClaim(document, id: claim.id) { replace(fresh) }
            let lines = summary.reports.map(\.line) + [summary.totals]
            return ReviewReply(
                text: ControlCharacters.visible(lines.joined(separator: "\n")),
                failed: summary.failed > 0 || summary.dead > 0, quit: false)
        case .failure(let error):
            return failure(error, claimID: claim.id)
        }
    }
}
