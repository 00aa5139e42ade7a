import ClaimCore
import Foundation

/// Saving a reviewer's changes: verdicts, notes, kinds, undo, manual claims — each one a locked, revision-checked
/// write through the store the moment the command is entered.
extension ReviewSession {
    func labelError(_ value: String) -> ReviewReply {
        let names = VerdictLabel.allCases.map(\.rawValue)
        let hint = ReviewCommand.closest(to: value, in: names + Array(VerdictLabel.aliases.keys)).map { " — did you mean '\($0)'?" } ?? ""
        return .error("unknown verdict '\(value)'\(hint); use one of \(names.joined(separator: ", "))")
    }

    func verdict(_ args: [String]) -> ReviewReply {
        guard let word = args.first else { return .error("usage: verdict LABEL [note…] (labels: \(VerdictLabel.allCases.map(\.rawValue).joined(separator: ", ")))") }
        // Two-word labels typed with a space: "verdict mostly true".
        if args.count >= 2, let two = VerdictLabel(parsing: word + "-" + args[1]), VerdictLabel(parsing: word) == nil {
            let note = args.count > 2 ? args[2...].joined(separator: " ") : nil
            return setVerdict(two, note: note)
        }
        guard let label = VerdictLabel(parsing: word) else { return labelError(word) }
        return setVerdict(label, note: args.count > 1 ? args[1...].joined(separator: " ") : nil)
    }

    func setVerdict(_ label: VerdictLabel, note: String?) -> ReviewReply {
        save(what: "verdict") { claim in
            let from = claim.verdict.label
            claim.verdict = Verdict(label: label, note: note ?? claim.verdict.note, reviewer: reviewer, at: Timestamp.now())
            return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "verdict", from: from.rawValue, to: label.rawValue)
        } done: { claim in
            "\(claim.id): \(ClaimPresenter(session: self).verdictText(claim.verdict.label))" + (claim.verdict.note.isEmpty ? "" : " — \(claim.verdict.note)")
        }
    }

    func setNote(_ text: String) -> ReviewReply {
        guard !text.isEmpty else { return .error("usage: note TEXT") }
        return save(what: "note") { claim in
            let from = claim.verdict.note
            claim.verdict.note = text
            claim.verdict.reviewer = reviewer
            claim.verdict.at = Timestamp.now()
            return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "note", from: from.isEmpty ? nil : from, to: text)
        } done: { claim in "\(claim.id): note saved" }
    }

    func kinds(_ args: [String]) -> ReviewReply {
        guard !args.isEmpty else { return .error("usage: kinds K… (\(ClaimKind.allCases.map(\.rawValue).joined(separator: ", ")))") }
        var kinds: [ClaimKind] = []
        for a in args.flatMap({ $0.split(separator: ",").map(String.init) }) {
            guard let k = ClaimKind(rawValue: a.lowercased()) else {
                let hint = ReviewCommand.closest(to: a, in: ClaimKind.allCases.map(\.rawValue)).map { " — did you mean '\($0)'?" } ?? ""
                return .error("unknown kind '\(a)'\(hint); use \(ClaimKind.allCases.map(\.rawValue).joined(separator: ", "))")
            }
            if !kinds.contains(k) { kinds.append(k) }
        }
        return save(what: "kinds") { claim in
            let from = claim.kinds.map(\.rawValue).joined(separator: ",")
            claim.kinds = kinds.sorted()
            return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "kinds", from: from, to: claim.kinds.map(\.rawValue).joined(separator: ","))
        } done: { claim in "\(claim.id): kinds \(claim.kinds.map(\.rawValue).joined(separator: ", "))" }
    }

    func undo() -> ReviewReply {
        guard let step = undoStack.last else { return .error("nothing to undo in this session") }
        guard let index = indexByID[step.id] else { undoStack.removeLast(); return .error("that claim is gone") }
        do {
            let saved = try store.update(document, id: step.id, expectedRevision: claims[index].revision) { claim in
                claim.verdict = step.before.verdict
                claim.kinds = step.before.kinds
                claim.evidence = step.before.evidence
                return HistoryEntry(at: Timestamp.now(), by: reviewer, action: "undo", from: step.what)
            }
            undoStack.removeLast()
            replace(saved)
            position = index
            return .ok("undone: \(step.what) of \(step.id) (now \(saved.verdict.label.rawValue))")
        } catch {
            return failure(error, claimID: step.id)
        }
    }

    /// Saves a change to the current claim, based on the revision this session holds; a stale revision is
    /// refused by the store, the claim reloaded, and nothing the reviewer typed is silently merged.
    func save(what: String, _ change: (inout Claim) throws -> HistoryEntry?, done: (Claim) -> String) -> ReviewReply {
        let before = claims[position]
        do {
            let saved = try store.update(document, id: before.id, expectedRevision: before.revision, change)
            undoStack.append((before.id, before, what))
            replace(saved)
            return .ok(done(saved))
        } catch {
            return failure(error, claimID: before.id)
        }
    }

    func failure(_ error: Error, claimID: String) -> ReviewReply {
        if case ClaimCheckError.staleRevision = error {
            if let fresh = try? store.loadClaim(document, id: claimID) { replace(fresh) }
            return .error("\(error)")
        }
        return .error("\(error)")
    }

    func replace(_ claim: Claim) {
        guard let index = indexByID[claim.id] else { return }
        let old = claims[index]
        if !old.isOrphaned { tally[old.verdict.label, default: 0] -= 1 }
        if !claim.isOrphaned { tally[claim.verdict.label, default: 0] += 1 }
        claims[index] = claim
    }

    func reindex() {
        indexByID = [:]
        tally = [:]
        for (i, claim) in claims.enumerated() {
            indexByID[claim.id] = i
            if !claim.isOrphaned { tally[claim.verdict.label, default: 0] += 1 }
        }
    }



    func add(_ phrase: String) -> ReviewReply {
        let typed = phrase.trimmingCharacters(in: CharacterSet(charactersIn: "\"“”' ")).precomposedStringWithCanonicalMapping
        guard !typed.isEmpty else { return .error("usage: add \"exact sentence or phrase of the article\"") }
        let claim: Claim
        do {
            claim = try ClaimStore.manualClaim(typed, in: article, document: document, published: info.published.flatMap(CalendarDay.init(iso:)),
                                               existing: claims, by: reviewer, at: Timestamp.now())
        } catch {
            return .error("\(error)")
        }
        do {
            try store.create(claim)
        } catch {
            return .error("\(error)")
        }
        claims = ClaimStore.ordered(claims + [claim])
        reindex()
        position = indexByID[claim.id] ?? position
        return .ok("added claim \(claim.id) (\(claim.facts.count) fact\(claim.facts.count == 1 ? "" : "s"))\n" + ClaimPresenter(session: self).summary(claim))
    }
}
