import Foundation
import ClaimCore

/// A workspace in a fresh temporary folder, removed when the value is released.
public final class TemporaryWorkspace: @unchecked Sendable {
    public let workspace: Workspace
    public var root: URL { workspace.root }
    public var store: ClaimStore { ClaimStore(workspace: workspace) }

    public init() {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("claimcheck-test-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        workspace = Workspace(root: url)
    }

    deinit {
        try? FileManager.default.removeItem(at: root)
    }
}
