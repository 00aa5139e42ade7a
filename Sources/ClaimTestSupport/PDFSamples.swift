/// The PDFs the PDF tests serve and read (and the fuzz seeds are), made with `PDFWriter` (real files: poppler reads them as it
/// reads any PDF). Their words echo the sample claim about the Libyan parliament's quorum.
public enum PDFSamples {
    /// A full-width title over two columns of prose; a sentence runs from the foot of the left column to the
    /// top of the right one, with "parlia-" / "ment" hyphenated across the column break.
    public static func twoColumns() -> [UInt8] {
        var page = PDFWriter.Page()
        page.lines(["Minutes of the House of Representatives"], x: 72, top: 740, size: 16, bold: true)
        page.lines(
            [
                "The session opened at ten in the morning in",
                "Tobruk. The speaker read the agenda and the",
                "clerk counted the members present in the hall.",
                "Several members arrived late from the airport.",
                "After the count the speaker announced that",
                "the vote on the unity government had failed",
                "because only 81 members of the parlia-",
            ], x: 72, top: 700, size: 10, leading: 13)
        page.lines(
            [
                "ment were present, short of the required",
                "quorum of 89 members. The next session was",
                "set for Monday. Deputies from the east said",
                "they would not attend until the security",
                "situation in Benghazi had improved further.",
                "The speaker thanked the clerk and closed it.",
            ], x: 320, top: 700, size: 10, leading: 13)
        return PDFWriter(
            pages: [page],
            info: [
                "Title": "Minutes of the 23 February session", "Author": "House of Representatives",
                "CreationDate": "D:20160224103000+01'00'",
            ]
        ).bytes()
    }

    /// A table of attendance: a header row and three rows of label, members present, and quorum, the cells
    /// far apart; and a paragraph with a ligature (ﬁ) and a no-break space under it.
    public static func table() -> [UInt8] {
        var page = PDFWriter.Page()
        page.lines(["Attendance by session"], x: 72, top: 740, size: 14, bold: true)
        let rows = [
            ("Session", "Present", "Quorum"), ("22 February", "97 members", "89"), ("23 February", "81 members", "89"),
            ("24 February", "89 members", "89"),
        ]
        for (k, row) in rows.enumerated() {
            let y = 700 - Double(k) * 16
            page.runs.append(.init(x: 72, y: y, size: 10, bold: k == 0, row.0))
            page.runs.append(.init(x: 260, y: y, size: 10, bold: k == 0, row.1))
            page.runs.append(.init(x: 420, y: y, size: 10, bold: k == 0, row.2))
        }
        page.lines(
            ["The \u{FB01}nal count on 24 February was 89\u{A0}members, exactly the quorum."], x: 72, top: 600, size: 10
        )
        return PDFWriter(pages: [page], info: ["Title": "Attendance"]).bytes()
    }

    /// `count` pages of prose; page `numbered` (1-based) states the figure "89 members" and the quote, and
    /// every other page speaks of the quorum without them. `edition` changes one word (a new snapshot).
    public static func multiPage(count: Int = 3, numbered: Int = 2, edition: Int = 1) -> [UInt8] {
        multiPage(count: count, numbered: [numbered], edition: edition)
    }

    /// The same with the figure and the quote on each of the pages `numbered`.
    public static func multiPage(count: Int, numbered: Set<Int>, edition: Int = 1) -> [UInt8] {
        var pages: [PDFWriter.Page] = []
        for n in 1...count {
            var page = PDFWriter.Page()
            page.lines(["Report on the quorum, page \(n) (edition \(edition))"], size: 12, bold: true)
            if numbered.contains(n) {
                page.lines(
                    [
                        "The vote failed to reach the required quorum of 89 members of",
                        "parliament. \u{201C}We will not meet again until the quorum is reached,\u{201D}",
                        "the speaker told reporters after the session.",
                    ], top: 690)
            } else {
                page.lines(
                    [
                        "The quorum rules of the house were discussed at length by the",
                        "committee, which heard the clerk and several deputies on page \(n).",
                    ], top: 690)
            }
            pages.append(page)
        }
        return PDFWriter(pages: pages, info: ["Title": "Quorum report", "CreationDate": "D:20160301"]).bytes()
    }

    /// `count` pages of dense prose (40 lines each): what the benchmark and the page-limit test read.
    public static func long(pages count: Int, linesPerPage: Int = 40) -> [UInt8] {
        let line = "The committee heard evidence on the budget, the quorum and the 89 members of the house."
        var pages: [PDFWriter.Page] = []
        pages.reserveCapacity(count)
        for n in 1...count {
            var page = PDFWriter.Page()
            page.lines(["Page \(n)"] + Array(repeating: line, count: linesPerPage - 1), top: 750, size: 9, leading: 17)
            pages.append(page)
        }
        return PDFWriter(pages: pages).bytes()
    }

    /// One page of `count` tiny words scattered over 791 overlapping lines: poppler's own text layout takes
    /// seconds over it (a page it cannot be interrupted in).
    public static func scattered(_ count: Int) -> [UInt8] {
        PDFWriter(pages: [
            PDFWriter.Page(
                runs: (0..<count).map { k in
                    .init(x: Double(k % 97) * 6, y: Double(k % 791), size: 4, "w\(k % 13)")
                })
        ]).bytes()
    }

    /// Two pages that are only images: what a scanner without OCR makes.
    public static func scanned() -> [UInt8] {
        let page = PDFWriter.Page(images: [.init(x: 36, y: 36, width: 540, height: 720, pixels: 32)])
        return PDFWriter(pages: [page, page], info: ["Title": "Scan 0042"]).bytes()
    }

    /// A document whose encryption dictionary no empty password opens.
    public static func encrypted() -> [UInt8] {
        var page = PDFWriter.Page()
        page.lines(["Confidential: 89 members were present."])
        return PDFWriter(pages: [page], encrypted: true).bytes()
    }
}
