import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimCore

/// The shortcuts bulk extraction takes must give exactly what the full rules give: claim ids (so verdicts stay
/// attached) and the stored article text (so spans stay right).
@Suite struct FastPathTests {
    /// Every line of the bundled articles, plus sentences made to hit each branch.
    func sentences() throws -> [String] {
        var texts = [
            "“The quorum (89 MPs) was not reached,” he said —  twice\u{00A0}over.", "ÉCOLE ‘café’ « x »",
            "Tab\tand\nnewline  runs", "minus − sign and – dash", "ΣΊΣΥΦΟΣ said", "İstanbul", "e\u{0301}te\u{0301}",
            "\u{1C}odd\u{1F}", "  leading and trailing  ",
        ]
        let root = CommandLineTool.packageRoot
        var files = [root.appendingPathComponent("samples/benghazi.txt"), CommandLineTool.fixture("wire-sample.txt")]
        let devgold = CommandLineTool.fixture("devgold/articles")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: devgold.path)) ?? []
        where name.hasSuffix(".txt") {
            files.append(devgold.appendingPathComponent(name))
        }
        for file in files {
            texts += try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init)
        }
        return texts
    }

    @Test func claimIdsAreTheSameByTheQuickPath() throws {
        let all = try sentences()
        #expect(all.count > 100)
        var quick = 0
        for sentence in all {
            if let fast = ClaimIdentity.quickNormalise(sentence) {
                quick += 1
                #expect(fast == ClaimIdentity.fullNormalise(sentence), "\(sentence)")
            }
        }
        #expect(quick > all.count / 2, "most news sentences take the quick path")
        #expect(ClaimIdentity.quickNormalise("ΣΊΣΥΦΟΣ said") == nil, "cased non-Latin text takes the full path")
    }

    @Test func textTakenAsNFCIsNFC() throws {
        let ranges: [ClosedRange<UInt32>] = [0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20BF]
        for range in ranges {
            for value in range {
                guard let scalar = Unicode.Scalar(value) else { continue }
                let text = "a" + String(scalar) + "b"
                #expect(ArticleText.isSurelyNFC(text))
                #expect(text.precomposedStringWithCanonicalMapping == text, "U+\(String(value, radix: 16))")
            }
        }
        #expect(!ArticleText.isSurelyNFC("e\u{0301}"), "a combining mark needs normalising")
        #expect(try ArticleText.decode(Data("cafe\u{0301}\r\nx".utf8), source: "t") == "caf\u{00E9}\nx")
    }
}
