import Foundation

/// The settings that belong to a workspace rather than to one command: who publishes and where
/// (`.claimcheck/config.json` at the workspace root, written by `claimcheck config`). `report` and `export` take
/// them as the defaults of `--organization` and `--base-url`; the publish gate requires the base URL and the
/// organisation.
public struct WorkspaceConfig: Codable, Equatable, Sendable {
    /// The fact-checking organisation's name (ClaimReview publisher and author).
    public var organization: String?
    /// The organisation's home page.
    public var organizationURL: String?
    /// Where the `reports/` folder is published (absolute ClaimReview urls).
    public var baseURL: String?
    /// The organisation's logo (an http(s) URL).
    public var logo: String?

    /// A configuration with the given settings (none by default).
    public init(
        organization: String? = nil, organizationURL: String? = nil, baseURL: String? = nil, logo: String? = nil
    ) {
        self.organization = organization
        self.organizationURL = organizationURL
        self.baseURL = baseURL
        self.logo = logo
    }

    /// One setting: its name on the command line, its JSON key, what it holds and whether it must be a web link.
    public struct Key: Sendable, Equatable {
        /// The name `claimcheck config get|set` takes (`base-url`).
        public let name: String
        /// The key in `config.json` (`baseURL`).
        public let jsonKey: String
        /// What it is, for `config --help` and `config list`.
        public let summary: String
        /// Whether the value must be an http(s) URL.
        public let isLink: Bool
    }

    /// Every setting, in the order `config list` shows them.
    public static let keys: [Key] = [
        Key(
            name: "organization", jsonKey: "organization", summary: "the fact-checking organisation's name",
            isLink: false),
        Key(
            name: "organization-url", jsonKey: "organizationURL", summary: "the organisation's home page",
            isLink: true),
        Key(
            name: "base-url", jsonKey: "baseURL", summary: "where reports/ is published (absolute ClaimReview urls)",
            isLink: true),
        Key(name: "logo", jsonKey: "logo", summary: "the organisation's logo (an http(s) URL)", isLink: true),
    ]

    /// The setting called `name`; `badInput` naming the known ones otherwise.
    public static func key(_ name: String) throws -> Key {
        if let key = keys.first(where: { $0.name == name || $0.jsonKey == name }) { return key }
        throw ClaimCheckError.badInput(
            name, reason: "no such setting (settings: \(keys.map(\.name).joined(separator: ", ")))")
    }

    /// The value of a setting; nil when unset.
    public subscript(key: Key) -> String? {
        get {
            switch key.jsonKey {
            case "organization": organization
            case "organizationURL": organizationURL
            case "baseURL": baseURL
            default: logo
            }
        }
        set {
            switch key.jsonKey {
            case "organization": organization = newValue
            case "organizationURL": organizationURL = newValue
            case "baseURL": baseURL = newValue
            default: logo = newValue
            }
        }
    }

    /// `config.json` of a workspace: `.claimcheck/config.json` at its root.
    public static func file(in workspace: Workspace) -> URL {
        workspace.root.appendingPathComponent(".claimcheck", isDirectory: true).appendingPathComponent("config.json")
    }

    /// The workspace's settings; none when the file does not exist. A file that does not parse, holds an unknown
    /// setting, or a link setting that is not http(s) is refused with its path, line and column where known.
    public static func load(from workspace: Workspace) throws -> WorkspaceConfig {
        let url = file(in: workspace)
        guard let data = FileManager.default.contents(atPath: url.path) else { return WorkspaceConfig() }
        let shown = workspace.display(url)
        let config = try ClaimCoding.decode(WorkspaceConfig.self, from: data, path: shown)
        if let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] {
            for name in object.keys.sorted() where !keys.contains(where: { $0.jsonKey == name }) {
                let line = (try? JSONLocator(bytes: [UInt8](data)))?.line(for: [name])
                throw ClaimCheckError.malformedFile(
                    path: shown, line: line,
                    problem:
                        "unknown setting '\(name)' (settings: \(keys.map(\.jsonKey).joined(separator: ", ")))")
            }
        }
        for key in keys where key.isLink {
            if let value = config[key], !WebLink.isSafeLink(value) {
                let line = (try? JSONLocator(bytes: [UInt8](data)))?.line(for: [key.jsonKey])
                throw ClaimCheckError.malformedFile(
                    path: shown, line: line, problem: "'\(key.jsonKey)' must be an http:// or https:// address")
            }
        }
        return config
    }

    /// Read-modify-write of the workspace's settings under a lock (`.claimcheck/.lock`), so two `config set` runs
    /// never lose each other's change; written atomically (pretty-printed, sorted keys). Returns what was saved.
    @discardableResult
    public static func update(in workspace: Workspace, _ change: (inout WorkspaceConfig) throws -> Void) throws
        -> WorkspaceConfig
    {
        let url = file(in: workspace)
        let folder = url.deletingLastPathComponent()
        try workspace.ensureFolder(folder)
        return try DocumentLock.with(folder) {
            var config = try load(from: workspace)
            try change(&config)
            try AtomicFile.write(try ClaimCoding.encode(config), to: url)
            return config
        }
    }
}
