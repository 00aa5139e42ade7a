import ClaimCore
import Foundation
import SourceFetch

/// Evidence commands: fetch and attach a link with its best-matching passages, remove one, refresh all.
extension ReviewSession {
    func evidence(_ args: [String]) -> ReviewReply {
        guard let first = args.first else { return .error("usage: evidence URL [supports|refutes|context] [note…] | evidence remove K") }
        let claim = claims[position]
        if first.lowercased() == "remove" || first.lowercased() == "rm" {
            guard args.count == 2, let k = Int(args[1]) else { return .error("usage: evidence remove K (K as numbered in 'show')") }
            do {
                let saved = try evidenceDesk.remove(document: document, claimID: claim.id, index: k, by: reviewer, expectedRevision: claim.revision)
                undoStack.append((claim.id, claim, "evidence remove"))
                replace(saved)
                return .ok("removed evidence #\(k) of \(claim.id)")
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
        var noteWords = Array(args.dropFirst())
        if let word = noteWords.first {
            if let s = Stance(rawValue: word.lowercased()) {
                stance = s
                noteWords.removeFirst()
            } else if let guess = ReviewCommand.closest(to: word, in: Stance.allCases.map(\.rawValue)), word.count >= 4,
                      ReviewCommand.editDistance(word.lowercased(), guess) <= 2 {
                return .error("unknown stance '\(word)' — did you mean '\(guess)'? (supports, refutes, context)")
            }
        }
        do {
            let outcome = try evidenceDesk.attach(document: document, claimID: claim.id, url: first, stance: stance,
                                                  note: noteWords.joined(separator: " "), by: reviewer, expectedRevision: claim.revision)
            undoStack.append((claim.id, claim, "evidence"))
            replace(outcome.claim)
            let reply = EvidenceText.lines(for: outcome).joined(separator: "\n")
            return ReviewReply(text: reply, failed: !outcome.fetched, quit: false)
        } catch {
            return failure(error, claimID: claim.id)
        }
    }

    func fetch() -> ReviewReply {
        let claim = claims[position]
        guard !claim.evidence.isEmpty else { return .error("claim \(claim.id) has no evidence to fetch; add some with 'evidence URL'") }
        do {
            let summary = try evidenceDesk.refresh(document: document, claimIDs: [claim.id], by: reviewer)
            if let fresh = try? store.loadClaim(document, id: claim.id) { replace(fresh) }
            let lines = summary.reports.map(\.line) + [summary.totals]
            return ReviewReply(text: lines.joined(separator: "\n"), failed: summary.failed > 0 || summary.dead > 0, quit: false)
        } catch {
            return failure(error, claimID: claim.id)
        }
    }
}
