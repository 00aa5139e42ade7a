import ClaimCore
import Foundation

/// `claimcheck lint DOC | --all [--json]`: every reason not to publish yet (`PublishLint`), one line each with
/// the claim's number and id; not ready when there is any.
public struct LintJob: Sendable {
    /// The workspace whose documents are checked.
    public let workspace: Workspace

    /// The gate over `workspace`.
    public init(workspace: Workspace) {
        self.workspace = workspace
    }

    /// What `run` found.
    public struct Outcome: Sendable, Equatable {
        /// The lines to print (or the JSON array).
        public var text: String
        /// Every finding, in order.
        public var findings: [PublishLint.Finding]
        /// True when nothing holds publication back.
        public var ok: Bool { findings.isEmpty }
    }

    /// The findings for `document`, or for every document when nil. Bad settings (`.claimcheck/config.json`) and
    /// a missing document are errors, not findings.
    public func findings(document: String?) throws -> [PublishLint.Finding] {
        let gate = PublishLint(config: try WorkspaceConfig.load(from: workspace))
        let store = ClaimStore(workspace: workspace)
        let slugs = try document.map { [try Slug.validate($0)] } ?? workspace.documentSlugs()
        return try slugs.flatMap { gate.findings(for: try store.load($0)) }
    }

    /// Checks one document (or all); `json` gives the findings as a JSON array instead of lines.
    public func run(document: String?, json: Bool = false) throws -> Outcome {
        let findings = try findings(document: document)
        if json {
            return Outcome(text: String(decoding: try ClaimCoding.encode(findings), as: UTF8.self), findings: findings)
        }
        var lines = findings.map(\.line)
        let scope = document ?? "\(workspace.documentSlugs().count) documents"
        lines.append(
            findings.isEmpty
                ? "\(scope): ready to publish"
                : "\(scope): \(findings.count) reason\(findings.count == 1 ? "" : "s") not to publish yet")
        return Outcome(text: lines.joined(separator: "\n"), findings: findings)
    }
}
