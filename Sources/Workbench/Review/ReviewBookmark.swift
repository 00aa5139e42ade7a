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
        try? FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try? Data((claimID + "\n").utf8).write(to: url, options: .atomic)
    }
}
