import ClaimCore

/// `undo`: this reviewer's own last change, field by field, only while nobody changed that claim since.
extension ReviewSession {
    func undo() -> ReviewReply {
        guard let step = undoStack.popLast() else { return .error("nothing of yours to undo in this session") }
        guard let index = indexByID[step.claimID] else {
            return .error("undo refused: claim \(step.claimID) is gone from \(document)")
        }
        do {
            let saved = try store.update(document, id: step.claimID, expectedRevision: step.revision) { claim in
                step.revert(&claim, by: reviewer, at: Timestamp.now())
            }
            // An older change of this claim that this one was based on is now based on the undo's revision.
            if let k = undoStack.lastIndex(where: { $0.claimID == step.claimID }), undoStack[k].revision == step.base {
                undoStack[k].revision = saved.revision
            }
            replace(saved)
            position = index
            return .ok(
                "undone on claim \(number(saved)) (\(saved.id)): \(ControlCharacters.visible(step.what)); now \(ClaimPresenter(session: self).stateLine(saved))"
            )
        } catch let ClaimCheckError.staleRevision(_, _, found, _, _) {
            let fresh = try? store.loadClaim(document, id: step.claimID)
            if let fresh { replace(fresh) }
            let since =
                fresh.map { Array($0.history.suffix(max(1, min(found - step.revision, $0.history.count)))) } ?? []
            // Name a colleague's change first: that is why the undo is refused.
            let who = ChangeDescription.summary(since, latest: since.last { $0.by != reviewer })
            return .error(
                "undo refused: \(who) after your change (\(step.what)) to claim \(fresh.map(number) ?? 0) (\(step.claimID)); nothing changed, and that change is no longer undoable"
            )
        } catch ClaimCheckError.claimNotFound {
            return .error("undo refused: claim \(step.claimID) is gone from \(document)")
        } catch {
            // Nothing was written (a broken file, the lock): the change stays undoable.
            undoStack.append(step)
            return .error("\(error)")
        }
    }
}
