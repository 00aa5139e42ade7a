import ClaimTestSupport
import Foundation
import Testing

@testable import SourceFetch

/// The PDF seeds of the fuzz corpus (Tests/Fuzz/corpus/pdf-*.pdf) are made here, from `PDFSamples`:
/// the committed files must be exactly these PDFs (regenerate them with
/// `CLAIMCHECK_WRITE_FUZZ_SEEDS=1 swift test --filter PDFFuzzSeedTests`), and each reads to text or a note.
@Suite struct PDFFuzzSeedTests {
    static let seeds: [(String, [UInt8])] = [
        ("pdf-two-columns.pdf", PDFSamples.twoColumns()),
        ("pdf-table.pdf", PDFSamples.table()),
        ("pdf-three-pages.pdf", PDFSamples.multiPage()),
        ("pdf-scanned.pdf", PDFSamples.scanned()),
        ("pdf-encrypted.pdf", PDFSamples.encrypted()),
        ("pdf-truncated.pdf", Array(PDFSamples.multiPage().prefix(1800))),
    ]

    static var corpus: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
            "Fuzz/corpus")
    }

    @Test func theCommittedSeedsAreTheTestsPDFs() throws {
        let write = ProcessInfo.processInfo.environment["CLAIMCHECK_WRITE_FUZZ_SEEDS"] == "1"
        for (name, bytes) in Self.seeds {
            let url = Self.corpus.appendingPathComponent(name)
            if write { try Data(bytes).write(to: url) }
            let committed = try #require(
                FileManager.default.contents(atPath: url.path), "\(name) missing from Tests/Fuzz/corpus")
            #expect(Array(committed) == bytes, "\(name) differs from what the tests make; regenerate it")
            #expect(bytes.count < 65_536, "within the fuzzer's -max_len")
            let source = SourceText.read(bytes, contentType: nil)
            #expect(source.text != nil || source.note != nil)
        }
    }
}
