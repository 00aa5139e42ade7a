import ClaimCore
import ClaimReport
import Foundation
import SourceFetch

/// `claimcheck export DOC --format F [--output FILE]`: a document's claims as ClaimReview JSON, JSON Lines or CSV,
/// or its evidence archive as WARC.
public struct ExportJob: Sendable {
    /// What the export produced.
    public struct Outcome: Sendable, Equatable {
        /// The exported text, for standard output; nil when it was written to a file.
        public var text: String?
        /// The file written (as given), when `--output` was.
        public var written: String?
        /// One line per claim file that could not be read (left out of the export).
        public var warnings: [String]
    }

    /// The workspace whose documents are exported.
    public let workspace: Workspace
    /// The exporter, with the publication options.
    public let exporter: Exporter

    /// Exports from `workspace` with the publication `options` (base URL, organisation).
    public init(workspace: Workspace, options: ReportOptions = ReportOptions()) {
        self.workspace = workspace
        exporter = Exporter(workspace: workspace, options: options)
    }

    /// Exports `document` as `format`, into `output` (atomically) when given, else as the outcome's text.
    /// A WARC export needs `output` (it is binary).
    public func run(document: String, format: ExportFormat, output: String? = nil) throws -> Outcome {
        if format == .warc {
            let slug = try Slug.validate(document)
            guard let output else {
                throw ClaimCheckError.badInput(
                    "--format warc", reason: "the archive is binary: give --output FILE.warc.gz")
            }
            _ = try ClaimStore(workspace: workspace).loadDocumentInfo(slug)  // the document exists
            let archive = try WARCArchive.export(workspace, document: slug)
            try AtomicFile.write(Data(archive), to: URL(fileURLWithPath: output))
            return Outcome(text: nil, written: output, warnings: [])
        }
        let loaded = try ClaimStore(workspace: workspace).load(try Slug.validate(document))
        let warnings = loaded.problems.map { "warning: \(ErrorAdvice.line(for: $0)) (left out of the export)" }
        let text = try exporter.export(loaded, format: format)
        guard let output else { return Outcome(text: text, written: nil, warnings: warnings) }
        try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
        return Outcome(text: nil, written: output, warnings: warnings)
    }
}
