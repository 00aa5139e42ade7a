import ClaimCore

/// `claimcheck config list | get KEY | set KEY VALUE | unset KEY`: the workspace's settings
/// (`.claimcheck/config.json`, `WorkspaceConfig`).
public struct ConfigJob: Sendable {
    /// The workspace whose settings are read and written.
    public let workspace: Workspace

    /// The settings of `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// One line per setting: `name = value`, or `name (unset): what it is`.
    public func list() throws -> String {
        let config = try WorkspaceConfig.load(from: workspace)
        return WorkspaceConfig.keys.map { key in
            config[key].map { "\(key.name) = \($0)" } ?? "\(key.name) (unset): \(key.summary)"
        }.joined(separator: "\n")
    }

    /// The value of `name`; nil when unset.
    public func get(_ name: String) throws -> String? {
        let key = try WorkspaceConfig.key(name)
        return try WorkspaceConfig.load(from: workspace)[key]
    }

    /// Sets `name` to `value` (trimmed; a link must be http(s)). Returns the line to print.
    public func set(_ name: String, to value: String) throws -> String {
        let key = try WorkspaceConfig.key(name)
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            throw ClaimCheckError.badInput(name, reason: "give a value (or 'claimcheck config unset \(name)')")
        }
        if key.isLink && !WebLink.isSafeLink(trimmed) {
            throw ClaimCheckError.badInput(trimmed, reason: "\(key.name) must be an http:// or https:// address")
        }
        if ControlCharacters.first(in: trimmed) != nil {
            throw ClaimCheckError.badInput(name, reason: "the value holds control characters")
        }
        try WorkspaceConfig.update(in: workspace) { $0[key] = trimmed }
        return "\(key.name) = \(trimmed) (\(workspace.display(WorkspaceConfig.file(in: workspace))))"
    }

    /// Removes `name`. Returns the line to print.
    public func unset(_ name: String) throws -> String {
        let key = try WorkspaceConfig.key(name)
        try WorkspaceConfig.update(in: workspace) { $0[key] = nil }
        return "\(key.name) unset"
    }
}
