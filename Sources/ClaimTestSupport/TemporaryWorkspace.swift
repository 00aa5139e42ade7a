import ClaimCore
import Foundation

/// A workspace in a fresh temporary folder, removed when the value is released.
public final class TemporaryWorkspace: @unchecked Sendable {
    /// The workspace in the temporary folder.
    public let workspace: Workspace
    /// The temporary folder.
    public var root: URL { workspace.root }
    /// A store over the workspace.
    public var store: ClaimStore { ClaimStore(workspace: workspace) }

    /// Creates an empty workspace in a fresh temporary folder.
    public init() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        workspace = Workspace(root: url)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}
