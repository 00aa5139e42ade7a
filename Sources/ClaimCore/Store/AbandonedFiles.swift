import Foundation

extension ClaimStore {
    /// Cleans up after killed writers (only those whose process is gone): finishes their interrupted batches
    /// (`AtomicBatch.rollForward`), removes their staging folders under `claims/` and their temporary files
    /// (`.NAME.tmp-PID-N`) in `claims/`, every document folder, its `sources/` and `reports/`. Returns the counts.
    @discardableResult
    public func removeAbandonedFiles() -> (stagingFolders: Int, temporaryFiles: Int, finishedBatches: Int) {
        let claims = workspace.claimsFolder
        let names = (try? FileManager.default.contentsOfDirectory(atPath: claims.path)) ?? []
        var staging = 0
        for name in names where name.hasPrefix(Self.stagingPrefix) {
            guard let pid = name.split(separator: "-").dropLast().last.flatMap({ Int32($0) }), AtomicFile.isGone(pid)
            else { continue }
            if (try? FileManager.default.removeItem(at: claims.appendingPathComponent(name))) != nil { staging += 1 }
        }
        var folders = [claims, workspace.reportsFolder]
        for slug in names {
            guard let folder = try? workspace.documentFolder(slug), let sources = try? workspace.sourcesFolder(slug)
            else { continue }
            folders += [folder, sources]
        }
        // An interrupted batch is finished before temporary files go: they are its journal's to rename.
        let finished = folders.map { AtomicBatch.rollForward(in: $0) }.reduce(0, +)
        let temporary = folders.map { AtomicFile.removeAbandonedTemporaries(in: $0) }.reduce(0, +)
        return (staging, temporary, finished)
    }
}
