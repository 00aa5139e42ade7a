import Foundation

/// What reading a PDF has found so far: written by the reading thread, read by the caller.
struct PDFReadState {
    /// Why the PDF could not be opened (the whole note), when so.
    var failure: String?
    var title: String?
    var author: String?
    var published: String?
    /// The document's page count (0 until it is open).
    var total = 0
    /// Whether the PDF opened only with a repaired trailer (`PDFRepair`).
    var repaired = false
    /// Each read page's text, in order.
    var pages: [String] = []
    var emptyPages = 0
    /// Why reading stopped before the last page, when it did.
    var stopped: String?
    /// Whether any of the first pages draws an image (checked when no page has text).
    var hasImages = false
    var done = false
}

/// Reads a PDF's pages on a thread of its own, so that the caller gets an answer within the time bound even
/// when poppler spends long on one page (a page cannot be interrupted): at the deadline the caller takes the
/// pages read so far and tells the thread to stop at the next page; the thread then finishes that page,
/// releases the document and ends. Limits on pages and text are applied between pages by the thread itself.
final class PDFReadJob: @unchecked Sendable {
    private let body: [UInt8]
    private let limits: PDFReadLimits
    private let condition = NSCondition()
    private var state = PDFReadState()
    private var cancelled = false

    init(body: [UInt8], limits: PDFReadLimits) {
        self.body = body
        self.limits = limits
    }

    /// Runs the job and waits for it at most the time limit (plus a second's grace for the page being read
    /// when the limit passes); returns what was read by then.
    static func read(_ body: [UInt8], limits: PDFReadLimits) -> PDFReadState {
        let job = PDFReadJob(body: body, limits: limits)
        let thread = Thread { job.run() }
        thread.stackSize = 8 << 20
        thread.start()
        return job.wait(until: Date(timeIntervalSinceNow: max(0, limits.maxSeconds) + 1))
    }

    private func wait(until deadline: Date) -> PDFReadState {
        condition.lock()
        defer { condition.unlock() }
        while !state.done {
            if !condition.wait(until: deadline) && !state.done {
                cancelled = true
                state.stopped = "the \(FetchError.seconds(limits.maxSeconds)) time limit for reading a PDF"
                return state
            }
        }
        return state
    }

    private func update(_ change: (inout PDFReadState) -> Void) {
        condition.lock()
        change(&state)
        condition.broadcast()
        condition.unlock()
    }

    private var isCancelled: Bool {
        condition.lock()
        defer { condition.unlock() }
        return cancelled
    }

    private func run() {
        let file: PDFFile
        switch PDFText.open(body) {
        case .success((let opened, let repaired)):
            file = opened
            let (title, author, published, total) = (file.title, file.author, file.creationDay, file.pageCount)
            update {
                $0.title = title
                $0.author = author
                $0.published = published
                $0.total = total
                $0.repaired = repaired
            }
        case .failure(.encrypted):
            return update {
                $0.failure = "encrypted PDF: it needs a password to open; archived, but there is no text to read"
                $0.done = true
            }
        case .failure(.unreadable(let why)):
            return update {
                $0.failure =
                    "unreadable PDF (damaged, truncated or not a PDF: \(why)); archived, but there is no text to read"
                $0.done = true
            }
        }
        let started = Date()
        var textBytes = 0
        var allEmpty = true
        var stopped: String?
        for index in 0..<file.pageCount {
            if isCancelled { return }
            if index >= limits.maxPages {
                stopped = "the limit for a PDF"
            } else if index > 0, Date().timeIntervalSince(started) > limits.maxSeconds {
                stopped = "the \(FetchError.seconds(limits.maxSeconds)) time limit for reading a PDF"
            } else if textBytes > limits.maxTextBytes {
                stopped = "the \(FetchError.bytes(limits.maxTextBytes)) text limit for a PDF"
            }
            if stopped != nil { break }
            let page = PDFText.pageText(file, index)
            textBytes += page.utf8.count + 1
            allEmpty = allEmpty && page.isEmpty
            update {
                if !self.cancelled {
                    $0.pages.append(page)
                    if page.isEmpty { $0.emptyPages += 1 }
                }
            }
        }
        // No text layer at all: images only (a scan), or nothing drawn.
        let images =
            allEmpty && !isCancelled && (0..<min(file.pageCount, 20)).contains { file.imageCount(page: $0) > 0 }
        update {
            if !self.cancelled { $0.stopped = stopped }
            $0.hasImages = images
            $0.done = true
        }
    }
}
