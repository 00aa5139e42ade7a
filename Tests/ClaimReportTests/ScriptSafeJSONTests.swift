import ClaimCore
@testable import ClaimReport
import ClaimTestSupport
import Foundation
import XCTest

final class ScriptSafeJSONTests: XCTestCase {
    func testOutputParsesBackToTheSameValueAndHasNoHTMLSignificantCharacters() throws {
        let value: [String: Any] = [
            "text": "</script><script>alert(1)</script> & <!-- \u{2028}\u{2029} \"quoted\" back\\slash \n\t\u{1} é 😀",
            "int": 5, "double": 0.25, "whole": 3.0, "yes": true, "no": false, "nothing": NSNull(),
            "list": [["a": 1], ["b": "<b>"]], "mixed": [1, "two", ["three": 3]] as [Any],
        ]
        let json = try ScriptSafeJSON.encode(value).text
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n"] {
            XCTAssertFalse(json.contains(forbidden), "raw \(forbidden.debugDescription) in \(json)")
        }
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! NSDictionary
        XCTAssertEqual(parsed, value as NSDictionary)
        XCTAssertTrue(json.hasPrefix("{\"double\":0.25,\"int\":5,"), "keys sorted: \(json.prefix(40))")
    }

    func testStringEscapesAtEveryPositionAndLookAlikeBytesPassThrough() throws {
        // U+2020 and U+2030 share the first two UTF-8 bytes with U+2028/U+2029 and must stay as they are.
        let cases = ["\u{2028}", "a\u{2029}", "\u{2028}b\u{2029}", "†‰\u{2028}", "\u{1f}\u{0}", "\u{2028}\u{2028}", "", "\u{7f}é"]
        for text in cases {
            let json = try ScriptSafeJSON.encode([text]).text
            XCTAssertFalse(json.contains("\u{2028}") || json.contains("\u{2029}"), json)
            XCTAssertEqual(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String], [text], json)
        }
        XCTAssertEqual(try ScriptSafeJSON.encode(["\u{1f}†"]).text, #"["\u001f†"]"#)
    }

    func testValuesWithoutAJSONFormAreRefused() {
        XCTAssertThrowsError(try ScriptSafeJSON.encode(["x": Double.nan]))
        XCTAssertThrowsError(try ScriptSafeJSON.encode(["x": Date()]))
    }

    func testADocumentNamedIndexIsRefusedRatherThanOverwritingTheIndex() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "index", sentences: [("Ten people died.", [])])
        try SampleDocuments.document(tw, slug: "other", sentences: [("Five people died.", [])])
        let renderer = ReportRenderer(workspace: tw.workspace)
        XCTAssertThrowsError(try renderer.render(document: "index")) { error in
            XCTAssertTrue("\(error)".contains("would overwrite reports/index.html"))
        }
        let batch = try renderer.renderAll()
        XCTAssertEqual(batch.failures.map(\.slug), ["index"])
        XCTAssertEqual(batch.reports.map(\.lastPathComponent), ["other.html"])
        XCTAssertTrue(try String(contentsOf: batch.index!, encoding: .utf8).contains("All documents"))
    }
}
