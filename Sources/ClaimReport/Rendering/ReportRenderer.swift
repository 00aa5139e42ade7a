import ClaimCore
import Foundation

/// Writes the verification reports of a workspace: `reports/<doc>.html` per document and
/// `reports/index.html`, each one self-contained HTML file (inline CSS and SVG, no scripts, a CSP
/// that forbids every external load). Writes are atomic.
public struct ReportRenderer: Sendable {
    /// The workspace whose documents are rendered into its `reports/` folder.
    public let workspace: Workspace
    /// What the reports show and how they link.
    public let options: ReportOptions

    /// A renderer for `workspace`'s documents.
    public init(workspace: Workspace, options: ReportOptions = ReportOptions()) {
        self.workspace = workspace
        self.options = options
    }

    /// What `renderAll` wrote, and the documents it could not render.
    public struct Batch: Sendable {
        /// The report files written, one per document.
        public var reports: [URL] = []
        /// The index file, when it was written.
        public var index: URL?
        /// The documents that could not be rendered, each with why.
        public var failures: [(slug: String, error: ClaimCheckError)] = []
    }

    /// Renders one document's report and returns the file written.
    @discardableResult
    public func render(document slug: String) throws -> URL {
        try render(try ClaimStore(workspace: workspace).load(slug))
    }

    /// Renders an already loaded document (whose `problems` the caller may also want to print).
    @discardableResult
    public func render(_ loaded: LoadedDocument) throws -> URL {
        try write(loaded)
    }

    /// The name of the index page; a document with this slug would overwrite it.
    static let indexName = "index"

    private func write(_ loaded: LoadedDocument) throws -> URL {
        guard loaded.info.slug != Self.indexName else {
            throw ClaimCheckError.refused(
                "a document named '\(Self.indexName)' would overwrite reports/index.html, the list of all reports; give the document another name"
            )
        }
        let file = try workspace.reportFile(loaded.info.slug)
        try workspace.ensureFolder(workspace.reportsFolder)
        try AtomicFile.write(Data(try page(for: loaded).bytes), to: file)
        return file
    }

    /// Renders every document of the workspace, then the index. A document that cannot be loaded is
    /// listed in `failures` (and on the index) and does not stop the others.
    public func renderAll() throws -> Batch {
        var batch = Batch()
        var rows: [IndexViewModel.Row] = []
        for slug in workspace.documentSlugs() {
            do {
                let loaded = try ClaimStore(workspace: workspace).load(slug)
                batch.reports.append(try write(loaded))
                rows.append(
                    .init(
                        slug: slug, info: loaded.info,
                        title: DocumentViewModel.title(loaded.info, article: loaded.article),
                        tally: VerdictTally(loaded.claims), error: nil, fingerprint: loaded.fingerprint,
                        changedAfterReview: !ReviewTimeline.changesAfterReview(loaded.info, claims: loaded.claims)
                            .isEmpty))
            } catch let error as ClaimCheckError {
                batch.failures.append((slug, error))
                rows.append(.init(slug: slug, info: nil, tally: VerdictTally([]), error: error.description))
            }
        }
        let index = try workspace.reportFile(Self.indexName)
        try workspace.ensureFolder(workspace.reportsFolder)
        try AtomicFile.write(Data(indexHTML(rows).utf8), to: index)
        batch.index = index
        return batch
    }

    /// The HTML of one document's report (nothing written): the mustache frame (`DocumentTemplate`)
    /// around the parts repeated per claim — the highlighted article, the claim cards and the JSON-LD
    /// blocks — which `HTMLWriter` writes, the cards and JSON-LD on every core.
    ///
    /// Why not one template: at 10,000 claims swift-mustache's per-value lookups (each a handful of
    /// dynamic casts) took 1.1 s of CPU for the cards alone; the writer takes a tenth of that for the same
    /// bytes, with escaping still enforced (by type rather than by template syntax).
    public func html(for document: LoadedDocument) throws -> String {
        try page(for: document).html
    }

    private func page(for document: LoadedDocument) throws -> HTMLWriter {
        try options.validate()
        let model = DocumentViewModel(document: document, options: options, generatedAt: generatedAt)
        var context = try model.context()
        context.merge(RevisionSection(document, store: ClaimStore(workspace: workspace)).context) { _, new in new }
        let cards = try ParallelRender.chunks(count: document.claims.count) { index, out in
            ClaimCardMarkup.write(model.card(at: index), to: &out)
        }
        let reviews = try ParallelRender.chunks(count: document.claims.count) { index, out in
            if let review = try model.review(at: index) { JSONLDMarkup.write(review, to: &out) }
        }
        var page = HTMLWriter(
            capacity: (cards + reviews).reduce(0) { $0 + $1.bytes.count } + document.article.utf8.count * 2 + 64 * 1024)
        page.render(TemplateLibrary.pageStart, context)
        model.writeArticle(to: &page)
        page.render(TemplateLibrary.articleEnd, context)
        for chunk in cards { page.append(chunk) }
        page.render(TemplateLibrary.pageEnd, context)
        for chunk in reviews { page.append(chunk) }
        JSONLDMarkup.writeDocumentEnd(to: &page)
        return page
    }

    func indexHTML(_ rows: [IndexViewModel.Row]) -> String {
        TemplateLibrary.index.render(IndexViewModel(rows: rows, generatedAt: generatedAt).context())
    }

    var generatedAt: String { options.generatedAt ?? Timestamp.now() }
}
