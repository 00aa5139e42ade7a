import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

/// `claimcheck extract URL`: the article is fetched through the evidence fetcher (loopback server only).
@Suite struct ExtractURLTests {
    @Test func fetchesAndExtractsWithPageMetadata() throws {
        let page = """
            <html><head><title>Quake kills 34 | The Daily</title>
            <meta property="article:published_time" content="2021-01-17T08:00:00Z"></head>
            <body><nav>Home | World | Sport</nav><article><h1>Quake kills 34</h1>
            <p>An earthquake struck on Friday, killing at least 34 people, the national disaster agency said.</p>
            <p>More than 15,000 residents fled their homes, spokesman Raditya Jati told reporters.</p></article>
            <footer>© The Daily</footer></body></html>
            """
        let server = try LoopbackServer { request in
            request.path == "/story" ? .html(page) : .redirect(to: "file:///etc/passwd")
        }
        defer { server.stop() }
        let tmp = TemporaryWorkspace()
        let result = try CommandLineTool.run(["extract", server.url("/story"), "--doc", "quake"], in: tmp.root)
        #expect(result.status == 0, "\(result.stderr)")
        let doc = try tmp.store.load("quake")
        #expect(doc.info.published == "2021-01-17")
        #expect(doc.info.url == server.url("/story"))
        #expect(doc.info.title?.contains("Quake kills 34") == true)
        #expect(!doc.article.contains("Home | World"), "navigation is not article text")
        let facts = doc.claims.flatMap(\.facts)
        #expect(facts.contains { $0.kind == .casualty && $0.value == 34 })
        #expect(
            facts.contains { $0.kind == .date && $0.resolved == "2021-01-15" },
            "Friday resolved against the page's date")

        let refused = try CommandLineTool.run(["extract", server.url("/evil"), "--doc", "evil"], in: tmp.root)
        #expect(refused.status == 1)
        #expect(refused.stderr.contains("file:///etc/passwd"), "\(refused.stderr)")
        #expect(refused.stderr.split(separator: "\n").count == 1)
        #expect(tmp.workspace.documentSlugs() == ["quake"])
    }
}
