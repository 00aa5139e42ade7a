import ClaimCore
import ClaimTestSupport
import Foundation
import Testing

@testable import ClaimReport

/// A report built from claims whose every string is an attack must stay inert and intact — checked in
/// the HTML text and in a real browser with JavaScript on.
@Suite struct HostilePayloadTests {
    /// Each payload, if it ever ran or became markup, would leave a `<p id="pwned-…">` element or change the title.
    static func marker(_ name: String) -> String {
        "<script>document.title='PWNED';document.body.insertAdjacentHTML('beforeend','<p id=\"pwned-\(name)\">')</script>"
    }
    static let imgPayload =
        "\"><img src=x onerror=\"document.body.insertAdjacentHTML('beforeend','<p id=pwned-img>')\">"
    static let stylePayload = "</style><p id=\"pwned-style\">style break</p><style>"
    static let ldPayload =
        "</script><script>document.body.insertAdjacentHTML('beforeend','<p id=\"pwned-ld\">')</script>"
    static let combining = "x\"\u{301} id=\"pwned-attr\" onmouseover=\"alert(1)"

    func makeHostileDocument(_ tw: TemporaryWorkspace) throws -> [Claim] {
        let claims = try SampleDocuments.document(
            tw, slug: "hostile", title: "</title>\(Self.marker("title"))",
            url: "javascript:alert(1)", published: "2016-02-24",
            sentences: [
                (
                    "Officials said 40 people died \(Self.marker("text")) yesterday.",
                    [
                        Fact(
                            kind: .casualty, text: "40 people", span: Span(start: 0, end: 0), value: 40,
                            qualifier: .exact, noun: "people \(Self.stylePayload)")
                    ]
                ),
                (
                    "A spokesman \(Self.imgPayload) said “\(Self.ldPayload)”.",
                    [
                        Fact(
                            kind: .attribution, text: "A spokesman", span: Span(start: 0, end: 0),
                            speaker: Self.ldPayload + Self.combining, verb: "said"),
                        Fact(kind: .quote, text: Self.ldPayload, span: Span(start: 0, end: 0)),
                    ]
                ),
                ("The bridge is 300 km \(Self.stylePayload) long.", []),
            ])
        try SampleDocuments.setVerdict(
            tw, "hostile", claims[0].id, .false, note: Self.imgPayload + Self.stylePayload + Self.combining,
            by: "<b>Eve</b>\(Self.marker("reviewer"))",
            evidence: [
                Evidence(
                    url: "javascript:alert(1)", stance: .refutes, note: Self.marker("evnote"), addedBy: Self.imgPayload,
                    addedAt: SampleDocuments.fixedTime),
                Evidence(
                    url: "data:text/html,\(Self.marker("data"))", stance: .context, addedBy: "x",
                    addedAt: SampleDocuments.fixedTime),
                Evidence(
                    url: "https://evil.example.com/a?q=\"><script>alert(1)</script>", stance: .supports, addedBy: "x",
                    addedAt: SampleDocuments.fixedTime),
                Evidence(
                    url: "https://evil.example.com/page?x=1&y='onmouseover=alert(1)", stance: .supports, addedBy: "x",
                    addedAt: SampleDocuments.fixedTime,
                    snapshot: "../../../etc/passwd", status: 200, fetchedAt: SampleDocuments.fixedTime,
                    title: Self.marker("evtitle"),
                    fetchError: Self.imgPayload,
                    matches: [
                        EvidenceMatch(
                            passage: "<mark>40</mark> people \(Self.marker("passage")) 40", score: 0.5,
                            numbers: ["40", "<script>"], quoteFound: false,
                            discrepancies: [
                                NumberDiscrepancy(
                                    claimed: "40", found: "<img src=x onerror=alert(1)>", noun: Self.stylePayload,
                                    context: Self.ldPayload)
                            ])
                    ]),
            ])
        try SampleDocuments.setVerdict(tw, "hostile", claims[1].id, .mixed, note: Self.ldPayload, by: Self.ldPayload)
        return try tw.store.load("hostile").claims
    }

    @Test func hostileStringsAreInertInTheHTML() throws {
        let tw = TemporaryWorkspace()
        let claims = try makeHostileDocument(tw)
        let html = try ReportRenderer(
            workspace: tw.workspace, options: ReportOptions(generatedAt: SampleDocuments.fixedTime)
        ).html(for: try tw.store.load("hostile"))
        let page = ReportHTML(html: html)
        #expect(page.count("<script") == 2, "only the two JSON-LD data blocks")
        #expect(page.jsonLDBlocks.count == 2)
        #expect(!html.contains("<img"))
        #expect(!html.contains("<p id="))
        #expect(page.count("</style>") == 1, "the stylesheet's own end tag only")
        let head = html.components(separatedBy: "<style>")[0]
        #expect(ReportHTML(html: head).count("</title>") == 1, "the page title is one element")
        #expect(page.matches(##"<[a-zA-Z][^<>]*\son[a-z]+="##).count == 0, "no event-handler attribute")
        // Outside the JSON-LD (where a quote is JSON's `\"`), no raw quote may precede a combining mark.
        let markup = page.jsonLDBlocks.reduce(html) { $0.replacingOccurrences(of: $1, with: "") }
        #expect(
            !(markup.unicodeScalars.split(separator: "\u{301}").dropLast().contains { $0.last == "\"" }),
            "no raw quote before a combining mark")
        for href in page.hrefs {
            #expect(
                href.hasPrefix("#") || href.hasPrefix("https://") || href.hasPrefix("http://"),
                "unexpected link \(href)")
            #expect(!href.contains("\""), "\(href)")
        }
        #expect(!html.contains("href=\"javascript:"))
        #expect(!html.contains("href=\"data:"))
        #expect(
            html.contains("<span class=\"unsafe-url\">javascript:alert(1)</span>"), "a refused URL is shown as text")
        #expect(!html.contains("etc/passwd\""), "a snapshot that is not a sha256 is not linked")
        #expect(page.cardIDs == claims.map(\.id))
        #expect(page.highlightStarts == claims.map(\.id))
        // The JSON-LD survives the escaping with the hostile strings intact as data.
        let reviews = try page.jsonLD()
        #expect((reviews.map { $0["claimReviewed"] as? String }) == [claims[0].text, claims[1].text])
        #expect(
            ((reviews[1]["author"] as! [[String: Any]])[1]["name"] as? String) == Self.ldPayload,
            "the hostile reviewer name survives as data")
        #expect(
            (((reviews[0]["itemReviewed"] as! [String: Any])["appearance"] as! [[String: Any]])[0]["url"] as? String)
                == nil, "a javascript: article URL is not published as its appearance")
    }

    @Test(.enabled(if: HeadlessBrowser.isInstalled, "chromium is not installed (apt-get install chromium)"))
    func noScriptRunsInHeadlessChromiumAndThePageStaysIntact() throws {
        let tw = TemporaryWorkspace()
        let claims = try makeHostileDocument(tw)
        let file = try ReportRenderer(
            workspace: tw.workspace, options: ReportOptions(generatedAt: SampleDocuments.fixedTime)
        ).render(document: "hostile")

        // Control: the same browser run does execute an inline script in a page without our defences,
        // so an absent marker below means the payloads did not run, not that scripts were off.
        let control = tw.root.appendingPathComponent("control.html")
        try Data(
            "<!DOCTYPE html><html><head><title>control</title></head><body>\(Self.marker("control"))</body></html>".utf8
        ).write(to: control)
        let controlDOM = try HeadlessBrowser.dumpDOM(control)
        #expect(
            controlDOM.contains("<p id=\"pwned-control\">"), "chromium must run scripts for this test to mean anything")
        #expect(controlDOM.contains("<title>PWNED</title>"))

        let dom = try HeadlessBrowser.dumpDOM(file)
        #expect(!dom.contains("<p id=\"pwned"), "a payload became an element")
        #expect(!dom.contains("PWNED</title>"), "a payload changed the title")
        #expect(
            dom.contains("<title>Verification report: &lt;/title&gt;&lt;script&gt;"), "title intact, payload as text")
        let parsed = ReportHTML(html: dom)
        #expect(parsed.count("<img") == 0)
        #expect(parsed.count("<script") == 2, "only the JSON-LD blocks are script elements")
        #expect(
            parsed.matches(##"<[a-zA-Z][^<>]*\son[a-z]+="##).count == 0, "no payload became an event-handler attribute")
        #expect(parsed.matches(##"<[a-zA-Z][^<>]*\sid="pwned"##).count == 0, "no payload became an id attribute")
        #expect(parsed.count("<article class=\"card") == claims.count, "every card is still there")
        #expect(parsed.count("<style>") == 1)
        #expect(dom.contains("</footer>"), "the page's end survived")
        #expect(parsed.count("<a class=\"hl") == claims.count)

        let png = tw.root.appendingPathComponent("hostile.png")
        try HeadlessBrowser.screenshot(file, to: png, width: 1280, height: 1600)
        #expect(
            ((try? FileManager.default.attributesOfItem(atPath: png.path)[.size] as? Int) ?? 0) > 10_000,
            "the page rendered")
        if let keep = ProcessInfo.processInfo.environment["CLAIMCHECK_SCREENSHOT_DIR"] {
            try? FileManager.default.copyItem(
                at: png, to: URL(fileURLWithPath: keep).appendingPathComponent("hostile.png"))
            try? FileManager.default.copyItem(
                at: file, to: URL(fileURLWithPath: keep).appendingPathComponent("hostile.html"))
        }
    }
}
