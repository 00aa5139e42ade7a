import ClaimTestSupport
import Foundation
import Testing

@testable import SourceFetch

/// The fetcher against a server of our own on 127.0.0.1; nothing leaves the machine.
@Suite struct FetcherTests {
    static let page =
        "<html><head><title>A page</title></head><body><article><p>Hello from the loopback server.</p></article></body></html>"

    static func server() throws -> LoopbackServer {
        try LoopbackServer { request in
            let path = request.path
            switch path {
            case "/ok": return .html(page)
            case "/r1": return .redirect(to: "/r2")
            case "/r2": return .redirect(to: "/r3", status: 301)
            case "/r3": return .redirect(to: "/ok", status: 307)
            case "/loop": return .redirect(to: "/loop")
            case "/to-file": return .redirect(to: "file:///etc/passwd")
            case "/to-ftp": return .redirect(to: "ftp://127.0.0.1/x")
            case "/missing": return .status(404)
            case "/gone": return .status(410)
            case "/broken": return .status(503)
            case "/hang": return LoopbackResponse(hang: true)
            case "/trickle":
                return LoopbackResponse(
                    headers: [("Content-Type", "text/html")], body: Array("<p>slow words</p>".utf8), trickleInterval: 1)
            case "/slow":
                return LoopbackResponse(headers: [("Content-Type", "text/plain")], body: Array("slow".utf8), delay: 2)
            case "/huge-chunked":
                return LoopbackResponse(
                    headers: [("Content-Type", "text/plain")], body: [UInt8](repeating: 65, count: 2_000_000),
                    chunked: true)
            case "/huge":
                return LoopbackResponse(
                    headers: [("Content-Type", "text/plain")], body: [UInt8](repeating: 65, count: 2_000_000))
            case "/gzip":
                let body = Gzip.stored(Array("<html><body><p>Compressed words arrive intact.</p></body></html>".utf8))
                return LoopbackResponse(
                    headers: [("Content-Type", "text/html"), ("Content-Encoding", "gzip")], body: body)
            case "/image":
                return .bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13], contentType: "image/png")
            case "/story":
                return .html(
                    "<html><head><meta name=\"pubdate\" content=\"20160224\"><title>Story</title></head><body><p>First.</p><p>Second.</p></body></html>"
                )
            case "/moved": return .redirect(to: "/story", status: 301)
            case "/headers":
                return .bytes(Array((request.headers["user-agent"] ?? "").utf8), contentType: "text/plain")
            default:
                if path.hasPrefix("/n/") {
                    return .bytes(Array("page \(path.dropFirst(3))".utf8), contentType: "text/plain")
                }
                return .status(404)
            }
        }
    }

    let server: LoopbackServer
    init() throws { server = try FetcherTests.server() }

    func fetch(_ path: String, policy: FetchPolicy = .default) -> Result<FetchedPage, FetchError> {
        Result { () throws(FetchError) in try Fetcher(policy: policy).fetch(server.url(path)) }
    }

    @Test func fetchesAnHTMLPage() throws {
        let page = try fetch("/ok").get()
        #expect(page.status == 200)
        #expect(page.contentType == "text/html; charset=utf-8")
        #expect(String(decoding: page.body, as: UTF8.self) == FetcherTests.page)
        #expect(page.header("content-length") == String(FetcherTests.page.utf8.count))
        #expect(page.finalURL == server.url("/ok"))
    }

    @Test func sendsItsUserAgentAndAcceptsCompression() throws {
        let page = try fetch("/headers").get()
        #expect(String(decoding: page.body, as: UTF8.self) == FetchPolicy.defaultUserAgent)
        #expect(FetchPolicy.defaultUserAgent.hasPrefix("claimcheck/"))
        let accepted = server.requests.last?.headers["accept-encoding"] ?? ""
        #expect(accepted.contains("gzip") && accepted.contains("deflate"))
    }

    @Test func followsARedirectChain() throws {
        let page = try fetch("/r1").get()
        #expect(page.finalURL == server.url("/ok"))
        #expect(page.redirects == 3)
        #expect(String(decoding: page.body, as: UTF8.self) == FetcherTests.page)
    }

    @Test func refusesARedirectLoop() {
        let policy = FetchPolicy(maxRedirects: 4)
        #expect(throws: FetchError.tooManyRedirects(limit: 4)) {
            try Fetcher(policy: policy).fetch(server.url("/loop"))
        }
    }

    @Test func refusesARedirectToAFileOrFTPURL() {
        for path in ["/to-file", "/to-ftp"] {
            guard case .failure(let error) = fetch(path), case .refusedScheme(let detail) = error else {
                Issue.record("\(path) was not refused")
                continue
            }
            #expect(detail.contains(path == "/to-file" ? "file:///etc/passwd" : "ftp://"))
            #expect(error.description.contains("only http:// and https://"))
        }
    }

    @Test func reportsHTTPErrorsAndWhichAreDead() throws {
        #expect(throws: FetchError.http(status: 404)) { try Fetcher().fetch(server.url("/missing")) }
        guard case .failure(let gone) = fetch("/gone"), case .failure(let broken) = fetch("/broken") else {
            Issue.record("expected failures")
            return
        }
        #expect(gone == .http(status: 410) && gone.isDead)
        #expect(broken == .http(status: 503) && !broken.isDead)
        #expect(
            FetchError.http(status: 404).description == "HTTP 404 Not Found (the page does not exist, or no longer)")
    }

    @Test func aServerThatNeverAnswersTimesOut() {
        let policy = FetchPolicy(connectTimeout: 1, totalTimeout: 0.5)
        let started = Date()
        #expect(throws: FetchError.timeout(seconds: 0.5)) { try Fetcher(policy: policy).fetch(server.url("/hang")) }
        #expect(Date().timeIntervalSince(started) < 10)
    }

    @Test func aServerThatTricklesIsCutOffAsStalled() {
        let policy = FetchPolicy(totalTimeout: 20, lowSpeedBytesPerSecond: 100, lowSpeedSeconds: 1)
        let started = Date()
        #expect(throws: FetchError.stalled(bytesPerSecond: 100, seconds: 1)) {
            try Fetcher(policy: policy).fetch(server.url("/trickle"))
        }
        #expect(Date().timeIntervalSince(started) < 10, "the low-speed bound fires long before the total timeout")
        #expect(
            FetchError.stalled(bytesPerSecond: 100, seconds: 1).description.hasPrefix(
                "timed out: the server sent less than 100 bytes a second"))
    }

    @Test func aChunkedBodyOverTheCapIsRefused() {
        let policy = FetchPolicy(maxBodyBytes: 64 * 1024)
        #expect(throws: FetchError.tooLarge(limit: 64 * 1024)) {
            try Fetcher(policy: policy).fetch(server.url("/huge-chunked"))
        }
        #expect(throws: FetchError.tooLarge(limit: 64 * 1024)) {
            try Fetcher(policy: policy).fetch(server.url("/huge"))
        }
        #expect(FetchError.tooLarge(limit: 64 * 1024).description.hasPrefix("too large"))
    }

    @Test func decodesAGzipBody() throws {
        let page = try fetch("/gzip").get()
        let text = SourceText.read(page.body, contentType: page.contentType)
        #expect(text.text == "Compressed words arrive intact.")
    }

    @Test func aBinaryPageIsFetchedButHasNoText() throws {
        let page = try fetch("/image").get()
        #expect(page.body.count == 12)
        let text = SourceText.read(page.body, contentType: page.contentType)
        #expect(text.text == nil)
        #expect(text.note == "not a text page (image/png): archived, but there is no text to read")
        #expect(throws: FetchError.notText(contentType: "image/png")) {
            try Fetcher().fetchArticle(server.url("/image"))
        }
    }

    @Test func refusesNonWebURLsBeforeAnyFetch() {
        let before = server.requests.count
        for url in ["javascript:alert(1)", "file:///etc/passwd", "ftp://127.0.0.1/x", "127.0.0.1/ok", ""] {
            guard case .failure(.invalidURL) = Result(catching: { () throws(FetchError) in try Fetcher().fetch(url) })
            else {
                Issue.record("\(url) was not refused")
                continue
            }
        }
        let results = Fetcher().fetchAll(["javascript:void(0)", server.url("/ok")])
        guard case .failure(.invalidURL) = results[0], case .success = results[1] else {
            Issue.record("fetchAll did not refuse the javascript: URL")
            return
        }
        #expect(server.requests.count == before + 1)
    }

    @Test func aClosedPortIsRefused() throws {
        let closed = try LoopbackServer { _ in .status(200) }
        let url = closed.url("/x")
        closed.stop()
        #expect(throws: FetchError.refused(host: "127.0.0.1")) {
            try Fetcher(policy: FetchPolicy(connectTimeout: 2)).fetch(url)
        }
        // A DNS failure is not provoked here (the lookup would leave the machine); its message and class:
        #expect(FetchError.dns(host: "example.invalid").isDead)
        #expect(
            FetchError.dns(host: "example.invalid").description
                == "host 'example.invalid' not found (DNS lookup failed; check the address)")
    }

    @Test func fetchesManyURLsConcurrentlyInOrder() {
        let urls = (0..<120).map { server.url("/n/\($0)") } + [server.url("/missing"), server.url("/slow")]
        var seen: [Int] = []
        let results = Fetcher(policy: FetchPolicy(maxHostConnections: 6)).fetchAll(urls, concurrency: 16) {
            done, total in
            #expect(total == urls.count)
            seen.append(done)
        }
        #expect(results.count == urls.count)
        for i in 0..<120 {
            #expect((try? results[i].get()).map { String(decoding: $0.body, as: UTF8.self) } == "page \(i)")
        }
        #expect(results[120].failureValue == .http(status: 404))
        #expect((try? results[121].get())?.body == Array("slow".utf8))
        #expect(seen.last == urls.count)
        #expect(seen == seen.sorted())
    }

    @Test func fetchArticleGivesTextTitleDateAndFinalURL() throws {
        var article = try Fetcher().fetchArticle(server.url("/moved"))
        #expect(article.page?.url == server.url("/moved") && article.page?.status == 200, "the exchange is kept")
        article.page = nil
        #expect(
            article
                == FetchedArticle(
                    text: "First.\n\nSecond.", title: "Story", finalURL: server.url("/story"), published: "2016-02-24"))
    }

    @Test func fetchAllOfNothingReturnsNothing() {
        #expect(Fetcher().fetchAll([]).isEmpty)
    }
}

extension Result {
    var failureValue: Failure? {
        if case .failure(let e) = self { return e }
        return nil
    }
}
