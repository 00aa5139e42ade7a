import ClaimCore
import Foundation

/// `claimcheck merge-file BASE OURS THEIRS [PATH]`: git's merge driver for a workspace's JSON files, as a job of
/// the main executable (the work is `WorkspaceFileMerge`'s, shared with the small `claimcheck-merge-file`).
public struct MergeFileJob: Sendable {
    /// What a merge did: the file and the verdicts that now disagree.
    public typealias Outcome = WorkspaceFileMerge.Outcome

    /// The time stamped on history entries the merge writes.
    public let now: String

    /// A merge stamped with `now`.
    public init(now: String = Timestamp.now()) {
        self.now = now
    }

    /// Merges THEIRS into OURS against BASE; `path` is the file's path in the repository (git's %P).
    public func run(base: String, ours: String, theirs: String, path: String? = nil) throws -> Outcome {
        try WorkspaceFileMerge.run(base: base, ours: ours, theirs: theirs, path: path, now: now)
    }

    /// The line for git's user when the merge made a dispute; nil otherwise.
    public static func message(_ outcome: Outcome) -> String? {
        WorkspaceFileMerge.message(outcome)
    }
}
