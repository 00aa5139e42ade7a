import ClaimCore
import Foundation

/// Keeping one numbering with colleagues: when a colleague's `add` or a re-extraction changed the set of claim
/// files, the claims were renumbered, so before each command the session takes the new numbers and claims from
/// disk. The claims it already holds keep the contents this reviewer saw (a save on them is still checked
/// against that revision); only their numbers and the set of claims change.
extension ReviewSession {
    func refreshNumbering() {
        let generation = store.numberingGeneration(document)
        guard generation != knownGeneration, let fresh = try? store.load(document) else { return }
        knownGeneration = generation
        let currentID = claims.isEmpty ? nil : claims[position].id
        let mine = Dictionary(claims.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        claims = ClaimStore.ordered(
            fresh.claims.map { disk in
                guard var kept = mine[disk.id] else { return disk }
                kept.ordinal = disk.ordinal
                kept.orphaned = disk.orphaned
                return kept
            })
        brokenFiles = fresh.problems.count
        reindex()
        undoStack.removeAll { indexByID[$0.claimID] == nil }
        if let currentID, let index = indexByID[currentID] {
            position = index
        } else {
            position = min(position, max(0, claims.count - 1))
        }
    }
}
