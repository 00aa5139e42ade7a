import ClaimCore
@testable import ClaimReport
import ClaimTestSupport
import Foundation
import XCTest

final class ExportTests: XCTestCase {
    let options = ReportOptions(generatedAt: SampleDocuments.fixedTime)

    /// A minimal RFC 4180 reader for checking the writer: quoted fields, doubled quotes, CRLF rows.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = [], row: [String] = [], field = "", quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" { quoted = true
            } else if c == "," { row.append(field); field = ""
            } else if c == "\r", chars.first == "\n" { chars.removeFirst(); row.append(field); rows.append(row); row = []; field = ""
            } else { field.unicodeScalars.append(c) }
        }
        if !field.isEmpty || !row.isEmpty { row.append(field); rows.append(row) }
        return rows
    }

    func testClaimReviewExportIsAJSONArrayOfTheReportsReviews() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.benghazi(tw)
        let text = try Exporter(workspace: tw.workspace, options: options).export(document: "benghazi", format: .claimreview)
        let array = try JSONSerialization.jsonObject(with: Data(text.utf8)) as! [[String: Any]]
        XCTAssertEqual(array.count, 6)
        for review in array { XCTAssertEqual(missingClaimReviewFields(review), []) }
        let html = try ReportRenderer(workspace: tw.workspace, options: options).html(for: try tw.store.load("benghazi"))
        let embedded = try ReportHTML(html: html).jsonLD()
        XCTAssertEqual(array.map { $0["url"] as! String }, embedded.map { $0["url"] as! String }, "same data as the report")
        XCTAssertEqual(array.map { $0["claimReviewed"] as! String }, embedded.map { $0["claimReviewed"] as! String })
    }

    func testJSONLinesHaveOneParsableObjectPerClaim() throws {
        let tw = TemporaryWorkspace()
        let ids = try SampleDocuments.benghazi(tw)
        let text = try Exporter(workspace: tw.workspace, options: options).export(document: "benghazi", format: .jsonl)
        XCTAssertTrue(text.hasSuffix("\n"))
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
        XCTAssertEqual(lines.count, ids.count)
        let objects = try lines.map { try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any] }
        XCTAssertEqual(objects.map { $0["id"] as! String }, ids)
        let rated = objects.first { $0["verdict"] as? String == "mostly-false" }!
        XCTAssertEqual(rated["ratingValue"] as? Int, 2)
        XCTAssertEqual((rated["evidence"] as! [[String: Any]]).count, 2)
        XCTAssertNotNil(rated["claimReview"] as? [String: Any])
        let open = objects.first { $0["verdict"] as? String == "unreviewed" }!
        XCTAssertTrue(open["claimReview"] is NSNull)
        XCTAssertTrue(open["ratingValue"] is NSNull)
    }

    func testCSVQuotesPerRFC4180AndDefusesFormulas() throws {
        let tw = TemporaryWorkspace()
        let claims = try SampleDocuments.document(tw, slug: "csv", sentences: [
            ("=HYPERLINK(\"http://evil.example\",\"click\") said the minister, twice.", []),
            ("+1 more people, @everyone, -5 degrees.", []),
            ("A plain sentence.", []),
        ])
        try SampleDocuments.setVerdict(tw, "csv", claims[0].id, .false, note: "line one\nline \"two\"", by: "@admin")
        try SampleDocuments.setVerdict(tw, "csv", claims[2].id, .true, note: "-2+3", by: "Ann", evidence: [
            Evidence(url: "https://a.example/x,y", stance: .supports, addedBy: "Ann", addedAt: SampleDocuments.fixedTime),
        ])
        let text = try Exporter(workspace: tw.workspace, options: options).export(document: "csv", format: .csv)
        XCTAssertTrue(text.hasSuffix("\r\n"))
        let rows = Self.parseCSV(text)
        XCTAssertEqual(rows.count, 4)
        XCTAssertEqual(rows[0], ExportRecord.columns)
        for row in rows { XCTAssertEqual(row.count, ExportRecord.columns.count) }
        let col = { (name: String) in ExportRecord.columns.firstIndex(of: name)! }
        XCTAssertEqual(rows[1][col("text")], "'=HYPERLINK(\"http://evil.example\",\"click\") said the minister, twice.")
        XCTAssertEqual(rows[1][col("verdict_note")], "line one\nline \"two\"")
        XCTAssertEqual(rows[1][col("reviewer")], "'@admin")
        XCTAssertEqual(rows[1][col("rating_value")], "1")
        XCTAssertEqual(rows[2][col("text")], "'+1 more people, @everyone, -5 degrees.")
        XCTAssertEqual(rows[2][col("rating_value")], "")
        XCTAssertEqual(rows[3][col("verdict_note")], "'-2+3")
        XCTAssertEqual(rows[3][col("evidence_urls")], "https://a.example/x,y")
        XCTAssertEqual(rows[3][col("review_url")], "csv.html#claim-\(claims[2].id)")
        XCTAssertTrue(text.contains("\"line one\nline \"\"two\"\"\""), "quotes doubled inside a quoted field")
    }

    func testCSVCellRules() {
        XCTAssertEqual(CSVWriter.cell("plain"), "plain")
        XCTAssertEqual(CSVWriter.cell("a,b"), "\"a,b\"")
        XCTAssertEqual(CSVWriter.cell("=1+1"), "'=1+1")
        XCTAssertEqual(CSVWriter.cell("\t=1"), "'\t=1")
        XCTAssertEqual(CSVWriter.cell("-"), "'-")
        XCTAssertEqual(CSVWriter.cell(""), "")
        XCTAssertEqual(CSVWriter.cell(42), "42")
        XCTAssertEqual(CSVWriter.cell(true), "true")
    }

    func testExportOfAMissingDocumentFails() {
        let tw = TemporaryWorkspace()
        XCTAssertThrowsError(try Exporter(workspace: tw.workspace).export(document: "nothing", format: .csv)) { error in
            XCTAssertEqual(error as? ClaimCheckError, .documentNotFound("nothing"))
        }
    }
}
