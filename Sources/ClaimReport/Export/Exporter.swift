import ClaimCore
import Foundation

/// Writes a document's claims in a machine-readable form (see `ExportFormat`) for other tools; the
/// ClaimReview data is the same the report embeds as JSON-LD.
public struct Exporter: Sendable {
    /// The workspace whose documents are exported.
    public let workspace: Workspace
    /// Options shared with the reports (public base URL, organization, generation time).
    public let options: ReportOptions

    /// An exporter for `workspace`'s documents.
    public init(workspace: Workspace, options: ReportOptions = ReportOptions()) {
        self.workspace = workspace
        self.options = options
    }

    /// Loads document `slug` and returns it in `format`.
    public func export(document slug: String, format: ExportFormat) throws -> String {
        try export(try ClaimStore(workspace: workspace).load(slug), format: format)
    }

    /// Returns an already loaded document in `format`.
    public func export(_ document: LoadedDocument, format: ExportFormat) throws -> String {
        try options.validate()
        let builder = options.builder(for: document.info, now: options.generatedAt ?? Timestamp.now())
        switch format {
        case .claimreview:
            let reviews = document.claims.compactMap { builder.review(for: $0) }
            let data = try JSONSerialization.data(
                withJSONObject: reviews, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
            return String(decoding: data, as: UTF8.self) + "\n"
        case .jsonl:
            return try document.claims.map { claim in
                let record = ExportRecord(claim: claim, reviewURL: "\(builder.pageURL)#claim-\(claim.id)")
                let data = try JSONSerialization.data(
                    withJSONObject: record.json(review: builder.review(for: claim)),
                    options: [.sortedKeys, .withoutEscapingSlashes])
                return String(decoding: data, as: UTF8.self) + "\n"
            }.joined()
        case .csv:
            return CSVWriter.row(ExportRecord.columns)
                + document.claims.map { claim in
                    CSVWriter.row(ExportRecord(claim: claim, reviewURL: "\(builder.pageURL)#claim-\(claim.id)").cells)
                }.joined()
        case .warc:
            throw ClaimCheckError.refused("a WARC archive is binary: it is written from the sources by ExportJob")
        }
    }
}
