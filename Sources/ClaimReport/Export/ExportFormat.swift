/// The machine-readable forms `claimcheck export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A JSON array of schema.org ClaimReview objects, one per published verdict (as in the report).
    case claimreview
    /// One JSON object per line, one line per claim (every claim, reviewed or not).
    case jsonl
    /// RFC 4180 CSV with a header row, one row per claim, safe to open in a spreadsheet.
    case csv
    /// The document's evidence archive as one gzip-compressed WARC/1.1 file (binary, not text: written from the
    /// source archive by Workbench's `ExportJob`, never by `Exporter`).
    case warc
}
