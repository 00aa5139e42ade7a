import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

@Suite struct ScriptSafeJSONTests {
    @Test func outputParsesBackToTheSameValueAndHasNoHTMLSignificantCharacters() throws {
        let value: [String: Any] = [
            "text": "</script><script>alert(1)</script> & <!-- \u{2028}\u{2029} \"quoted\" back\\slash \n\t\u{1} é 😀",
            "int": 5, "double": 0.25, "whole": 3.0, "yes": true, "no": false, "nothing": NSNull(),
            "list": [["a": 1], ["b": "<b>"]], "mixed": [1, "two", ["three": 3]] as [Any],
        ]
        let json = try ScriptSafeJSON.encode(value).text
        for forbidden in ["<", ">", "&", "\u{2028}", "\u{2029}", "\n"] {
            #expect(!json.contains(forbidden), "raw \(forbidden.debugDescription) in \(json)")
        }
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! NSDictionary
        #expect(parsed == (value as NSDictionary))
        #expect(json.hasPrefix("{\"double\":0.25,\"int\":5,"), "keys sorted: \(json.prefix(40))")
    }

    @Test func stringEscapesAtEveryPositionAndLookAlikeBytesPassThrough() throws {
        // U+2020 and U+2030 share the first two UTF-8 bytes with U+2028/U+2029 and must stay as they are.
        let cases = [
            "\u{2028}", "a\u{2029}", "\u{2028}b\u{2029}", "†‰\u{2028}", "\u{1f}\u{0}", "\u{2028}\u{2028}", "",
            "\u{7f}é",
        ]
        for text in cases {
            let json = try ScriptSafeJSON.encode([text]).text
            #expect(!(json.contains("\u{2028}") || json.contains("\u{2029}")), "\(json)")
            #expect((try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String]) == [text], "\(json)")
        }
        #expect((try ScriptSafeJSON.encode(["\u{1f}†"]).text) == #"["\u001f†"]"#)
    }

    @Test func valuesWithoutAJSONFormAreRefused() {
        #expect(throws: (any Error).self) { try ScriptSafeJSON.encode(["x": Double.nan]) }
        #expect(throws: (any Error).self) { try ScriptSafeJSON.encode(["x": Date()]) }
    }

    @Test func aDocumentNamedIndexIsRefusedRatherThanOverwritingTheIndex() throws {
        let tw = TemporaryWorkspace()
        try SampleDocuments.document(tw, slug: "index", sentences: [("Ten people died.", [])])
        try SampleDocuments.document(tw, slug: "other", sentences: [("Five people died.", [])])
        let renderer = ReportRenderer(workspace: tw.workspace)
        let error = #expect(throws: ClaimCheckError.self) { try renderer.render(document: "index") }
        #expect(error.map { "\($0)" }?.contains("would overwrite reports/index.html") == true)
        let batch = try renderer.renderAll()
        #expect(batch.failures.map(\.slug) == ["index"])
        #expect(batch.reports.map(\.lastPathComponent) == ["other.html"])
        #expect(try String(contentsOf: batch.index!, encoding: .utf8).contains("All documents"))
    }
}
