import ClaimCore
import ClaimTestSupport
import Foundation
import SourceFetch

/// `claimcheck-bench pdf [--pages 300] [--rounds 3]`: makes a PDF of `pages` pages of dense prose (48 lines a
/// page, every fifth page in two columns with a table), reads it into text with `SourceText.read` (poppler,
/// reading order, normalising) and matches a claim against its passages with `EvidenceMatcher`; prints the
/// best of `rounds` for each step and the total (target for 300 pages: < 2 s).
enum PDFBench {
    static func run(_ args: ArraySlice<String>) throws {
        var options: [String: Int] = ["pages": 300, "rounds": 3]
        var rest = args
        while let flag = rest.popFirst() {
            guard flag.hasPrefix("--"), let key = Optional(String(flag.dropFirst(2))), options[key] != nil,
                let value = rest.popFirst().flatMap(Int.init), value > 0
            else {
                throw BenchError("usage: pdf [--pages N] [--rounds N] (bad argument \(flag))")
            }
            options[key] = value
        }
        let pageCount = options["pages"]!
        let rounds = options["rounds"]!
        let pdf = document(pages: pageCount)
        let claimText = "The vote failed to reach the required quorum (89 members of parliament) yesterday."
        let extracted = Extractor().extract(claimText, published: CalendarDay(iso: "2016-02-24")).first
        let claim = Claim(
            id: "c1", document: "bench", ordinal: 1, text: claimText,
            span: extracted?.span ?? Span(start: 0, end: claimText.utf8.count), kinds: extracted?.kinds ?? [],
            checkworthiness: extracted?.checkworthiness ?? 0.5, facts: extracted?.facts ?? [])
        var reading = Double.infinity
        var matching = Double.infinity
        var readingCPU = Double.infinity
        var matchingCPU = Double.infinity
        var source = SourceText(text: nil)
        var matches: [EvidenceMatch] = []
        for _ in 0..<rounds {
            var start = Date()
            var cpu = cpuSeconds()
            source = SourceText.read(pdf, contentType: "application/pdf")
            reading = min(reading, Date().timeIntervalSince(start))
            readingCPU = min(readingCPU, cpuSeconds() - cpu)
            start = Date()
            cpu = cpuSeconds()
            matches = EvidenceMatcher().match(
                claim, in: source, url: "https://example.org/report.pdf#page=\(pageCount / 2)")
            matching = min(matching, Date().timeIntervalSince(start))
            matchingCPU = min(matchingCPU, cpuSeconds() - cpu)
        }
        guard let text = source.text, source.pages == pageCount else {
            throw BenchError("the PDF was not read whole: \(source.note ?? "no text")")
        }
        print(
            "pdf: \(pageCount) pages, \(pdf.count / 1024) KiB of PDF → \(text.utf8.count / 1024) KiB of text, best of \(rounds)"
        )
        print(
            "     read (poppler + reading order + normalising): \(FetchBench.format(reading)) wall, \(FetchBench.format(readingCPU)) CPU"
        )
        print(
            "     passages + match: \(FetchBench.format(matching)) wall, \(FetchBench.format(matchingCPU)) CPU (best passage on p. \(matches.first?.page.map(String.init) ?? "-"))"
        )
        print(
            "     total: \(FetchBench.format(reading + matching)) wall, \(FetchBench.format(readingCPU + matchingCPU)) CPU (target < 2 s for 300 pages)"
        )
    }

    /// CPU time of this process (user + system): on a busy machine a fairer figure than wall time.
    static func cpuSeconds() -> Double {
        var now = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now)
        return Double(now.tv_sec) + Double(now.tv_nsec) / 1e9
    }

    /// A long report: every page 48 lines of prose; every fifth page two columns and a table instead.
    static func document(pages count: Int) -> [UInt8] {
        let sentences = [
            "The committee heard evidence on the budget and the quorum rules of the house.",
            "Deputies from the east said they would not attend until the security situation improved.",
            "The clerk counted the members present in the hall before each of the votes.",
            "According to the minutes, the session was adjourned shortly after noon.",
        ]
        var pages: [PDFWriter.Page] = []
        for n in 1...count {
            var page = PDFWriter.Page()
            page.lines(["Report of the House of Representatives, page \(n)"], top: 760, size: 12, bold: true)
            if n % 5 == 0 {
                let column = (0..<44).map { k in String(sentences[(n + k) % 4].prefix(44)) }
                page.lines(column, x: 50, top: 730, size: 9, leading: 12)
                page.lines(column.reversed(), x: 320, top: 730, size: 9, leading: 12)
                for row in 0..<4 {
                    page.runs.append(.init(x: 50, y: 180 - Double(row) * 14, size: 9, "Session \(n * 4 + row)"))
                    page.runs.append(
                        .init(x: 250, y: 180 - Double(row) * 14, size: 9, "\(80 + (n + row) % 20) members"))
                    page.runs.append(.init(x: 420, y: 180 - Double(row) * 14, size: 9, "89"))
                }
            } else {
                let lines = (0..<48).map { k in sentences[(n + k) % 4] }
                page.lines(lines, x: 50, top: 730, size: 9, leading: 14.5)
            }
            pages.append(page)
        }
        pages[count / 2].lines(
            ["The vote failed to reach the required quorum of 89 members of parliament."], x: 50, top: 40, size: 9)
        return PDFWriter(pages: pages, info: ["Title": "Bench report"]).bytes()
    }
}
