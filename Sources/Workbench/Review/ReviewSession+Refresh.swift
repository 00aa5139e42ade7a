import ClaimCore
import Foundation

/// Keeping one numbering with colleagues: when a colleague's `add` or a re-extraction changed the set of claim
/// files, the claims were renumbered, so before each command the session takes the new numbers and claims from
/// disk. The claims it already holds keep the contents this reviewer saw (a save on them is still checked
/// against that revision); only their numbers and the set of claims change.
extension ReviewSession {
    func refreshNumbering() {
        let time = folderTime()
        if let time, let known = knownFolderTime, time.tv_sec == known.tv_sec, time.tv_nsec == known.tv_nsec { return }
        // The kernel stamps times with a coarse clock (a few milliseconds): a change in the same tick as the listing
        // below could keep the time. A time under 0.1 s old is therefore not trusted: the folder is listed again.
        knownFolderTime = time.flatMap {
            Date().timeIntervalSince1970 - (Double($0.tv_sec) + Double($0.tv_nsec) / 1e9) > 0.1 ? $0 : nil
        }
        guard let files = store.claimFileFingerprint(document), files != knownFiles,
            let fresh = try? store.load(document)
        else { return }
        knownFiles = files
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

    /// The modification time of the document folder, nil when it cannot be read.
    func folderTime() -> timespec? {
        guard let folder = try? workspace.documentFolder(document) else { return nil }
        var st = stat()
        guard stat(folder.path, &st) == 0 else { return nil }
        return st.st_mtim
    }
}
