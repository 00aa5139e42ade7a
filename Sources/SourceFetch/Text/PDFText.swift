import Foundation

/// Bounds on reading one PDF (on top of the fetch's body size and time bounds, which apply first).
public struct PDFReadLimits: Sendable, Equatable {
    /// Pages read; the rest of a longer document is left out, and the note says so.
    public var maxPages: Int
    /// Seconds spent reading pages; checked between pages.
    public var maxSeconds: Double
    /// Bytes of text kept.
    public var maxTextBytes: Int

    /// Limits with the given bounds; the defaults read any ordinary report or paper whole.
    public init(maxPages: Int = 2000, maxSeconds: Double = 20, maxTextBytes: Int = 16 << 20) {
        self.maxPages = maxPages
        self.maxSeconds = maxSeconds
        self.maxTextBytes = maxTextBytes
    }

    /// The limits `fetch` reads PDFs with.
    public static let `default` = PDFReadLimits()
}

/// A PDF body as `SourceText`: the text of each page in reading order (columns one after the other, table
/// rows on one line), lines of a paragraph joined with hyphenation undone, normalised by the same
/// `BlockWriter` as HTML text; every page ends with a form feed (U+000C, as pdftotext writes it), which is
/// how the matcher knows a passage's page. The Info title, author and creation date are the page metadata.
/// An encrypted, unreadable or image-only PDF yields no text and a one-line note saying why.
enum PDFText {
    /// Said of a PDF whose pages are images without a text layer.
    static let scannedNote = "scanned PDF without text; attach a text source or a note"

    static func read(_ body: [UInt8], limits: PDFReadLimits = .default) -> SourceText {
        let state = PDFReadJob.read(body, limits: limits)
        if let failure = state.failure { return SourceText(text: nil, note: failure) }
        let read = state.pages.count
        let total = state.total
        let emptyPages = state.emptyPages
        var source = SourceText(
            text: state.pages.map { $0 + "\u{000C}" }.joined(), title: state.title, published: state.published,
            charset: nil)
        source.author = state.author
        source.pages = read
        if read == emptyPages {
            source.text = nil
            if let stopped = state.stopped, stopped.contains("time limit") {
                source.note =
                    "PDF reading stopped at \(stopped) before any text was found (\(read) of \(total) pages read); archived"
            } else if state.repaired {
                source.note = "truncated or damaged PDF: no text is left in it; archived"
            } else if total == 0 {
                source.note = "PDF without pages; archived, but there is no text to read"
            } else {
                source.note =
                    state.hasImages
                    ? scannedNote : "PDF without text (\(read) page\(read == 1 ? "" : "s"), nothing to read); archived"
            }
            return source
        }
        if let stopped = state.stopped {
            source.note = "read the first \(read) of \(total) pages (\(stopped))"
        } else if state.repaired {
            source.note =
                "truncated or damaged PDF: read what is left, \(read - emptyPages) of \(total) pages with text"
        } else if emptyPages > 0 {
            source.note = "\(emptyPages) of \(total) pages have no text (scanned images?)"
        }
        return source
    }

    /// Opens the PDF; one that poppler calls damaged is tried again with a trailer naming its catalog
    /// (`PDFRepair`). The flag says whether that repair was needed.
    static func open(_ body: [UInt8]) -> Result<(PDFFile, Bool), PDFOpenError> {
        do {
            return .success((try PDFFile(bytes: body), false))
        } catch {
            if case .unreadable = error, let patched = PDFRepair.withTrailer(body),
                let file = try? PDFFile(bytes: patched)
            {
                return .success((file, true))
            }
            return .failure(error)
        }
    }

    /// One page's paragraphs and table rows, normalised, blank-line separated.
    static func pageText(_ file: PDFFile, _ index: Int) -> String {
        guard let (glyphs, _) = file.glyphs(page: index) else { return "" }
        return render(PDFLayout.blocks(PDFLayout.words(glyphs)))
    }

    /// Blocks in reading order as text: each paragraph one block, each table row one block. A paragraph that
    /// continues in the next block (the next column) — it ends without a full stop and the next block starts
    /// with a lower-case letter — is joined with it, hyphenation undone.
    static func render(_ blocks: [PDFBlock]) -> String {
        var paragraphs: [(lines: [String], table: Bool)] = []
        for block in blocks {
            if !block.isTable, let last = paragraphs.last, !last.table, let end = last.lines.last?.unicodeScalars.last,
                !".!?:;".unicodeScalars.contains(end),
                block.lines.first?.unicodeScalars.first?.properties.isLowercase == true
            {
                paragraphs[paragraphs.count - 1].lines += block.lines
            } else if block.isTable {
                paragraphs += block.lines.map { ([$0], true) }
            } else {
                paragraphs.append((block.lines, false))
            }
        }
        var writer = BlockWriter()
        for paragraph in paragraphs {
            writer.write(paragraph.table ? paragraph.lines[0] : joinLines(paragraph.lines))
            writer.breakBlock()
        }
        return writer.blocks.joined(separator: "\n\n")
    }

    /// The lines of a paragraph as one string: a line ending in a hyphen after a letter, followed by a line
    /// starting with a lower-case letter, is one word broken in two ("frag-" + "ment" → "fragment"); a soft
    /// hyphen at a line end always joins. Other lines are joined with a space.
    static func joinLines(_ lines: [String]) -> String {
        var out = ""
        for line in lines {
            guard !out.isEmpty else {
                out = line
                continue
            }
            let first = line.unicodeScalars.first
            let scalars = out.unicodeScalars
            if let last = scalars.last {
                let lastIndex = scalars.index(before: scalars.endIndex)
                let beforeLast = lastIndex > scalars.startIndex ? scalars[scalars.index(before: lastIndex)] : nil
                if last == "\u{00AD}" {
                    out.unicodeScalars.removeLast()
                    out += line
                    continue
                }
                if last == "-" || last == "\u{2010}", let beforeLast, beforeLast.properties.isAlphabetic,
                    let first, first.properties.isLowercase
                {
                    out.unicodeScalars.removeLast()
                    out += line
                    continue
                }
            }
            out += " " + line
        }
        return out
    }
}
