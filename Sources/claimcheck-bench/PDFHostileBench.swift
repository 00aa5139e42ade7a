import ClaimTestSupport
import Foundation
import SourceFetch

/// `claimcheck-bench pdf-hostile [CASE]`: reads each hostile PDF (scanned, encrypted, truncated, corrupt,
/// thousands of pages, a page tree that loops, a page count that lies, one page of 100,000 scattered words, 3200 full pages near the 20 MiB fetch cap) in a
/// process of its own and prints the time, the peak memory (max RSS) and the one-line note for each.
/// With a CASE name it reads only that case (what the parent runs in each child).
enum PDFHostileBench {
    static let cases: [(name: String, make: @Sendable () -> [UInt8])] = [
        (
            "scanned",
            {
                PDFWriter(
                    pages: Array(
                        repeating: PDFWriter.Page(images: [.init(x: 0, y: 0, width: 612, height: 792, pixels: 512)]),
                        count: 20)
                ).bytes()
            }
        ),
        ("encrypted", { PDFWriter(pages: [text(["Confidential."])], encrypted: true).bytes() }),
        ("truncated", { Array(long(pages: 50).prefix(40_000)) }),
        ("corrupt", { corrupt(long(pages: 50)) }),
        ("5000-pages", { long(pages: 5000, lines: 3) }),
        (
            "page-tree-loop",
            {
                raw(
                    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [2 0 R 3 0 R] /Count 2 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length 0 >> stream\n\nendstream endobj\n"
                )
            }
        ),
        (
            "lying-page-count",
            {
                raw(
                    "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 100000000 >> endobj\n"
                        + "3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n")
            }
        ),
        ("one-page-25k-runs", { scattered(25_000) }),
        ("one-page-50k-runs", { scattered(50_000) }),
        ("one-page-100k-runs", { scattered(100_000) }),
        ("3200-pages-big", { long(pages: 3200, lines: 40) }),
    ]

    static func run(_ args: ArraySlice<String>) throws {
        if let name = args.first {
            guard let entry = cases.first(where: { $0.name == name }) else { throw BenchError("unknown case \(name)") }
            let body = entry.make()
            let start = Date()
            let source = SourceText.read(body, contentType: "application/pdf")
            let elapsed = Date().timeIntervalSince(start)
            var usage = rusage()
            getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
            print(
                "\(name.padding(toLength: 19, withPad: " ", startingAt: 0)) \(String(format: "%7.1f", Double(body.count) / 1024)) KiB  "
                    + "\(FetchBench.format(elapsed))  max RSS \(usage.ru_maxrss / 1024) MiB  pages \(source.pages.map(String.init) ?? "-")  "
                    + "text \(source.text.map { "\($0.utf8.count / 1024) KiB" } ?? "none")  note: \(source.note ?? "-")"
            )
            return
        }
        print("pdf-hostile: each case read in its own process (default PDF limits: 2000 pages, 20 s, 16 MiB of text)")
        for entry in cases {
            let child = Process()
            child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
            child.arguments = ["pdf-hostile", entry.name]
            try child.run()
            child.waitUntilExit()
            if child.terminationStatus != 0 {
                print("\(entry.name): the child exited with status \(child.terminationStatus)")
            }
        }
    }

    /// One page of `count` short words scattered over it.
    static func scattered(_ count: Int) -> [UInt8] {
        PDFWriter(pages: [
            PDFWriter.Page(
                runs: (0..<count).map { k in
                    .init(x: Double(k % 97) * 6, y: Double(k % 791), size: 4, "w\(k % 13)")
                })
        ]).bytes()
    }

    static func text(_ lines: [String]) -> PDFWriter.Page {
        var page = PDFWriter.Page()
        page.lines(lines)
        return page
    }

    static func long(pages: Int, lines: Int = 40) -> [UInt8] {
        let line = "The committee heard evidence on the budget, the quorum and the 89 members of the house."
        return PDFWriter(pages: (1...pages).map { n in text(["Page \(n)"] + Array(repeating: line, count: lines - 1)) })
            .bytes()
    }

    /// 1 byte in 200 overwritten (deterministically).
    static func corrupt(_ bytes: [UInt8]) -> [UInt8] {
        var out = bytes
        var seed: UInt64 = 7
        for _ in 0..<(bytes.count / 200) {
            seed = seed &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            out[Int(seed >> 33) % out.count] = UInt8(truncatingIfNeeded: seed >> 17)
        }
        return out
    }

    /// A hand-written PDF without an xref table (poppler reconstructs one).
    static func raw(_ objects: String) -> [UInt8] {
        Array(("%PDF-1.4\n" + objects + "trailer << /Root 1 0 R >>\n%%EOF\n").utf8)
    }
}
