import ClaimCore
import Foundation

/// Where a reviewer stopped in a document: `.claimcheck/review/<document>/<reviewer, hex>` holds the id of the
/// claim they were on, so that the next `review` reopens there. Best effort: a bookmark that cannot be written
/// costs only the starting place.
enum ReviewBookmark {
    static func file(workspace: Workspace, document: String, reviewer: String) -> URL {
        let name = reviewer.utf8.map { String(format: "%02x", $0) }.joined()
        return workspace.root.appendingPathComponent(
            ".claimcheck/review/\(document)/\(name.isEmpty ? "anonymous" : String(name.prefix(200)))")
    }

    static func load(workspace: Workspace, document: String, reviewer: String) -> String? {
        let url = file(workspace: workspace, document: document, reviewer: reviewer)
        guard let data = FileManager.default.contents(atPath: url.path),
            let id = String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines),
            (try? Slug.validateClaimID(id)) != nil
        else { return nil }
        return id
    }

    static func save(workspace: Workspace, document: String, reviewer: String, claimID: String) {
        let url = file(workspace: workspace, document: document, reviewer: reviewer)
        // Rewritten in place, not through a temporary file: no new inode per save (file creation is the costly
        // part of a save on ext4), and a torn bookmark only fails validation and costs the starting place.
        let flags = O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW
        var fd = open(url.path, flags, 0o644)
        if fd < 0 {
            try? FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            fd = open(url.path, flags, 0o644)
        }
        guard fd >= 0 else { return }
        defer { close(fd) }
        let bytes = Array((claimID + "\n").utf8)
        _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
    }
}
