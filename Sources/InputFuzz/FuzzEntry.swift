import ClaimCore
import Foundation
import SourceFetch

/// libFuzzer entry point: every input, as bytes, goes through the untrusted-input paths of claimcheck
/// and their invariants are checked.
///
/// - As an article: the same checks and extractor as `claimcheck extract` (valid UTF-8 only).
/// - As a fetched body: `SourceText.read` (charset decoding, libxml2's HTML parser, readable text,
///   page metadata; for a PDF — by type or `%PDF-` header — poppler, reading order and pages) under a
///   content type the first byte picks, then `EvidenceMatcher` ranks the passages of that text against a
///   sample claim and the input's own first claim, preferring a page when the text has pages.
///
/// Build and run with `scripts/fuzz` (needs `-sanitize=fuzzer`).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    let ownClaims =
        String(validating: bytes, as: UTF8.self).map { checkExtraction(of: $0, published: size % 2 == 0) } ?? []
    // Two claims per input keep the rate up: one sample claim (the last byte picks which) and the input's own first.
    let sample = FuzzClaims.samples[Int(bytes.last ?? 0) % FuzzClaims.samples.count]
    checkSourceReading(of: Array(bytes), claims: [sample] + ownClaims.prefix(1))
    return 0
}

/// Extracts claims from `text` and checks that spans point into it; returns them as store claims.
private func checkExtraction(of text: String, published: Bool) -> [Claim] {
    let claims = Extractor().extract(text, published: published ? CalendarDay(iso: "2016-02-24") : nil)
    let utf8 = Array(text.utf8)
    for claim in claims {
        // Spans must point into the text and cover the claim's words exactly.
        precondition(claim.span.start >= 0 && claim.span.start <= claim.span.end && claim.span.end <= utf8.count)
        precondition(String(decoding: utf8[claim.span.start..<claim.span.end], as: UTF8.self) == claim.text)
        precondition((0...1).contains(claim.checkworthiness))
        for fact in claim.facts {
            precondition(claim.span.contains(fact.span), "fact span outside its sentence")
        }
    }
    return FuzzClaims.stored(claims)
}

/// The content types a fetched body is read under; the input's first byte picks one.
private let fetchedContentTypes: [String?] = [
    "text/html", "text/html; charset=windows-1252", "text/plain; charset=iso-8859-1",
    "text/html; charset=utf-16", nil, "application/xhtml+xml", "text/plain", "image/png",
    "application/pdf",
]

/// Reads `body` as a fetched page and matches its text against `claims`.
private func checkSourceReading(of body: [UInt8], claims: [Claim]) {
    let contentType = fetchedContentTypes[Int(body.first ?? 0) % fetchedContentTypes.count]
    // Fuzzed PDFs are read with small bounds so that one input stays well inside the 10 s timeout.
    let source = SourceText.read(body, contentType: contentType, pdfLimits: PDFReadLimits(maxPages: 200, maxSeconds: 2))
    precondition(source.text != nil || source.note != nil, "a body without text says why")
    if let note = source.note { precondition(!note.contains("\n"), "a note is one line") }
    guard let text = source.text else { return }
    if let pages = source.pages {
        precondition(text.utf8.filter { $0 == 0x0C }.count == pages, "a PDF's text ends each page with a form feed")
    }
    let matcher = EvidenceMatcher()
    for claim in claims {
        let matches = matcher.match(
            claim, in: text, preferredPage: source.pages.flatMap { $0 > 0 ? 1 + body.count % $0 : nil })
        precondition(matches.count <= matcher.limit)
        for match in matches {
            precondition((0...1).contains(match.score), "score \(match.score) outside 0…1")
            precondition(!match.passage.isEmpty)
            if let page = match.page {
                precondition(page >= 1 && page <= (source.pages ?? Int.max), "page \(page) outside the text")
            }
        }
    }
}

/// The claims the matcher is fuzzed with.
private enum FuzzClaims {
    /// Claims of every kind, from sentences like the sample article's.
    static let samples: [Claim] = stored(
        Extractor().extract(
            """
            Clashes in Benghazi killed more than 40 people on Friday, MP Mohamed al-Abbani said.
            The vote failed to reach the required quorum (89 members of parliament) yesterday.
            IS could set up a bridgehead just 300km (190 miles) from Europe.
            "We will not meet again until the quorum is reached," he told reporters, adding that six fighters died.
            """, published: CalendarDay(iso: "2016-02-24")))

    static func stored(_ extracted: [ExtractedClaim]) -> [Claim] {
        extracted.enumerated().map { index, claim in
            Claim(
                id: "c\(index)", document: "fuzz", ordinal: index + 1, text: claim.text, span: claim.span,
                kinds: claim.kinds, checkworthiness: claim.checkworthiness, facts: claim.facts)
        }
    }
}

#if FUZZING
    // swift-format-ignore: AlwaysUseLowerCamelCase
    @_silgen_name("LLVMFuzzerRunDriver")
    private func LLVMFuzzerRunDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> Int32
    ) -> Int32

    /// SwiftPM links an executable target's entry point under this name; hand control to libFuzzer's driver.
    @_cdecl("InputFuzz_main")
    public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
        var count = argc
        var arguments = argv
        return LLVMFuzzerRunDriver(&count, &arguments) { data, size in fuzzInput(data, size) }
    }
#else
    /// Without libFuzzer (an ordinary `swift build`): replay the files or folders given as arguments
    /// through the same entry point, so a corpus or a crash file can be checked anywhere.
    @main
    struct CorpusReplay {
        static func main() throws {
            var count = 0
            for path in CommandLine.arguments.dropFirst() {
                var isDir: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
                    FileHandle.standardError.write(Data("InputFuzz: \(path): no such file\n".utf8))
                    exit(2)
                }
                let files =
                    isDir.boolValue
                    ? try FileManager.default.contentsOfDirectory(atPath: path).sorted().map { "\(path)/\($0)" }
                    : [path]
                for file in files {
                    let data = try Data(contentsOf: URL(fileURLWithPath: file))
                    _ = data.withUnsafeBytes { raw in
                        fuzzInput(
                            raw.bindMemory(to: UInt8.self).baseAddress ?? UnsafePointer(bitPattern: 1)!, raw.count)
                    }
                    count += 1
                }
            }
            print("replayed \(count) inputs without a failure")
        }
    }
#endif
