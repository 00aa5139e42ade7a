import ClaimCore
import ClaimReport
import Foundation
import SourceFetch

/// `claimcheck report DOC --public [--bundle DIR]`: the public fact-check page of a document and the archived
/// evidence it links, in one folder that can be published as it is (default `reports/public/DOC/`):
/// `index.html`, `evidence/SHA.txt` (the readable text of each archived page a shown claim cites) and
/// `publication.json` (when the page was first published: later verdict changes make its corrections log).
/// Every link inside the folder is relative. Nothing is written while the publish gate (`PublishLint`) finds a
/// reason not to publish, unless forced.
public struct PublicReportJob: Sendable {
    /// What was written.
    public struct Outcome: Sendable, Equatable {
        /// The page, as shown to the user.
        public var page: String
        /// How many claims the page shows, and how many archived copies were written.
        public var claims: Int
        /// The number of archived copies in the bundle.
        public var copies: Int
    }

    /// What `publication.json` keeps between runs.
    struct Publication: Codable {
        var firstPublished: String
    }

    /// The workspace whose document is published.
    public let workspace: Workspace
    /// Organisation, base URL and generation time.
    public let options: ReportOptions

    /// A job for `workspace` with the publication `options`.
    public init(workspace: Workspace, options: ReportOptions = ReportOptions()) {
        self.workspace = workspace
        self.options = options
    }

    /// The default folder of a document's public bundle.
    public func defaultFolder(_ document: String) throws -> URL {
        workspace.reportsFolder.appendingPathComponent("public", isDirectory: true)
            .appendingPathComponent(try Slug.validate(document), isDirectory: true)
    }

    /// The publish gate's findings for `loaded` (`PublishLint`), with the base URL and organisation this job
    /// publishes with (the flags over the workspace's settings).
    public func findings(_ loaded: LoadedDocument) throws -> [PublishLint.Finding] {
        var config = try WorkspaceConfig.load(from: workspace)
        if let base = options.publicBaseURL, !base.isEmpty { config.baseURL = base }
        if config.organization == nil, !options.organization.isEmpty, options.organization != "claimcheck" {
            config.organization = options.organization
        }
        return PublishLint(config: config).findings(for: loaded)
    }

    /// Writes the public page of `document` and its archived evidence into `bundle` (default `defaultFolder`).
    /// Refuses (`ClaimCheckError.refused`, after nothing is written) while the publish gate has findings, unless
    /// `force`; `gate` receives them first, to be shown one per line.
    public func run(
        document: String, bundle: String? = nil, force: Bool = false, gate: ([PublishLint.Finding]) -> Void = { _ in }
    ) throws -> Outcome {
        let slug = try Slug.validate(document)
        let loaded = try ClaimStore(workspace: workspace).load(slug)
        if let first = loaded.problems.first {
            throw ClaimCheckError.brokenClaimFiles(document: slug, first: first, count: loaded.problems.count)
        }
        let findings = try findings(loaded)
        gate(findings)
        if !findings.isEmpty && !force {
            throw ClaimCheckError.refused(
                "\(slug) is not ready to publish (\(findings.count) \(findings.count == 1 ? "reason" : "reasons"): 'claimcheck lint \(slug)'); fix them, or give --force"
            )
        }
        let folder = try bundle.map { URL(fileURLWithPath: $0, isDirectory: true) } ?? defaultFolder(slug)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let evidenceFolder = folder.appendingPathComponent("evidence", isDirectory: true)
        let now = options.generatedAt ?? Timestamp.now()
        let publicationFile = folder.appendingPathComponent("publication.json")
        let firstPublished =
            FileManager.default.contents(atPath: publicationFile.path)
            .flatMap { try? JSONDecoder().decode(Publication.self, from: $0) }?.firstPublished ?? now

        // The archived copies of the evidence the page cites.
        let archive = SourceArchive(workspace: workspace, document: slug)
        var archived: [String: String] = [:]
        for claim in loaded.claims where PublicPage.shows(claim) {
            for sha in claim.evidence.compactMap(\.snapshot) where archived[sha] == nil {
                guard let text = try? archive.text(sha) else { continue }  // not archived: the link stays
                try FileManager.default.createDirectory(at: evidenceFolder, withIntermediateDirectories: true)
                try AtomicFile.write(Data(text.utf8), to: evidenceFolder.appendingPathComponent("\(sha).txt"))
                archived[sha] = "evidence/\(sha).txt"
            }
        }
        var pageOptions = options
        pageOptions.generatedAt = now
        let page = PublicPage(
            document: loaded, options: pageOptions, archived: archived, firstPublished: firstPublished)
        let file = folder.appendingPathComponent("index.html")
        try AtomicFile.write(Data(try page.html().utf8), to: file)
        try AtomicFile.write(
            try JSONEncoder().encode(Publication(firstPublished: firstPublished)), to: publicationFile)
        return Outcome(page: workspace.display(file), claims: page.claims.count, copies: archived.count)
    }
}
