import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

@Suite struct ExportTests {
    let options = ReportOptions(generatedAt: SampleDocuments.fixedTime)

    /// A minimal RFC 4180 reader for checking the writer: quoted fields, doubled quotes, CRLF rows.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" {
                        field.unicodeScalars.append("\"")
                        chars.removeFirst()
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r", chars.first == "\n" {
                chars.removeFirst()
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(c)
            }
        }
        if !field.isEmpty || !row.isEmpty {
            row.append(field)
            rows.append(row)
        }
        return rows
    }

    @Test func claimReviewExportIsAJSONArrayOfTheReportsReviews() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let text = try Exporter(workspace: tw.workspace, options: options).export(
            document: "benghazi", format: .claimreview)
        let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        #expect(array.count == 6)
        for review in array { #expect(missingClaimReviewFields(review) == []) }
        let html = try ReportRenderer(workspace: tw.workspace, options: options).html(
            for: try tw.store.load("benghazi"))
        let embedded = try ReportHTML(html: html).jsonLD()
        #expect(
            (array.map { $0["url"] as! String }) == (embedded.map { $0["url"] as! String }), "same data as the report")
        #expect((array.map { $0["claimReviewed"] as! String }) == (embedded.map { $0["claimReviewed"] as! String }))
    }

    @Test func jSONLinesHaveOneParsableObjectPerClaim() throws {
        let tw = TemporaryWorkspace()
        let ids = try SampleDocuments.benghazi(tw)
        let text = try Exporter(workspace: tw.workspace, options: options).export(document: "benghazi", format: .jsonl)
        #expect(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        #expect(lines.count == ids.count)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        #expect((objects.map { $0["id"] as! String }) == ids)
        let rated = objects.first { $0["verdict"] as? String == "mostly-false" }!
        #expect((rated["ratingValue"] as? Int) == 2)
        #expect((rated["evidence"] as! [[String: Any]]).count == 2)
        #expect((rated["claimReview"] as? [String: Any]) != nil)
        let open = objects.first { $0["verdict"] as? String == "unreviewed" }!
        #expect(open["claimReview"] is NSNull)
        #expect(open["ratingValue"] is NSNull)
    }

    @Test func cSVQuotesPerRFC4180AndDefusesFormulas() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(
            tw, slug: "csv",
            sentences: [
                ("=HYPERLINK(\"http://evil.example\",\"click\") said the minister, twice.", []),
                ("+1 more people, @everyone, -5 degrees.", []),
                ("A plain sentence.", []),
            ])
        try SampleDocuments.setVerdict(tw, "csv", claims[0].id, .false, note: "line one\nline \"two\"", by: "@admin")
        try SampleDocuments.setVerdict(
            tw, "csv", claims[2].id, .true, note: "-2+3", by: "Ann",
            evidence: [
                Evidence(
                    url: "https://a.example/x,y", stance: .supports, addedBy: "Ann", addedAt: SampleDocuments.fixedTime)
            ])
        let text = try Exporter(workspace: tw.workspace, options: options).export(document: "csv", format: .csv)
        #expect(text.hasSuffix("\r\n"))
        let rows = Self.parseCSV(text)
        #expect(rows.count == 4)
        #expect(rows[0] == ExportRecord.columns)
        for row in rows { #expect(row.count == ExportRecord.columns.count) }
        let col = { (name: String) in ExportRecord.columns.firstIndex(of: name)! }
        #expect(rows[1][col("text")] == "'=HYPERLINK(\"http://evil.example\",\"click\") said the minister, twice.")
        #expect(rows[1][col("verdict_note")] == "line one\nline \"two\"")
        #expect(rows[1][col("reviewer")] == "'@admin")
        #expect(rows[1][col("rating_value")] == "1")
        #expect(rows[2][col("text")] == "'+1 more people, @everyone, -5 degrees.")
        #expect(rows[2][col("rating_value")] == "")
        #expect(rows[3][col("verdict_note")] == "'-2+3")
        #expect(rows[3][col("evidence_urls")] == "https://a.example/x,y")
        #expect(rows[3][col("review_url")] == "csv.html#claim-\(claims[2].id)")
        #expect(text.contains("\"line one\nline \"\"two\"\"\""), "quotes doubled inside a quoted field")
    }

    @Test func cSVCellRules() {
        #expect(CSVWriter.cell("plain") == "plain")
        #expect(CSVWriter.cell("a,b") == "\"a,b\"")
        #expect(CSVWriter.cell("=1+1") == "'=1+1")
        #expect(CSVWriter.cell("\t=1") == "'\t=1")
        #expect(CSVWriter.cell("-") == "'-")
        #expect(CSVWriter.cell("") == "")
        #expect(CSVWriter.cell(42) == "42")
        #expect(CSVWriter.cell(true) == "true")
    }

    @Test func exportOfAMissingDocumentFails() {
        let tw = TemporaryWorkspace()
        #expect(throws: ClaimCheckError.documentNotFound("nothing")) {
            try Exporter(workspace: tw.workspace).export(document: "nothing", format: .csv)
        }
    }
}
