import ClaimCore
import ClaimReport

/// `claimcheck report DOC | --all`: writes the HTML report of one document, or of every document and
/// `reports/index.html`.
public struct ReportJob: Sendable {
    /// What rendering one document wrote.
    public struct Written: Sendable, Equatable {
        /// The report file, as shown to the user (relative to the workspace).
        public var file: String
        /// One line per claim file that could not be read (left out of the report), then the relative-URL
        /// warning when no public base URL was given.
        public var warnings: [String]
    }

    /// What `--all` wrote.
    public struct Batch: Sendable, Equatable {
        /// Every report written, then the index, as shown to the user.
        public var files: [String]
        /// One line per document that could not be rendered.
        public var failures: [String]
        /// The relative-URL warning when no public base URL was given (once for the whole batch).
        public var warnings: [String] = []
    }

    /// The workspace whose documents are rendered.
    public let workspace: Workspace
    /// The renderer, with the publication options.
    public let renderer: ReportRenderer

    /// Renders `workspace`'s reports with the publication `options` (base URL, organisation).
    public init(workspace: Workspace, options: ReportOptions = ReportOptions()) {
        self.workspace = workspace
        renderer = ReportRenderer(workspace: workspace, options: options)
    }

    /// Renders `reports/DOC.html`.
    public func render(document: String) throws -> Written {
        let loaded = try ClaimStore(workspace: workspace).load(try Slug.validate(document))
        let file = try renderer.render(loaded)
        return Written(
            file: workspace.display(file),
            warnings: loaded.problems.map { "warning: \(ErrorAdvice.line(for: $0)) (left out of the report)" }
                + (renderer.options.relativeURLWarning.map { [$0] } ?? []))
    }

    /// Renders every document and the index; a document that fails is reported and the others still render.
    public func renderAll() throws -> Batch {
        let batch = try renderer.renderAll()
        return Batch(
            files: (batch.reports + (batch.index.map { [$0] } ?? [])).map(workspace.display),
            failures: batch.failures.map { "claimcheck: \($0.slug): \(ErrorAdvice.line(for: $0.error))" },
            warnings: renderer.options.relativeURLWarning.map { [$0] } ?? [])
    }
}
