import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import SourceFetch

/// Reading PDFs into text: detection, reading order, joins, normalisation, pages, metadata, and the
/// hostile cases, each ending with a one-line note. The PDFs are made by `PDFWriter` (PDFSamples).
@Suite struct PDFTextTests {
    @Test func aPDFIsRecognisedByItsTypeOrItsHeaderWhateverTheURLOrTypeSays() {
        let pdf = PDFSamples.table()
        for type in [
            "application/pdf", "application/x-pdf", "application/octet-stream", "text/html", "text/plain", nil,
        ] {
            #expect(SourceText.kind(of: pdf, contentType: type) == .pdf, "type \(type ?? "none")")
            #expect(SourceText.read(pdf, contentType: type).text?.contains("89 members") == true)
        }
        // Junk before the header is allowed (within 1024 bytes) when the type does not say otherwise.
        #expect(SourceText.kind(of: Array("\r\n\r\n".utf8) + pdf, contentType: "application/octet-stream") == .pdf)
        #expect(SourceText.kind(of: Array("<html>%PDF-".utf8), contentType: "text/html") == .html)
        // Said to be a PDF but is not one: a note, no text.
        let fake = SourceText.read(Array("<html><p>Error 500</p></html>".utf8), contentType: "application/pdf")
        #expect(fake.text == nil && fake.note?.hasPrefix("unreadable PDF") == true)
    }

    @Test func twoColumnsAreReadOneAfterTheOtherWithTheHyphenationUndone() throws {
        let source = SourceText.read(PDFSamples.twoColumns(), contentType: "application/pdf")
        let text = try #require(source.text)
        let paragraphs = text.replacingOccurrences(of: "\u{000C}", with: "").components(separatedBy: "\n\n")
        #expect(paragraphs.count == 2)
        #expect(paragraphs[0] == "Minutes of the House of Representatives")
        // The sentence that runs across the column break is whole, "parlia-" + "ment" joined.
        #expect(
            paragraphs[1].contains(
                "because only 81 members of the parliament were present, short of the required quorum of 89 members."))
        // The left column comes before the right one, line by line.
        let left = try #require(paragraphs[1].range(of: "Several members arrived late"))
        let right = try #require(paragraphs[1].range(of: "Deputies from the east"))
        #expect(left.lowerBound < right.lowerBound)
        #expect(!text.contains("in Tobruk. The speaker read the agenda and the ment"))
    }

    @Test func columnsWhoseParagraphBreaksLineUpAreStillReadColumnByColumn() throws {
        var page = PDFWriter.Page()
        page.lines(
            ["Minutes of the session of the House in Tobruk, 23 February"], x: 72, top: 740, size: 16, bold: true)
        page.lines(
            ["Left one: the speaker opened the session", "at ten and read out the agenda to all."], x: 72, top: 700,
            size: 10, leading: 13)
        page.lines(
            ["Left two: the clerk counted the members", "present and the count was only 81 of"], x: 72,
            top: 700 - 3 * 13, size: 10, leading: 13)
        page.lines(
            ["them, short of the quorum of 89 members.", "Right one ends the first paragraph here."], x: 320, top: 700,
            size: 10, leading: 13)
        page.lines(
            ["Right two: the next session is Monday", "and the speaker closed the session."], x: 320, top: 700 - 3 * 13,
            size: 10, leading: 13)
        let text = try #require(SourceText.read(PDFWriter(pages: [page]).bytes(), contentType: "application/pdf").text)
        #expect(
            text
                == "Minutes of the session of the House in Tobruk, 23 February\n\nLeft one: the speaker opened the session at ten and read out the agenda to all.\n\n"
                + "Left two: the clerk counted the members present and the count was only 81 of them, short of the quorum of 89 members. "
                + "Right one ends the first paragraph here.\n\nRight two: the next session is Monday and the speaker closed the session.\u{000C}"
        )
    }

    @Test func tableRowsStayOnOneLineWithTheirCells() throws {
        let text = try #require(SourceText.read(PDFSamples.table(), contentType: "application/pdf").text)
        let blocks = text.replacingOccurrences(of: "\u{000C}", with: "").components(separatedBy: "\n\n")
        #expect(blocks.contains("Session | Present | Quorum"))
        #expect(blocks.contains("23 February | 81 members | 89"))
        #expect(blocks.contains("24 February | 89 members | 89"))
    }

    @Test func ligaturesAndNoBreakSpacesAreNormalisedLikeHTMLText() throws {
        let text = try #require(SourceText.read(PDFSamples.table(), contentType: "application/pdf").text)
        #expect(text.contains("The final count on 24 February was 89 members, exactly the quorum."))
        #expect(!text.contains("\u{FB01}") && !text.contains("\u{00A0}"))
        // The same normaliser as the HTML reader: ligatures and Unicode spaces there too.
        let html = SourceText.html(
            "<p>The \u{FB01}nal \u{FB02}ow: 89\u{00A0}members,\u{202F}89\u{2009}members\u{200B}.</p>")
        #expect(html.text == "The final flow: 89 members, 89 members.")
    }

    @Test func doubleSpacedLinesStayOneParagraphAndABlankLineStillBreaksIt() throws {
        var page = PDFWriter.Page()
        page.lines(
            [
                "The speaker said that the vote had failed", "because only 81 members were present in",
                "the hall on Tuesday.",
            ], top: 700, size: 10, leading: 24)
        page.lines(["A new session was called for Monday."], top: 700 - 4 * 24, size: 10)
        let text = try #require(SourceText.read(PDFWriter(pages: [page]).bytes(), contentType: "application/pdf").text)
        #expect(
            text
                == "The speaker said that the vote had failed because only 81 members were present in the hall on Tuesday.\n\nA new session was called for Monday.\u{000C}"
        )
    }

    @Test func hyphenatedLineEndsAreJoinedOnlyBeforeALowerCaseWord() {
        #expect(PDFText.joinLines(["the parlia-", "ment met"]) == "the parliament met")
        #expect(PDFText.joinLines(["the parlia\u{00AD}", "Ment met"]) == "the parliaMent met")
        #expect(PDFText.joinLines(["north-", "East wind"]) == "north- East wind")
        #expect(PDFText.joinLines(["from 1990-", "2000 on"]) == "from 1990- 2000 on")
        #expect(PDFText.joinLines(["one", "two"]) == "one two")
    }

    @Test func everyPageEndsWithAFormFeedAndTheMetadataIsRead() throws {
        let source = SourceText.read(PDFSamples.multiPage(), contentType: "application/pdf")
        let text = try #require(source.text)
        let pages = text.split(separator: "\u{000C}", omittingEmptySubsequences: false)
        #expect(pages.count == 4 && pages[3].isEmpty)
        #expect(pages[1].contains("quorum of 89 members of parliament."))
        #expect(source.pages == 3 && source.note == nil)
        #expect(source.title == "Quorum report" && source.published == "2016-03-01")
        let minutes = SourceText.read(PDFSamples.twoColumns(), contentType: nil)
        #expect(minutes.title == "Minutes of the 23 February session" && minutes.author == "House of Representatives")
        #expect(minutes.published == "2016-02-24")
    }

    @Test func passagesCarryTheirPageAndThePreferredPageRanksFirst() throws {
        let text = try #require(
            SourceText.read(PDFSamples.multiPage(count: 4, numbered: 3), contentType: "application/pdf").text)
        let passages = Passages.split(text)
        #expect(passages.map(\.page) == [1, 1, 2, 2, 3, 3, 4, 4])
        #expect(Passages.split("No pages.\n\nHere.").allSatisfy { $0.page == nil })

        let claim = Self.claim("The vote failed to reach the required quorum (89 members of parliament) yesterday.")
        let best = try #require(EvidenceMatcher().match(claim, in: text).first)
        #expect(best.page == 3 && best.numbers == ["89"])
        // A page named in the link wins over equally relevant passages elsewhere.
        let rules = Self.claim("The quorum rules of the house were discussed by the committee.")
        let plain = EvidenceMatcher().match(rules, in: text)
        #expect(plain.first?.page != 4)
        let preferred = EvidenceMatcher().match(rules, in: text, preferredPage: 4)
        #expect(preferred.first?.page == 4)
        #expect(preferred.first?.score == plain.first { $0.page == 4 }?.score ?? preferred.first?.score)
    }

    @Test func aLinkNamesItsPageInTheFragment() {
        #expect(PageLink.page(in: "https://example.org/report.pdf#page=12") == 12)
        #expect(PageLink.page(in: "https://example.org/report.pdf#zoom=80&page=3") == 3)
        #expect(PageLink.page(in: "https://example.org/report.pdf#page=3&view=FitH") == 3)
        for none in [
            "https://example.org/report.pdf", "https://example.org/r.pdf#page=0", "https://example.org/r.pdf#page=x",
            "https://example.org/r.pdf#page=99999999999", "https://example.org/r.pdf?page=2",
            "https://example.org/r.pdf#nameddest=a",
        ] {
            #expect(PageLink.page(in: none) == nil, "\(none)")
        }
    }

    // MARK: Hostile PDFs: each ends, with a one-line reason

    @Test func anEncryptedPDFSaysItNeedsAPassword() {
        let source = SourceText.read(PDFSamples.encrypted(), contentType: "application/pdf")
        #expect(source.text == nil)
        #expect(source.note == "encrypted PDF: it needs a password to open; archived, but there is no text to read")
    }

    @Test func aScannedPDFSaysSoPlainly() {
        let source = SourceText.read(PDFSamples.scanned(), contentType: "application/pdf")
        #expect(source.text == nil && source.note == PDFText.scannedNote)
        #expect(source.note == "scanned PDF without text; attach a text source or a note")
        #expect(source.title == "Scan 0042" && source.pages == 2)
        // No images and no text either: said differently.
        let blank = SourceText.read(PDFWriter(pages: [PDFWriter.Page()]).bytes(), contentType: "application/pdf")
        #expect(blank.text == nil && blank.note?.hasPrefix("PDF without text (1 page") == true)
    }

    @Test func corruptAndTruncatedPDFsEndWithANoteOrWhatIsLeft() {
        let whole = PDFSamples.multiPage(count: 6, numbered: 2)
        for cut in stride(from: 0, to: whole.count, by: max(1, whole.count / 40)) {
            let source = SourceText.read(Array(whole.prefix(cut)), contentType: "application/pdf")
            #expect(source.text != nil || source.note != nil, "cut at \(cut)")
            if let note = source.note { #expect(!note.contains("\n")) }
        }
        // Bytes flipped through the body: poppler repairs or refuses, never crashes or hangs.
        var damaged = whole
        var seed: UInt64 = 42
        for _ in 0..<200 {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            damaged[Int(seed >> 33) % damaged.count] = UInt8(truncatingIfNeeded: seed >> 17)
        }
        let source = SourceText.read(damaged, contentType: "application/pdf")
        #expect(source.text != nil || source.note != nil)
        let garbage = SourceText.read(
            Array("%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\n%%EOF".utf8), contentType: nil)
        #expect(garbage.text == nil && garbage.note == "truncated or damaged PDF: no text is left in it; archived")
        let notPDF = SourceText.read(Array("%PDF-1.7\nnothing else".utf8), contentType: nil)
        #expect(
            notPDF.text == nil && notPDF.note?.hasPrefix("unreadable PDF (damaged, truncated or not a PDF: ") == true)
    }

    @Test func aTruncatedPDFGivesTheTextOfThePagesThatAreLeft() throws {
        let whole = PDFSamples.multiPage(count: 6, numbered: 2)
        let cut = Array(whole.prefix(whole.count * 6 / 10))
        let source = SourceText.read(cut, contentType: "application/pdf")
        let text = try #require(source.text)
        #expect(text.contains("The vote failed to reach the required quorum of 89 members of parliament."))
        #expect(
            source.note?.hasPrefix("truncated or damaged PDF: read what is left, ") == true, "\(source.note ?? "-")")
        #expect(PDFRepair.withTrailer(whole) == nil, "a whole PDF has its trailer")
        #expect(PDFRepair.objectNumber(before: 20, in: Array("%PDF-1.4\n12 0 obj << /Type /Catalog".utf8)) == 12)
    }

    @Test func aPDFWithThousandsOfPagesIsReadUpToTheLimitAndSaysSo() throws {
        let huge = PDFSamples.long(pages: 3000, linesPerPage: 2)
        let source = SourceText.read(huge, contentType: "application/pdf", pdfLimits: PDFReadLimits(maxPages: 500))
        #expect(source.pages == 500)
        #expect(source.note == "read the first 500 of 3000 pages (the limit for a PDF)")
        #expect(try #require(source.text).split(separator: "\u{000C}").count == 500)
        // The time bound, checked between pages.
        let timed = SourceText.read(huge, contentType: "application/pdf", pdfLimits: PDFReadLimits(maxSeconds: 0))
        #expect(
            timed.pages == 1 && timed.note == "read the first 1 of 3000 pages (the 0 s time limit for reading a PDF)")
        // The text bound.
        let capped = SourceText.read(huge, contentType: "application/pdf", pdfLimits: PDFReadLimits(maxTextBytes: 1000))
        #expect(
            capped.note?.hasPrefix("read the first ") == true
                && capped.note?.hasSuffix("(the 1000 bytes text limit for a PDF)") == true)
    }

    @Test func aPageThatTakesPopplerLongIsAbandonedAtTheTimeLimit() {
        let started = Date()
        let source = SourceText.read(
            PDFSamples.scattered(100_000), contentType: "application/pdf", pdfLimits: PDFReadLimits(maxSeconds: 0))
        let elapsed = Date().timeIntervalSince(started)
        #expect(elapsed < 3, "the caller waits the limit and a second's grace, not for poppler")
        #expect(source.text == nil)
        #expect(
            source.note
                == "PDF reading stopped at the 0 s time limit for reading a PDF before any text was found (0 of 1 pages read); archived"
        )
    }

    static func claim(_ text: String) -> Claim {
        let extracted = Extractor().extract(text, published: CalendarDay(iso: "2016-02-24")).first
        return Claim(
            id: "c1", document: "d", ordinal: 1, text: text,
            span: extracted?.span ?? Span(start: 0, end: text.utf8.count),
            kinds: extracted?.kinds ?? [], checkworthiness: extracted?.checkworthiness ?? 0.5,
            facts: extracted?.facts ?? [])
    }
}
